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
        // issue 18's coverage: core model quantities, MiniBooNE benchmark fit, MINERvA sample size, MicroBooNE topology counts
        foreach (string id in new[] { "core/dark-photon/sigma coherent C12, Dirac", "core/dipole/Gamma(N -> nu gamma)", "core/dark-seesaw/sum |V_jk|^2 = 2d",
            "miniboone/3+1 combined best fit dm2", "minerva/me-rhc nu-e events after background subtraction", "microboone/observed two showers" })
            Assert.Contains(rows, r => r.GetProperty("id").GetString() == id);
        // every core row agrees, except one that declares its known difference, which is then explained (not merely allowed)
        Assert.All(rows.Where(r => r.GetProperty("experiment").GetString() == "core"), r => Assert.Equal(
            r.TryGetProperty("knownDifference", out var known) && known.ValueKind == JsonValueKind.String ? "explained" : "agrees", r.GetProperty("verdict").GetString()));
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

    [Fact] // --experiment core: the model quantities alone, every one reproduced
    public void Core_RowsAgree()
    {
        var result = CliRunner.Run(["validate", "--experiment", "core"]);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("core/dark-photon/Gamma(N -> nu Z'), light Z'", result.Out);
        Assert.DoesNotContain("miniboone", result.Out);
        Assert.Contains("0 differ", result.Out);
    }

    [Fact] // unknown experiment: one line, exit code 2
    public void UnknownExperiment_IsOneLineWithExitCodeTwo()
    {
        var result = CliRunner.Run(["validate", "--experiment", "no-such"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
    }
}
