using System.CommandLine;
using DarkSector.Sampling.IO;
using System.Text.Json;
using DarkSector.Cli.Commands.Reproduce;
using DarkSector.Cli.Commands.Experiments;
using DarkSector.Cli.Hosting;
using DarkSector.Sampling.Experiments;

namespace DarkSector.Cli.Commands;

/// <summary>
/// <c>darksector reproduce [figure] [--out-dir DIR] [--events N] [--precision P] [--formats svg,pdf,png] [--list] [--plugins DIR] [--json]</c>:
/// recomputes a published figure that an experiment plugin declares (<see cref="IExperiment.Figures"/>) from the embedded
/// data and the published model slice, writing <c>DIR/figure.json</c>, <c>DIR/figure.parquet</c> (the grid) and the figure
/// in each format (default <c>DIR/figure.svg</c>), and prints where the excluded region's lower edge lies at each mass.
/// </summary>
/// <remarks>The figure becomes a <c>scan</c> (<see cref="FigureScanArguments"/>). Its variants (e.g. "as published") run
/// first, each to <c>DIR/figure-variant.json</c>, and are drawn dashed on the figure. With --json the scan's JSON is
/// printed. A composite figure (<see cref="CompositeFigure"/>, e.g. sbn-projections) runs one scan per part, writes
/// <c>DIR/figure.json</c> with every part's lower edges side by side and one overlay SVG per plane
/// (<see cref="ProjectionOverlay"/>).</remarks>
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
            if (!DarkSector.Reporting.Plotting.FigureFile.Extensions.Contains("." + format))
                throw new ArgumentException($"--formats: '{format}' is not a figure format; formats: svg, pdf, png");
        if (formats.Length == 0) throw new ArgumentException("--formats: give at least one of svg, pdf, png");
        var parts = composite?.Parts.Select(p => figures.FirstOrDefault(f => f.Id == p.FigureId)
            ?? throw new ArgumentException($"composite figure '{composite.Id}' names figure '{p.FigureId}' that no discovered plugin declares")).ToArray();
        string folder = parse.GetValue(_outDir)!;
        OutputPaths.EnsureFolder("--out-dir", folder);
        int? events = parse.GetValue(_events);
        var precision = Scan.ScanPrecisionOption.Parse(parse.GetValue(_precision), null);
        string[] precisionArguments = precision is null ? [] : ["--precision", precision.RelativeError.ToString("R", System.Globalization.CultureInfo.InvariantCulture)];
        if (!context.Json && !context.Quiet) context.Out.WriteLine($"{figure?.Title ?? composite!.Title}\nsource: {figure?.Reference ?? composite!.Reference}");
        if (figure is not null)
        {
            var variantOverlays = new List<string>();
            foreach (var variant in figure.Variants)
            {
                if (!context.Json && !context.Quiet) context.Out.WriteLine($"-- variant {variant.Id}: {variant.Label}");
                int code = Run($"{figure.Id}-{variant.Id}", [.. FigureScanArguments.Of(figure, variant.Assumptions), .. precisionArguments], folder, [], events, context, out _);
                if (code != 0) return code;
                variantOverlays.AddRange(["--overlay", $"{System.IO.Path.Combine(folder, $"{figure.Id}-{variant.Id}.json")}={variant.Label}"]);
            }
            if (!context.Json && !context.Quiet && figure.Variants.Count > 0) context.Out.WriteLine("-- DarkSector physics");
            return Run(figure.Id, [.. FigureScanArguments.Of(figure, figure.Assumptions), .. precisionArguments, .. variantOverlays], folder, formats, events, context, out _);
        }

        var summary = new List<object>();
        foreach (var part in parts!)
        {
            if (!context.Json && !context.Quiet) context.Out.WriteLine($"-- {part.Title}");
            int code = Run($"{composite!.Id}-{part.Id}", [.. FigureScanArguments.Of(part, part.Assumptions), .. precisionArguments], folder, formats, events, context, out var edges);
            if (code != 0) return code;
            summary.Add(new { part = part.Id, description = part.Title, scan = $"{composite.Id}-{part.Id}.json", lowestExcluded = edges });
        }
        string path = System.IO.Path.Combine(folder, composite!.Id + ".json");
        var node = JsonSerializer.SerializeToNode(new { figure = composite.Id, description = composite.Title, parts = summary })!.AsObject();
        context.Provenance.AddTo(node);
        string summaryJson = node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        AtomicFile.Write(path, stream => stream.Write(new System.Text.UTF8Encoding(false).GetBytes(summaryJson)));
        var overlays = ProjectionOverlay.Write(composite, folder);
        if (!context.Json) context.Out.WriteLine($"written {path} and {string.Join(", ", overlays)}");
        return 0;
    }

    /// <summary>Runs one scan to <c>folder/id.json</c>, <c>.parquet</c> and one figure per format, and reads back the lowest
    /// excluded y per x (null: none on the grid); prints them unless JSON was requested.</summary>
    private static int Run(string id, IReadOnlyList<string> scanArguments, string folder, IReadOnlyList<string> formats, int? events,
        CliContext context, out IReadOnlyList<object> edges)
    {
        edges = [];
        string json = System.IO.Path.Combine(folder, id + ".json"), parquet = System.IO.Path.Combine(folder, id + ".parquet");
        var plots = formats.Select(f => System.IO.Path.Combine(folder, id + "." + f)).ToArray();
        var args = new List<string> { "scan" };
        args.AddRange(scanArguments);
        if (events is int n)
        {
            int at = args.IndexOf("--events");
            if (at >= 0) args.RemoveRange(at, 2);
            args.AddRange(["--events", n.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }
        args.AddRange(["--out", json, "--out", parquet]);
        foreach (string plot in plots) args.AddRange(["--plot", plot]);
        if (context.Json) args.Add("--json");
        if (context.Quiet) args.Add("--quiet");
        int code = CliApplication.Run([.. args], context.Out, context.Error);
        if (code != 0) return code;
        string written = $"written {string.Join(", ", new[] { json, parquet }.Concat(plots))}";

        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var root = doc.RootElement;
        var x = root.GetProperty("x").GetProperty("values").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var y = root.GetProperty("y").GetProperty("values").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var delta = root.GetProperty("delta").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        double threshold = root.GetProperty("threshold").GetDouble();
        if (root.TryGetProperty("regions", out var regions) && regions.ValueKind == JsonValueKind.Array)
        {
            // preferred regions: the best fit and its improvement over background only, not an exclusion edge
            if (context.Json) return 0;
            var fit = root.GetProperty("bestFit").EnumerateObject().Select(p => $"{p.Name} = {p.Value.GetDouble():G4}");
            context.Out.WriteLine($"best fit: {string.Join(", ", fit)}; background only - best = {root.GetProperty("deltaChi2Background").GetDouble():0.##}");
            context.Out.WriteLine(written);
            return 0;
        }
        var lowest = Enumerable.Range(0, x.Length)
            .Select(i => (X: x[i], Y: Enumerable.Range(0, y.Length).FirstOrDefault(k => delta[k * x.Length + i] >= threshold, -1) is int j and >= 0 ? y[j] : (double?)null))
            .ToArray();
        edges = lowest.Select(p => (object)new { x = p.X, y = p.Y }).ToArray();
        if (context.Json) return 0;
        context.Out.WriteLine($"lowest excluded {root.GetProperty("y").GetProperty("name").GetString()} per {root.GetProperty("x").GetProperty("name").GetString()} (grid resolution):");
        foreach (var (px, py) in lowest)
            context.Out.WriteLine(py is double edge ? $"  {px:G4}: {edge:G3}" : $"  {px:G4}: none");
        if (root.TryGetProperty("mcBand", out var band) && band.TryGetProperty("maxRelativeWidth", out var width))
            context.Out.WriteLine($"MC band (signal ±1 sigma_MC): at most {width.GetDouble() * 100:0.#}% of the edge in {root.GetProperty("y").GetProperty("name").GetString()}");
        if (root.TryGetProperty("precision", out var precision) && precision.ValueKind == JsonValueKind.Object)
        {
            var missed = precision.GetProperty("notReached").EnumerateArray().Select(m => m.GetDouble().ToString("G4", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            context.Out.WriteLine(missed.Length == 0
                ? $"precision: reached {precision.GetProperty("target").GetDouble():0.###} in every mass column"
                : $"precision: NOT reached {precision.GetProperty("target").GetDouble():0.###} at mass {string.Join(", ", missed)}");
        }
        context.Out.WriteLine(written);
        return 0;
    }
}
