using System.CommandLine;
using DarkSector.Sampling.IO;
using System.Text.Json;
using DarkSector.Cli.Commands.Reproduce;
using DarkSector.Cli.Hosting;

namespace DarkSector.Cli.Commands;

/// <summary>
/// <c>darksector reproduce [figure] [--out-dir DIR] [--events N] [--formats svg,pdf,png] [--list] [--json]</c>: recomputes a
/// published limit with <c>scan</c> from the embedded data and the published model slice, writing <c>DIR/figure.json</c>,
/// <c>DIR/figure.parquet</c> (the grid) and the figure in each format (default <c>DIR/figure.svg</c>), and prints where
/// the excluded region's lower edge lies at each mass.
/// </summary>
/// <remarks>The figures and their scan arguments: <see cref="PublishedFigures"/>. With --json the scan's JSON is printed.
/// A composite figure (<see cref="PublishedFigure.Parts"/>, e.g. sbn-projections) runs one scan per part, writes
/// <c>DIR/figure.json</c> with every part's lower edges side by side and one overlay SVG per plane
/// (<see cref="ProjectionOverlay"/>).</remarks>
internal sealed class ReproduceCommand : CliCommand
{
    private readonly Argument<string> _figure = new("figure")
    {
        Description = "Figure id (see --list).",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => PublishedFigures.All[0].Id,
    };

    private readonly Option<string> _outDir = new("--out-dir") { Description = "Folder for figure.json, figure.parquet and the figure files.", DefaultValueFactory = _ => "." };

    private readonly Option<string> _formats = new("--formats") { Description = "Figure formats, comma-separated: svg, pdf, png.", DefaultValueFactory = _ => "svg" };

    private readonly Option<int?> _events = new("--events") { Description = "Override the figure's events per simulation (>= 100)." };

    private readonly Option<bool> _list = new("--list") { Description = "List the figures and exit." };

    public override string Path => "reproduce";

    public override string Description => "Recompute a published limit (default: the T2K ND280 heavy-mediator plane) as JSON, Parquet and a figure (SVG, PDF, PNG).";

    protected override void Configure(Command command)
    {
        command.Arguments.Add(_figure);
        foreach (Option option in new Option[] { _outDir, _events, _formats, _list }) command.Options.Add(option);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        if (parse.GetValue(_list))
        {
            if (context.Json) context.WriteJson(PublishedFigures.All.Select(f => new { id = f.Id, source = f.Source, description = f.Description }));
            else
                foreach (var f in PublishedFigures.All)
                    context.Out.WriteLine($"{f.Id,-18} {f.Description}\n{"",-18} {f.Source}");
            return 0;
        }
        var figure = PublishedFigures.Get(parse.GetValue(_figure)!);
        var formats = parse.GetValue(_formats)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToArray();
        foreach (string format in formats)
            if (!Plotting.FigureFile.Extensions.Contains("." + format))
                throw new ArgumentException($"--formats: '{format}' is not a figure format; formats: svg, pdf, png");
        if (formats.Length == 0) throw new ArgumentException("--formats: give at least one of svg, pdf, png");
        string folder = parse.GetValue(_outDir)!;
        OutputPaths.EnsureFolder("--out-dir", folder);
        int? events = parse.GetValue(_events);
        if (!context.Json && !context.Quiet) context.Out.WriteLine($"{figure.Description}\nsource: {figure.Source}");
        if (figure.Parts.Count == 0)
        {
            var variantOverlays = new List<string>();
            foreach (var variant in figure.Variants)
            {
                if (!context.Json && !context.Quiet) context.Out.WriteLine($"-- variant {variant.Id}: {variant.Label}");
                int code = Run($"{figure.Id}-{variant.Id}", [.. figure.ScanArguments, .. variant.ExtraArguments], folder, [], events, context, out _);
                if (code != 0) return code;
                variantOverlays.AddRange(["--overlay", $"{System.IO.Path.Combine(folder, $"{figure.Id}-{variant.Id}.json")}={variant.Label}"]);
            }
            if (!context.Json && !context.Quiet && figure.Variants.Count > 0) context.Out.WriteLine("-- DarkSector physics");
            return Run(figure.Id, [.. figure.ScanArguments, .. variantOverlays], folder, formats, events, context, out _);
        }

        var summary = new List<object>();
        foreach (var part in figure.Parts)
        {
            if (!context.Json && !context.Quiet) context.Out.WriteLine($"-- {part.Description}");
            int code = Run($"{figure.Id}-{part.Id}", part.ScanArguments, folder, formats, events, context, out var edges);
            if (code != 0) return code;
            summary.Add(new { part = part.Id, description = part.Description, scan = $"{figure.Id}-{part.Id}.json", lowestExcluded = edges });
        }
        string path = System.IO.Path.Combine(folder, figure.Id + ".json");
        var node = JsonSerializer.SerializeToNode(new { figure = figure.Id, description = figure.Description, parts = summary })!.AsObject();
        context.Provenance.AddTo(node);
        string summaryJson = node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        AtomicFile.Write(path, stream => stream.Write(new System.Text.UTF8Encoding(false).GetBytes(summaryJson)));
        var overlays = ProjectionOverlay.Write(figure, folder);
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
        context.Out.WriteLine(written);
        return 0;
    }
}
