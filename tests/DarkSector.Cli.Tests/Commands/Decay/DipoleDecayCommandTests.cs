using System.Text.Json;

namespace DarkSector.Cli.Tests.Commands.Decay;

public sealed class DipoleDecayCommandTests
{
    [Fact]
    public void Json_HasTheDecayContractShape_AndTheClosedFormPhotonWidth()
    {
        var result = CliRunner.Run("decay", "dipole", "--mn", "0.1", "--d-mu", "1e-6", "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        var channels = root.GetProperty("channels").EnumerateArray().ToArray();
        Assert.Equal(["nu_gamma", "nu_e_e", "nu_mu_mu"], channels.Select(c => c.GetProperty("name").GetString()!).ToArray());
        // d² m³/(4π) = 1e-12 · 1e-3/(4π) = 7.957747e-17 GeV.
        Assert.Equal(7.957747e-17, channels[0].GetProperty("widthGeV").GetDouble(), 1e-23);
        double total = root.GetProperty("totalWidthGeV").GetDouble();
        Assert.Equal(1.973269804e-14 / total, root.GetProperty("ctau0Cm").GetDouble(), 1e-9);
        Assert.InRange(channels[1].GetProperty("branchingRatio").GetDouble(), 5.8e-3, 5.9e-3);
    }

    [Fact]
    public void MuTrConvention_IsHalfTheCouplingOfTheDConvention()
    {
        double Width(params string[] extra)
        {
            var r = CliRunner.Run(["decay", "dipole", "--mn", "0.2", "--d-mu", "2e-6", "--json", .. extra]);
            Assert.Equal(0, r.ExitCode);
            using var doc = JsonDocument.Parse(r.Out);
            return doc.RootElement.GetProperty("totalWidthGeV").GetDouble();
        }
        Assert.Equal(Width() / 4, Width("--coupling-convention", "mu-tr"), 1e-12 * Width());
    }

    [Fact]
    public void TwoHnls_AddTheN4GammaChannel_AndMajoranaDoublesWidths()
    {
        var dirac = CliRunner.Run("decay", "dipole", "--mn", "0.3", "--d-mu", "1e-6", "--m4", "0.1", "--d-45", "1e-6", "--json");
        var majorana = CliRunner.Run("decay", "dipole", "--mn", "0.3", "--d-mu", "1e-6", "--m4", "0.1", "--d-45", "1e-6", "--majorana", "--json");
        Assert.Equal(0, dirac.ExitCode);
        using var d = JsonDocument.Parse(dirac.Out);
        using var m = JsonDocument.Parse(majorana.Out);
        var names = d.RootElement.GetProperty("channels").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToArray();
        Assert.Equal("N4_gamma", names[^1]);
        Assert.Equal("N5", d.RootElement.GetProperty("particle").GetString());
        Assert.Equal(2 * d.RootElement.GetProperty("totalWidthGeV").GetDouble(), m.RootElement.GetProperty("totalWidthGeV").GetDouble(), 1e-25);
    }

    [Theory]
    [InlineData("--mn", "-0.1")]
    [InlineData("--d-mu", "-1e-6")]
    [InlineData("--m4", "0.5")]
    public void BadInput_IsOneLineNamingTheOption_WithExitCode2(string option, string value)
    {
        string[] args = option == "--mn"
            ? ["decay", "dipole", "--mn", value]
            : ["decay", "dipole", "--mn", "0.2", option, value];
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public void DipoleConvention_NamesItselfInTheJson_AndHalvesTheWidthsForDarkNews()
    {
        var kamp = CliRunner.Run("decay", "dipole", "--mn", "0.47", "--d-mu", "1.25e-6", "--json");
        var darkNews = CliRunner.Run("decay", "dipole", "--mn", "0.47", "--d-mu", "1.25e-6", "--dipole-convention", "darknews", "--json");
        Assert.Equal(0, kamp.ExitCode);
        Assert.Equal(0, darkNews.ExitCode);
        using var k = JsonDocument.Parse(kamp.Out);
        using var d = JsonDocument.Parse(darkNews.Out);
        Assert.Equal("kamp2023", k.RootElement.GetProperty("convention").GetString());
        Assert.Equal("darknews", d.RootElement.GetProperty("convention").GetString());
        // Γ(νγ) closed forms: d² m³/(4π) and d² m³/(8π) (relative 1e-12).
        double closed = 1.25e-6 * 1.25e-6 * 0.47 * 0.47 * 0.47 / (4 * Math.PI);
        Assert.Equal(closed, k.RootElement.GetProperty("channels")[0].GetProperty("widthGeV").GetDouble(), 1e-12 * closed);
        Assert.Equal(closed / 2, d.RootElement.GetProperty("channels")[0].GetProperty("widthGeV").GetDouble(), 1e-12 * closed);
    }

    [Theory]
    [InlineData("decay", "dipole", "--mn", "0.2")]
    [InlineData("xsec", "dipole", "--mn", "0.2", "--enu", "1")]
    public void DipoleConvention_BadValue_IsOneLineNamingTheOptionAndTheAllowedValues_Exit2(params string[] args)
    {
        var r = CliRunner.Run([.. args, "--dipole-convention", "siren"]);
        Assert.Equal(2, r.ExitCode);
        string line = r.Error.Trim();
        Assert.DoesNotContain('\n', line);
        Assert.Contains("--dipole-convention", line, StringComparison.Ordinal);
        Assert.Contains("kamp2023, darknews", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_RendersWithoutJson()
    {
        var result = CliRunner.Run("decay", "dipole", "--mn", "0.25", "--d-mu", "1e-6", "--d-tau-scaled");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("nu_mu_mu", result.Out);
        Assert.Contains("c*tau0", result.Out);
    }
}
