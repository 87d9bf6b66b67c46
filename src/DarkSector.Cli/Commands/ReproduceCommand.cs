using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using DarkSector.Cli.Commands.Experiments;
using DarkSector.Cli.Hosting;
using DarkSector.Reporting.Figures;
using DarkSector.Reporting.Plotting;
using DarkSector.Reporting.Scans;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Cli.Commands;

/// <summary>
/// <c>darksector reproduce [figure] [--out-dir DIR] [--events N] [--precision P] [--formats svg,pdf,png] [--list] [--plugins DIR] [--json]</c>:
/// recomputes a published figure that an experiment plugin declares (<see cref="IExperiment.Figures"/>) by a library call
/// (<see cref="FigureReproduction"/>, a <see cref="ScanRun"/>), writing <c>DIR/figure.json</c>, <c>DIR/figure.parquet</c>
/// (the grid) and the figure in each format (default <c>DIR/figure.svg</c>), and prints where the excluded region's lower
/// edge lies at each mass.
/// </summary>
/// <remarks>The figure's variants (e.g. "as published") run first, each to <c>DIR/figure-variant.json</c>, and are drawn
/// dashed on the figure. With --json the scan's JSON is printed. A composite figure (<see cref="CompositeFigure"/>, e.g.
/// sbn-projections) runs one scan per part, writes <c>DIR/figure.json</c> with every part's lower edges side by side and
/// one overlay SVG per plane (<see cref="ProjectionOverlay"/>).</remarks>
internal sealed class ReproduceCommand : CliCommand
{
    /// <summary>The figure reproduced when none is named: the T2K ND280 heavy-mediator plane.</summary>
    public const string DefaultFigure = "t2k-nd280-heavy";

    private readonly PluginFolderOption _plugins = new();

    private readonly Argument<string> _figure = new("figure")
    {
        Description = "Figure id (see --list).",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => DefaultFigure,
    };

    private readonly Option<string> _outDir = new("--out-dir") { Description = "Folder for figure.json, figure.parquet and the figure files.", DefaultValueFactory = _ => "." };

    private readonly Option<string> _formats = new("--formats") { Description = "Figure formats, comma-separated: svg, pdf, png.", DefaultValueFactory = _ => "svg" };

    private readonly Option<int?> _events = new("--events") { Description = "Override the figure's events per simulation (>= 100)." };

    private readonly Option<double?> _precision = new("--precision") { Description = "Requested relative MC error on the selected signal per mass column, in (0, 1) (scan --precision): the figure's --events is the starting sample." };

    private readonly Option<bool> _list = new("--list") { Description = "List the figures the plugins declare and exit." };

    public override string Path => "reproduce";

    public override string Description => "Recompute a published limit (default: the T2K ND280 heavy-mediator plane) as JSON, Parquet and a figure (SVG, PDF, PNG).";

    protected override void Configure(Command command)
    {
        command.Arguments.Add(_figure);
        foreach (Option option in new Option[] { _outDir, _events, _precision, _formats, _list }) command.Options.Add(option);
        _plugins.AddTo(command);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var catalog = _plugins.Discover(parse);
        var figures = catalog.Figures().OrderBy(f => f.Id != DefaultFigure).ToArray();   // the default first
        var composites = catalog.CompositeFigures();
        if (parse.GetValue(_list))
        {
            var rows = figures.Select(f => (f.Id, Experiment: f.ExperimentId, f.Title, f.Reference))
                .Concat(composites.Select(c => (c.Id, Experiment: c.ExperimentId, c.Title, c.Reference))).ToArray();
            if (context.Json) context.WriteJson(rows.Select(r => new { id = r.Id, experiment = r.Experiment, title = r.Title, reference = r.Reference }));
            else
                foreach (var r in rows)
                    context.Out.WriteLine($"{r.Id,-22} {r.Experiment,-12} {r.Title}\n{"",-35} {r.Reference}");
            return 0;
        }
        string id = parse.GetValue(_figure)!;
        var figure = figures.FirstOrDefault(f => f.Id == id);
        var composite = composites.FirstOrDefault(c => c.Id == id);
        if (figure is null && composite is null)
            throw new ArgumentException($"figure '{id}' is unknown; figures: {string.Join(", ", figures.Select(f => f.Id).Concat(composites.Select(c => c.Id)))} (see reproduce --list)");
        var formats = parse.GetValue(_formats)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToArray();
        foreach (string format in formats)
            if (!FigureFile.Extensions.Contains("." + format)) throw new ArgumentException($"--formats: '{format}' is not a figure format; formats: svg, pdf, png");
        if (formats.Length == 0) throw new ArgumentException("--formats: give at least one of svg, pdf, png");
        var parts = composite?.Parts.Select(p => figures.FirstOrDefault(f => f.Id == p.FigureId)
            ?? throw new ArgumentException($"composite figure '{composite.Id}' names figure '{p.FigureId}' that no discovered plugin declares")).ToArray();
        string folder = parse.GetValue(_outDir)!;
        OutputPaths.EnsureFolder("--out-dir", folder);
        int? events = parse.GetValue(_events) is int n ? Checks.Events(n) : null;
        var precision = Checks.Precision(parse.GetValue(_precision)) is double p ? new PrecisionTarget(p) : null;
        if (!context.Json && !context.Quiet) context.Out.WriteLine($"{figure?.Title ?? composite!.Title}\nsource: {figure?.Reference ?? composite!.Reference}");
        ScanOutcome Scan(string name, PublishedFigure f, AssumptionSet assumptions, IReadOnlyList<string> formats, IReadOnlyList<ScanOverlay> overlays) =>
            Run(name, FigureReproduction.Request(f, assumptions, catalog.Get(f.ExperimentId), events, precision, overlays), folder, formats, context);
        if (figure is not null)
        {
            var overlays = new List<ScanOverlay>();
            foreach (var variant in figure.Variants)
            {
                if (!context.Json && !context.Quiet) context.Out.WriteLine($"-- variant {variant.Id}: {variant.Label}");
                overlays.Add(Scan($"{figure.Id}-{variant.Id}", figure, variant.Assumptions, [], []).AsOverlay(variant.Label));
            }
            if (!context.Json && !context.Quiet && figure.Variants.Count > 0) context.Out.WriteLine("-- DarkSector physics");
            Scan(figure.Id, figure, figure.Assumptions, formats, overlays);
            return 0;
        }
        var summary = new List<object>();
        foreach (var part in parts!)
        {
            if (!context.Json && !context.Quiet) context.Out.WriteLine($"-- {part.Title}");
            var edges = Scan($"{composite!.Id}-{part.Id}", part, part.Assumptions, formats, []).LowestExcluded();
            summary.Add(new { part = part.Id, description = part.Title, scan = $"{composite.Id}-{part.Id}.json", lowestExcluded = edges.Select(e => new { x = e.X, y = e.Y }) });
        }
        string path = System.IO.Path.Combine(folder, composite!.Id + ".json");
        var node = context.Provenance.AddTo(JsonSerializer.SerializeToNode(new { figure = composite.Id, description = composite.Title, parts = summary })!.AsObject());
        AtomicFile.Write(path, stream => stream.Write(new System.Text.UTF8Encoding(false).GetBytes(node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }))));
        var planes = ProjectionOverlay.Write(composite, folder);
        if (!context.Json) context.Out.WriteLine($"written {path} and {string.Join(", ", planes)}");
        return 0;
    }

    /// <summary>Runs one scan to <c>folder/id.json</c>, <c>.parquet</c> and one figure per format, and prints its lowest
    /// excluded y per x (or, for preferred regions, its best fit) unless JSON was requested (then its JSON).</summary>
    private static ScanOutcome Run(string id, ScanRequest request, string folder, IReadOnlyList<string> formats, CliContext context)
    {
        string json = System.IO.Path.Combine(folder, id + ".json"), parquet = System.IO.Path.Combine(folder, id + ".parquet");
        var plots = formats.Select(f => System.IO.Path.Combine(folder, id + "." + f)).ToArray();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        ScanOutcome outcome;
        using (var progress = CliProgress.Start(context, $"scan {request.Setup.Experiment.Info.Id}", request.Benchmark is null ? 0 : 1))
            outcome = new ScanRun(request, progress.AddTotal, () => progress.Advance()).Run(context.Provenance.AddTo(new JsonObject()));
        foreach (var (path, bytes) in outcome.Files([json, parquet], plots, context.Provenance.Metadata())) AtomicFile.Write(path, stream => stream.Write(bytes));
        var o = context.Out;
        string[] written = [json, parquet, .. plots];
        if (context.Json)
        {
            o.WriteLine(outcome.Json);
            return outcome;
        }
        outcome.WriteText(o, written, clock.Elapsed.TotalSeconds);   // the scan's own summary, then the figure's edges
        if (outcome.Regions is not null)   // preferred regions: the best fit and its improvement over background only
            o.WriteLine($"best fit: {string.Join(", ", outcome.BestFit.Select(kv => $"{kv.Key} = {kv.Value:G4}"))}; background only - best = {outcome.Result.BackgroundOnly - outcome.Result.Scan.Minimum:0.##}");
        else
        {
            o.WriteLine($"lowest excluded {request.Y.Name} per {request.X.Name} (grid resolution):");
            foreach (var (x, y) in outcome.LowestExcluded()) o.WriteLine(y is double edge ? $"  {x:G4}: {edge:G3}" : $"  {x:G4}: none");
            o.WriteLine($"MC band (signal ±1 sigma_MC): at most {outcome.Band.MaxRelativeWidth * 100:0.#}% of the edge in {request.Y.Name}");
            if (request.Precision is { } target)
            {
                var missed = outcome.ColumnPrecisions.Where(c => !c.Reached).Select(c => c.Mass.ToString("G4", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
                o.WriteLine(missed.Length == 0 ? $"precision: reached {target.RelativeError:0.###} in every mass column" : $"precision: NOT reached {target.RelativeError:0.###} at mass {string.Join(", ", missed)}");
            }
        }
        o.WriteLine($"written {string.Join(", ", written)}");
        return outcome;
    }
}
