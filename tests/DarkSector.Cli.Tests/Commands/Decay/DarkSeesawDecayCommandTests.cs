using System.Text.Json;
using DarkSector.Cli.Tests.Commands.Spectrum;

namespace DarkSector.Cli.Tests.Commands.Decay;

public class DarkSeesawDecayCommandTests
{
    [Fact] // the decay command's JSON shape; its c·τ0 equals the spectrum command's ctau0Cm for the same state (1e-12)
    public void Json_IsTheDecayShapeAndAgreesWithTheSpectrum()
    {
        var decay = CliRunner.Run("decay", "dark-seesaw", "--card", DarkSeesawSpectrumCommandTests.ExampleCard("json"), "--state", "N5", "--json");
        Assert.Equal(0, decay.ExitCode);
        using var d = JsonDocument.Parse(decay.Out);
        Assert.Equal("N5", d.RootElement.GetProperty("particle").GetString());
        double total = d.RootElement.GetProperty("totalWidthGeV").GetDouble();
        double ctau = d.RootElement.GetProperty("ctau0Cm").GetDouble();
        var channels = d.RootElement.GetProperty("channels").EnumerateArray().ToList();
        Assert.Contains(channels, c => c.GetProperty("name").GetString() == "N4_e_e");
        Assert.Equal(1, channels.Sum(c => c.GetProperty("widthGeV").GetDouble()) / total, 1e-12);

        var spectrum = CliRunner.Run("spectrum", "dark-seesaw", "--card", DarkSeesawSpectrumCommandTests.ExampleCard("json"), "--json");
        using var s = JsonDocument.Parse(spectrum.Out);
        var n5 = s.RootElement.GetProperty("states").EnumerateArray().Single(x => x.GetProperty("name").GetString() == "N5");
        Assert.Equal(1, n5.GetProperty("ctau0Cm").GetDouble() / ctau, 1e-12);
    }

    [Fact]
    public void Table_IsPrinted()
    {
        var result = CliRunner.Run("decay", "dark-seesaw", "--card", DarkSeesawSpectrumCommandTests.ExampleCard("yaml"), "--state", "N6");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("N4_e_e", result.Out);
    }

    [Fact] // unknown state: one line listing the states, exit code 2
    public void UnknownState_IsOneLineListingTheStates()
    {
        var result = CliRunner.Run("decay", "dark-seesaw", "--card", DarkSeesawSpectrumCommandTests.ExampleCard("json"), "--state", "N9");
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains("N8", result.Error);
    }
}
