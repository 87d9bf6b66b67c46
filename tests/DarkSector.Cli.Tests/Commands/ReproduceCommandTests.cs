using System.Text.Json;

namespace DarkSector.Cli.Tests.Commands;

public sealed class ReproduceCommandTests
{
    [Fact] // --list --json: every figure the plugins declare with id, experiment, title and reference; the default (first)
           // is the ND280 heavy plane; the composite sbn-projections and its parts, and the combined planes, are listed
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
        Assert.Subset(ids.ToHashSet(), new HashSet<string?> { "minerva-dipole", "microboone-30mev", "miniboone-3p1", "miniboone-dipole-3p1", "sbn-projections", "icarus-heavy",
            "miniboone-light-zprime-combined", "miniboone-heavy-zprime-combined", "miniboone-dipole-combined" });
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact] // the typed default figure becomes the scan request the argv-string table gave before the move (axes, fixed
           // values, CL, benchmark, analysis; 100,000 events to start and a precision of 0.045 per column since issue 20's
           // band target); the as-published variant adds the paper's production selection
    public void DefaultFigure_MapsOntoThePinnedScanRequest()
    {
        var t2k = Sampling.Experiments.ExperimentCatalog.Discover().Get("t2k-nd280");
        var figure = t2k.Figures.Single(f => f.Id == "t2k-nd280-heavy");
        var request = Reporting.Figures.FigureReproduction.Request(figure, figure.Assumptions, t2k);
        Assert.Equal(("dark-photon", "tpc-ee", 100000, 0.9), (request.Family.Name, request.Setup.Analysis.Id, request.Setup.Options.Events, request.Cl));
        Assert.Equal(0.045, request.Precision?.RelativeError);   // the figure's own precision: MC band <= 10% (docs/precision.md)
        Assert.Null(Reporting.Figures.FigureReproduction.Request(figure, figure.Assumptions, t2k, events: 3000).Precision);   // --events: fixed
        Assert.Equal(("m-n", 0.01, 0.5, 20, "log"), (request.X.Name, request.X.Min, request.X.Max, request.X.Values.Count, request.X.ScaleName));
        Assert.Equal(("v-mu-n2", 1e-10, 1e-5, 30, "log"), (request.Y.Name, request.Y.Min, request.Y.Max, request.Y.Values.Count, request.Y.ScaleName));
        Assert.Equal(new Dictionary<string, double> { ["mzprime"] = 1.25, ["epsilon2"] = 4.6e-4, ["alpha-d"] = 0.4, ["v-n2"] = 1 }, request.Fixed);
        Assert.Equal((0.1, 2.2e-7), request.Benchmark);
        Assert.Null(request.Sigmas);
        Assert.False(request.Setup.IsAsimov);
        var published = Reporting.Figures.FigureReproduction.Request(figure, figure.Variants.Single(v => v.Id == "as-published").Assumptions, t2k);
        Assert.Equal(Sampling.Simulation.UpscatteringProcessKinds.Coherent, published.Setup.Options.Processes);
        Assert.Equal(["upstream-rock"], published.Setup.Options.Volumes.Exclude);
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
        Assert.StartsWith("darksector reproduce microboone-30mev", doc.RootElement.GetProperty("commandLine").GetString());   // no re-entered scan
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
    [InlineData("miniboone-dipole-combined", "/dev/null/out")]   // a combined figure checks its folder before any scan
    public void BadInput_IsOneLineWithExitCodeTwo(string figure, string folder)
    {
        var result = CliRunner.Run(["reproduce", figure, "--out-dir", folder]);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
    }
}
