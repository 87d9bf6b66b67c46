using System.Text.Json;

namespace DarkSector.Cli.Tests.Commands.Spectrum;

public class DarkSeesawSpectrumCommandTests
{
    internal static string ExampleCard(string extension)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DarkSector.sln"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "docs", "examples", $"dark-seesaw.{extension}");
    }

    [Fact] // JSON keys of issue 5; Σ v2 = 2d = 2 (1e-12); Σ_i umu2 = 1 (1e-12); masses ascending; names nu1, N4..N8
    public void Json_HasStatesVerticesWithIssueKeys()
    {
        var result = CliRunner.Run("spectrum", "dark-seesaw", "--card", ExampleCard("json"), "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var states = doc.RootElement.GetProperty("states").EnumerateArray().ToList();
        Assert.Equal(["nu1", "N4", "N5", "N6", "N7", "N8"], states.Select(s => s.GetProperty("name").GetString()));
        var masses = states.Select(s => s.GetProperty("massGeV").GetDouble()).ToList();
        Assert.Equal(masses.OrderBy(m => m), masses);
        Assert.Equal(1.0, states.Sum(s => s.GetProperty("umu2").GetDouble()), 1e-12);
        var vertices = doc.RootElement.GetProperty("vertices").EnumerateArray().ToList();
        Assert.Equal(36, vertices.Count);
        Assert.Equal(2.0, vertices.Sum(v => v.GetProperty("v2").GetDouble()), 1e-12);
        Assert.All(vertices, v => { v.GetProperty("i").GetInt32(); v.GetProperty("j").GetInt32(); });
    }

    [Fact] // heavy states carry a finite c·τ0, the light one is stable; Z' branching ratios sum to 1 (1e-12), channel names "Nj Nk"
    public void Json_HasLifetimesAndZPrimeBranchingRatios()
    {
        var result = CliRunner.Run("spectrum", "dark-seesaw", "--card", ExampleCard("json"), "--json");
        using var doc = JsonDocument.Parse(result.Out);
        var states = doc.RootElement.GetProperty("states").EnumerateArray().ToList();
        Assert.Equal("Infinity", states[0].GetProperty("ctau0Cm").GetString());
        Assert.All(states.Skip(1), s => Assert.True(s.GetProperty("ctau0Cm").GetDouble() > 0));
        var z = doc.RootElement.GetProperty("zprime");
        Assert.True(z.GetProperty("totalWidthGeV").GetDouble() > 0);
        var channels = z.GetProperty("channels").EnumerateArray().ToList();
        Assert.Equal(1.0, channels.Sum(c => c.GetProperty("branchingRatio").GetDouble()), 1e-12);
        Assert.Contains(channels, c => c.GetProperty("name").GetString() == "N5 N6");
        Assert.Contains(channels, c => c.GetProperty("name").GetString() == "e e");
    }

    [Fact] // the YAML card gives the same JSON as the JSON card
    public void YamlCard_GivesTheSameSpectrum()
    {
        var json = CliRunner.Run("spectrum", "dark-seesaw", "--card", ExampleCard("json"), "--json");
        var yaml = CliRunner.Run("spectrum", "dark-seesaw", "--card", ExampleCard("yaml"), "--json");
        Assert.Equal(CliRunner.WithoutCommandLine(json.Out), CliRunner.WithoutCommandLine(yaml.Out));   // the command lines name different cards
    }

    [Fact]
    public void Table_ListsEveryState()
    {
        var result = CliRunner.Run("spectrum", "dark-seesaw", "--card", ExampleCard("yaml"));
        Assert.Equal(0, result.ExitCode);
        foreach (var name in new[] { "nu1", "N4", "N8" }) Assert.Contains(name, result.Out);
    }

    [Fact] // a card with an unknown key: one line on stderr naming the key, exit code 2
    public void BadCard_IsOneLineNamingTheKey()
    {
        string path = Path.Combine(Path.GetTempPath(), $"seesaw-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"model": "dark-seesaw", "mD": [[1e-5]], "mN": [0.1], "lambdaL": [[0.01]], "lambdaR": [[0.02]], "mX": [[0.3]], "mZprime": 1.25, "epsilon2": 1e-4, "alphaD": 0.3, "mZ": 1}""");
        try
        {
            var result = CliRunner.Run("spectrum", "dark-seesaw", "--card", path);
            Assert.Equal(2, result.ExitCode);
            Assert.Single(result.Error.Trim().Split('\n'));
            Assert.Contains("'mZ'", result.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MissingCardFile_IsExitCode2()
    {
        var result = CliRunner.Run("spectrum", "dark-seesaw", "--card", "/nonexistent/card.json");
        Assert.Equal(2, result.ExitCode);
    }
}
