using System.Text.Json;

namespace DarkSector.Cli.Tests.Commands;

public sealed class ReproduceCommandTests
{
    [Fact] // --list --json: every figure with id, source and description; the default (first) is the ND280 heavy plane
    public void List_Json_NamesTheFigures()
    {
        var result = CliRunner.Run(["reproduce", "--list", "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var figures = doc.RootElement.EnumerateArray().ToArray();
        Assert.Equal("t2k-nd280-heavy", figures[0].GetProperty("id").GetString());
        Assert.All(figures, f => Assert.Equal(["id", "source", "description"], f.EnumerateObject().Select(p => p.Name).ToArray()));
    }

    [Fact] // a figure runs its scan and writes id.json, id.parquet and the figure in each --formats into --out-dir; the
           // light-mediator plane (m_Z' = 30 MeV) carries the MiniBooNE fit regions; the text names the lower edge per mass
    public void Figure_WritesJsonParquetAndFigures()
    {
        string dir = Directory.CreateTempSubdirectory("ds-reproduce").FullName;
        var result = CliRunner.Run(["reproduce", "microboone-30mev", "--events", "200", "--out-dir", dir, "--formats", "svg,png"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "microboone-30mev.json")));
        Assert.Equal("microboone", doc.RootElement.GetProperty("experiment").GetString());
        Assert.Equal(5.991464547107979, doc.RootElement.GetProperty("threshold").GetDouble(), 1e-9);   // 95% CL, 2 dof
        Assert.Equal(1, doc.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.StartsWith("darksector scan microboone dark-photon", doc.RootElement.GetProperty("commandLine").GetString());
        var texts = string.Join("\n", Plotting.FigureSvg.Texts(File.ReadAllText(Path.Combine(dir, "microboone-30mev.svg"))));
        Assert.Contains("MiniBooNE 3σ (light Z')", texts);
        Assert.Contains("m_N [GeV]", texts);
        Assert.Equal(0x89, File.ReadAllBytes(Path.Combine(dir, "microboone-30mev.png"))[0]);
        Assert.True(new FileInfo(Path.Combine(dir, "microboone-30mev.parquet")).Length > 0);
        Assert.Contains("lowest excluded v-mu-n2 per m-n", result.Out);
        Directory.Delete(dir, true);
    }

    [Theory] // unknown figure or a folder that cannot be made: one line, exit code 2
    [InlineData("no-such-figure", ".")]
    [InlineData("t2k-nd280-heavy", "/dev/null/out")]   // a folder cannot be created below a file (a missing folder is created)
    public void BadInput_IsOneLineWithExitCodeTwo(string figure, string folder)
    {
        var result = CliRunner.Run(["reproduce", figure, "--out-dir", folder]);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
    }
}
