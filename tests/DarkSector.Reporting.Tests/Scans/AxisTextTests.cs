using DarkSector.Reporting.Figures;
using DarkSector.Reporting.Scans;
using DarkSector.Sampling.Inference;

namespace DarkSector.Reporting.Tests.Scans;

/// <summary>The text forms of axes, points and figure formats: parsed culture-invariantly; every error names the option.</summary>
public sealed class AxisTextTests
{
    private static readonly ModelFamily DarkPhoton = ModelFamilies.Get("dark-photon");

    [Fact] // name:min:max:lin|log:n -> the grid (log: equal ratios, ends exact)
    public void Slice_ParsesTheGrid()
    {
        var axis = AxisText.Slice("m-n:0.01:1:log:3", "--x", DarkPhoton);
        Assert.Equal(("m-n", "log"), (axis.Name, axis.ScaleName));
        Assert.Equal(0.01, axis.Values[0], 15);
        Assert.Equal(0.1, axis.Values[1], 12);
        Assert.Equal(1, axis.Values[2], 15);
    }

    [Theory]
    [InlineData("m-n:0.01:1:log", "--x: 'm-n:0.01:1:log' is not name:min:max:lin|log:n")]
    [InlineData("m-n:a:1:log:3", "--x: 'm-n:a:1:log:3': min and max must be numbers")]
    [InlineData("m-n:0.01:1:sqrt:3", "--x: scale 'sqrt' must be lin or log")]
    [InlineData("m-n:0.01:1:log:1", "--x: n = 1 is outside [2, 1000]")]
    [InlineData("m-n:0,01:1:log:3", "min and max must be numbers")]   // a decimal comma is not a number, whatever the culture
    public void Slice_RefusesBadText(string text, string expected) =>
        Assert.Contains(expected, Assert.ThrowsAny<Exception>(() => AxisText.Slice(text, "--x", DarkPhoton)).Message, StringComparison.Ordinal);

    [Fact] // a joint sample's box: one or two distinct masses, the fixed values off them
    public void JointBox_SamplesDistinctMassesAndFixesTheRest()
    {
        var (axes, fixedValues) = AxisText.JointBox("m-n:0.01:0.5", "mzprime:0.1:2", "epsilon2=1e-4,v-mu-n2=1e-6", DarkPhoton);
        Assert.Equal(["m-n", "mzprime"], axes.Select(a => a.Name));
        Assert.Equal(1e-6, fixedValues["v-mu-n2"]);
        Assert.Single(AxisText.JointBox("m-n:0.01:0.5", null, null, DarkPhoton).Axes);
        Assert.Equal("--x and --y both sample 'm-n'", Assert.Throws<ArgumentException>(() => AxisText.JointBox("m-n:0.01:0.5", "m-n:0.1:0.2", null, DarkPhoton)).Message);
        Assert.Equal("--fix: 'mzprime' is sampled on an axis", Assert.Throws<ArgumentException>(() => AxisText.JointBox("m-n:0.01:0.5", "mzprime:0.1:2", "mzprime=1", DarkPhoton)).Message);
    }

    [Fact] // a joint-sample box is a mass with 0 < min < max; a coupling is refused with why
    public void Joint_IsAMassBox()
    {
        var axis = AxisText.Joint("mzprime:0.1:2", "--y", DarkPhoton);
        Assert.Equal(("mzprime", 0.1, 2.0), (axis.Name, axis.Minimum, axis.Maximum));
        Assert.Contains("is not a mass of the dark-photon family", Assert.Throws<ArgumentException>(() => AxisText.Joint("epsilon2:1e-6:1e-3", "--y", DarkPhoton)).Message, StringComparison.Ordinal);
        Assert.Contains("must satisfy 0 < min < max", Assert.ThrowsAny<ArgumentException>(() => AxisText.Joint("m-n:0.5:0.1", "--x", DarkPhoton)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pair_IsTwoNumbers()
    {
        Assert.Equal((0.1, 2.2e-7), AxisText.Pair("0.1, 2.2e-7", "--benchmark"));
        Assert.Equal("--benchmark: '0.1' is not x,y", Assert.Throws<FormatException>(() => AxisText.Pair("0.1", "--benchmark")).Message);
    }

    [Fact] // formats: a comma list without repeats; an unknown one or none is refused naming --formats
    public void Formats_AreFigureFormats()
    {
        Assert.Equal(["svg", "png"], FigureCatalog.Formats("svg, png,svg"));
        Assert.StartsWith("--formats: 'gif'", Assert.Throws<ArgumentException>(() => FigureCatalog.Formats("svg,gif")).Message, StringComparison.Ordinal);
        Assert.StartsWith("--formats: give at least one", Assert.Throws<ArgumentException>(() => FigureCatalog.Formats(" , ")).Message, StringComparison.Ordinal);
    }
}
