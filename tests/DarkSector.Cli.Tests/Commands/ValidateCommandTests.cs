using System.Text.Json;

namespace DarkSector.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    // CI's quick set (issue 18): every declared row runs with small samples; exit code 0 means every row agrees or is
    // explained. The rows and their tolerances are the library's; nothing here is tuned.
    [Fact]
    public void QuickSet_AgreesOrIsExplained()
    {
        var result = CliRunner.Run(["validate", "--quick", "--json"]);
        using var doc = JsonDocument.Parse(result.Out);
        var rows = doc.RootElement.EnumerateArray().ToArray();
        var differing = rows.Where(r => r.GetProperty("verdict").GetString() == "DIFFERS").Select(r => r.GetProperty("id").GetString()).ToArray();
        Assert.True(result.ExitCode == 0, $"rows that differ: {string.Join(", ", differing)}; {result.Error}");
        Assert.Contains(rows, r => r.GetProperty("id").GetString() == "t2k-nd280/B/N_decay");
        Assert.Contains(rows, r => r.GetProperty("id").GetString() == "t2k-nd280/A/N_upscattering");
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("source").GetString())));
    }

    [Fact] // --experiment keeps one plugin's rows; --report writes the Markdown table
    public void Experiment_FiltersAndReportIsWritten()
    {
        string path = Path.Combine(Path.GetTempPath(), $"validate-{Guid.NewGuid():N}.md");
        try
        {
            var result = CliRunner.Run(["validate", "--experiment", "miniboone", "--quick", "--report", path]);
            Assert.True(result.ExitCode == 0, result.Error);
            Assert.Contains("miniboone/excess neutrino mode", result.Out);
            Assert.DoesNotContain("t2k-nd280", result.Out);
            Assert.Contains("| miniboone/excess neutrino mode |", File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact] // unknown experiment: one line, exit code 2
    public void UnknownExperiment_IsOneLineWithExitCodeTwo()
    {
        var result = CliRunner.Run(["validate", "--experiment", "no-such"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
    }
}
