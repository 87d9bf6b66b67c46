using System.Text.Json;

namespace DarkSector.Cli.Tests.Commands;

public sealed class ReproduceCommandTests
{
    [Fact] // --list --json: every figure the plugins declare with id, experiment, title and reference; the default (first)
           // is the ND280 heavy plane; the composite sbn-projections and its parts are listed
    public void List_Json_NamesThePluginsFigures()
    {
        var result = CliRunner.Run(["reproduce", "--list", "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var figures = doc.RootElement.EnumerateArray().ToArray();
        Assert.Equal("t2k-nd280-heavy", figures[0].GetProperty("id").GetString());
        Assert.Equal("t2k-nd280", figures[0].GetProperty("experiment").GetString());
        Assert.All(figures, f => Assert.Equal(["id", "experiment", "title", "reference"], f.EnumerateObject().Select(p => p.Name).ToArray()));
        var ids = figures.Select(f => f.GetProperty("id").GetString()).ToArray();
        Assert.Subset(ids.ToHashSet(), new HashSet<string?> { "minerva-dipole", "microboone-30mev", "miniboone-3p1", "miniboone-dipole-3p1", "sbn-projections", "icarus-heavy" });
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact] // the typed default figure maps onto exactly the scan arguments the argv-string table gave before the move
           // (so its outputs, command line included, are unchanged); the as-published variant adds the paper's assumptions
    public void DefaultFigure_MapsOntoThePinnedScanArguments()
    {
        var figure = Sampling.Experiments.ExperimentCatalog.Discover().Get("t2k-nd280").Figures.Single(f => f.Id == "t2k-nd280-heavy");
        Assert.Equal(["t2k-nd280", "dark-photon", "--analysis", "tpc-ee", "--x", "m-n:0.01:0.5:log:20", "--y", "v-mu-n2:1e-10:1e-5:log:30",
             "--fix", "mzprime=1.25,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1", "--events", "30000", "--cl", "0.9", "--benchmark", "0.1,2.2e-7"],
            Cli.Commands.Reproduce.FigureScanArguments.Of(figure, figure.Assumptions));
        var published = figure.Variants.Single(v => v.Id == "as-published");
        Assert.Equal(["--processes", "coherent", "--exclude-volumes", "upstream-rock"],
            Cli.Commands.Reproduce.FigureScanArguments.Of(figure, published.Assumptions).Skip(16));
    }

    [Theory] // numbers print as short round-trip text, exponent form outside [1e-3, 1e4)
    [InlineData(4.6e-4, "4.6e-4")]
    [InlineData(1e-10, "1e-10")]
    [InlineData(0.3183098861837907, "0.3183098861837907")]
    [InlineData(30000.0, "3e4")]
    [InlineData(1.25, "1.25")]
    public void Number_IsShortRoundTripText(double value, string text) =>
        Assert.Equal(text, Cli.Commands.Reproduce.FigureScanArguments.Number(value));

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
        var texts = string.Join("\n", FigureSvg.Texts(File.ReadAllText(Path.Combine(dir, "microboone-30mev.svg"))));
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
