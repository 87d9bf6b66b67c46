using System.Text.Json;

namespace DarkSector.Cli.Tests.Hosting;

public sealed class HelpAndProvenanceTests
{
    [Theory] // the commands that take a model point list each family's model options in --help, not a pointer elsewhere
    [InlineData("rate")]
    [InlineData("limit")]
    [InlineData("spectrum-plot")]
    public void Help_ListsTheModelOptionsOfEachFamily(string command)
    {
        var result = CliRunner.Run([command, "--help"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Model options, dark-photon:", result.Out);
        Assert.Contains("--mzprime (required)", result.Out);
        Assert.Contains("Model options, dipole:", result.Out);
        Assert.Contains("--d-mu", result.Out);
        Assert.DoesNotContain("options as for", result.Out);
    }

    [Fact] // scan --help names every family's scan parameters with symbol and unit
    public void ScanHelp_ListsTheParametersWithUnits()
    {
        var result = CliRunner.Run(["scan", "--help"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Scan parameters (--x, --y, --fix), dipole:", result.Out);
        Assert.Contains("d_μN [GeV⁻¹]", result.Out);
    }

    [Fact] // every JSON object printed carries schemaVersion, tool, toolVersion and the command line, its own keys kept
    public void Json_IsSelfDescribing()
    {
        var result = CliRunner.Run(["decay", "dipole", "--mn", "0.1", "--d-mu", "1e-7", "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("darksector", root.GetProperty("tool").GetString());
        Assert.Equal("darksector decay dipole --mn 0.1 --d-mu 1e-7 --json", root.GetProperty("commandLine").GetString());
        Assert.True(root.EnumerateObject().Count() > 4);
    }
}
