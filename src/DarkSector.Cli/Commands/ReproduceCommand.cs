using System.Text.Json.Nodes;
using DarkSector.Reporting.Figures;
using DarkSector.Reporting.Scans;

namespace DarkSector.Cli.Commands;

/// <summary>
/// <c>darksector reproduce [figure] [--out-dir DIR] [--events N] [--precision P] [--formats svg,pdf,png] [--list] [--plugins DIR] [--json]</c>:
/// recomputes a published figure that an experiment plugin declares (<see cref="IExperiment.Figures"/>) by a library call
/// (<see cref="FigureCatalog.Reproduce"/>: <see cref="FigureReproduction"/>, a <see cref="ScanRun"/> per scan), writing
/// <c>DIR/figure.json</c>, <c>DIR/figure.parquet</c> (the grid) and the figure in each format (default <c>DIR/figure.svg</c>),
/// and prints where the excluded region's lower edge lies at each mass.
/// </summary>
/// <remarks>The figure's variants (e.g. "as published") run first, each to <c>DIR/figure-variant.json</c>, and are drawn
/// dashed on the figure. With --json the scan's JSON is printed. A composite figure (<see cref="CompositeFigure"/>, e.g.
/// sbn-projections) runs one scan per part, writes <c>DIR/figure.json</c> with every part's lower edges side by side and
/// one overlay SVG per plane (<see cref="ProjectionOverlay"/>). A combined figure (<see cref="CombinedFigure"/>, e.g.
/// miniboone-light-zprime-combined) runs the plane at every experiment and writes <c>DIR/figure.json</c> (the combined
/// scan's JSON) and the figure.</remarks>
internal sealed class ReproduceCommand() : CliCommand("reproduce",
    "Recompute a published limit (default: the T2K ND280 heavy-mediator plane) as JSON, Parquet and a figure (SVG, PDF, PNG).")
{
    private readonly PluginFolderOption _plugins = new();

    private readonly Argument<string> _figure = new("figure")
    {
        Description = "Figure id (see --list).",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => FigureCatalog.DefaultFigure,
    };

    private readonly Option<string> _outDir = new("--out-dir") { Description = "Folder for figure.json, figure.parquet and the figure files.", DefaultValueFactory = _ => "." };

    private readonly Option<string> _formats = new("--formats") { Description = "Figure formats, comma-separated: svg, pdf, png.", DefaultValueFactory = _ => "svg" };

    private readonly Option<int?> _events = new("--events") { Description = "Override the figure's events per simulation (>= 100)." };

    private readonly Option<double?> _precision = new("--precision") { Description = "Requested relative MC error on the selected signal per mass column, in (0, 1) (scan --precision): the figure's --events is the starting sample." };

    private readonly Option<bool> _list = new("--list") { Description = "List the figures the plugins declare and exit." };

    protected override void Configure(Command command)
    {
        command.Arguments.Add(_figure);
        foreach (Option option in new Option[] { _outDir, _events, _precision, _formats, _list }) command.Options.Add(option);
        _plugins.AddTo(command);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var figures = new FigureCatalog(_plugins.Discover(parse));
        if (parse.GetValue(_list)) return context.Report(figures.ListJson(), figures.WriteList);
        string folder = parse.GetValue(_outDir)!;
        int? events = parse.GetValue(_events) is int n ? Physics.Check.AtLeast(n, 100, "--events") : null;
        var precision = PrecisionTarget.Of(parse.GetValue(_precision), "--precision");
        var written = figures.Reproduce(parse.GetValue(_figure)!, parse.GetValue(_formats)!, folder, events, precision,
            (name, request, formats) => Run(name, request, folder, formats, context), context.Json || context.Quiet ? TextWriter.Null : context.Out, context.Provenance.AddTo,
            json => { if (context.Json) context.Out.WriteLine(System.Text.Encoding.UTF8.GetString(json)); });
        if (written.Count > 0 && !context.Json) context.Out.WriteLine($"written {written[0]} and {string.Join(", ", written.Skip(1))}");
        return 0;
    }

    /// <summary>Runs one scan to <c>folder/id.json</c>, <c>.parquet</c> and one figure per format, and prints its summary
    /// (<see cref="ScanOutcome.WriteFigureText"/>) or, with --json, its JSON.</summary>
    private static ScanOutcome Run(string id, ScanRequest request, string folder, IReadOnlyList<string> formats, CliContext context)
    {
        string json = System.IO.Path.Combine(folder, id + ".json"), parquet = System.IO.Path.Combine(folder, id + ".parquet");
        var plots = formats.Select(f => System.IO.Path.Combine(folder, id + "." + f)).ToArray();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        ScanOutcome outcome;
        using (var progress = CliProgress.Start(context, $"scan {request.Setup.Experiment.Info.Id}", request.Benchmark is null ? 0 : 1))
            outcome = new ScanRun(request, progress.AddTotal, () => progress.Advance()).Run(context.Provenance.AddTo(new JsonObject()));
        OutputFiles.Write(outcome.Files([json, parquet], plots, context.Provenance.Metadata()));
        if (context.Json) context.Out.WriteLine(outcome.Json);
        else outcome.WriteFigureText(context.Out, [json, parquet, .. plots], clock.Elapsed.TotalSeconds);
        return outcome;
    }
}
