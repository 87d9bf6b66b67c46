using System.Text.Json;
using System.Text.Json.Nodes;
using DarkSector.Reporting.Outputs;
using DarkSector.Reporting.Plotting;
using DarkSector.Reporting.Reports;
using DarkSector.Reporting.Scans;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Reporting.Figures;

/// <summary>The published figures the discovered plugins declare (<c>darksector reproduce</c>): single-scan figures
/// (<see cref="PublishedFigure"/>, the default first) and composites (<see cref="CompositeFigure"/>) with their parts,
/// the list report, and the composite's summary file.</summary>
public sealed class FigureCatalog
{
    /// <summary>The figure reproduced when none is named: the T2K ND280 heavy-mediator plane.</summary>
    public const string DefaultFigure = "t2k-nd280-heavy";

    private readonly ExperimentCatalog _catalog;

    /// <summary>The figures of <paramref name="catalog"/>'s plugins.</summary>
    /// <param name="catalog">The discovered experiments.</param>
    public FigureCatalog(ExperimentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        Figures = [.. catalog.Figures().OrderBy(f => f.Id != DefaultFigure)];
        Composites = catalog.CompositeFigures();
        Combined = catalog.CombinedFigures();
    }

    /// <summary>The single-scan figures, the default first.</summary>
    public IReadOnlyList<PublishedFigure> Figures { get; }

    /// <summary>The composite figures.</summary>
    public IReadOnlyList<CompositeFigure> Composites { get; }

    /// <summary>The combined figures (several experiments in one plane).</summary>
    public IReadOnlyList<CombinedFigure> Combined { get; }

    private IEnumerable<(string Id, string Experiment, string Title, string Reference)> Rows =>
        Figures.Select(f => (f.Id, f.ExperimentId, f.Title, f.Reference)).Concat(Composites.Select(c => (c.Id, c.ExperimentId, c.Title, c.Reference)))
            .Concat(Combined.Select(c => (c.Id, c.ExperimentId, c.Title, c.Reference)));

    /// <summary>The list as JSON: [{id, experiment, title, reference}].</summary>
    public JsonNode ListJson() => ReportJson.Node(Rows.Select(r => new { id = r.Id, experiment = r.Experiment, title = r.Title, reference = r.Reference }));

    /// <summary>Prints one entry per figure: id, experiment, title, and the reference below.</summary>
    /// <param name="o">The writer.</param>
    public void WriteList(TextWriter o)
    {
        ArgumentNullException.ThrowIfNull(o);
        foreach (var r in Rows) o.WriteLine($"{r.Id,-22} {r.Experiment,-12} {r.Title}\n{"",-35} {r.Reference}");
    }

    /// <summary>The combined figure with id <paramref name="id"/>, or null when <paramref name="id"/> names none (see
    /// <see cref="Find"/> for the others).</summary>
    /// <param name="id">Figure id.</param>
    public CombinedFigure? FindCombined(string id) => Combined.FirstOrDefault(c => c.Id == id);

    /// <summary>The figure with id <paramref name="id"/>: a single figure, or a composite with its parts resolved.</summary>
    /// <param name="id">Figure id.</param>
    /// <exception cref="ArgumentException">Unknown id (the message lists the known ones), or a composite naming an unknown part.</exception>
    public (PublishedFigure? Figure, CompositeFigure? Composite, IReadOnlyList<PublishedFigure> Parts) Find(string id)
    {
        if (Figures.FirstOrDefault(f => f.Id == id) is { } figure) return (figure, null, []);
        var composite = Composites.FirstOrDefault(c => c.Id == id)
            ?? throw new ArgumentException($"figure '{id}' is unknown; figures: {string.Join(", ", Rows.Select(r => r.Id))} (see reproduce --list)");
        return (null, composite, [.. composite.Parts.Select(p => Figures.FirstOrDefault(f => f.Id == p.FigureId)
            ?? throw new ArgumentException($"composite figure '{composite.Id}' names figure '{p.FigureId}' that no discovered plugin declares"))]);
    }

    /// <summary>Reproduces figure <paramref name="id"/> (<c>darksector reproduce</c>): a single figure's variants first (each
    /// scan named <c>id-variant</c>, without figure files), then its own scan (<c>id</c>, every format) with the variants'
    /// contours drawn dashed; a composite's parts each (<c>id-part</c>), then its summary <c>folder/id.json</c>
    /// (<see cref="CompositeSummary"/>) and one overlay per plane (<see cref="ProjectionOverlay"/>); a combined figure's
    /// scans at every experiment (<see cref="FigureReproduction.RunCombined"/>), written to <c>folder/id.json</c> and one
    /// figure per format, with its summary told to <paramref name="say"/>.</summary>
    /// <param name="id">Figure id.</param>
    /// <param name="formats">The figure formats, a comma list (<see cref="Formats"/>).</param>
    /// <param name="folder">The output folder (created if missing).</param>
    /// <param name="events">Events per simulation overriding the figures', or null.</param>
    /// <param name="precision">Requested relative MC error per mass column, or null.</param>
    /// <param name="scan">Runs one scan and writes its files: the scan's name (their stem), request and figure formats.</param>
    /// <param name="say">Told the figure's title and source and each scan's heading.</param>
    /// <param name="provenance">Adds the provenance keys to the composite's summary.</param>
    /// <param name="combinedJson">Given a combined figure's JSON (e.g. to print it), or null.</param>
    /// <returns>A composite's summary file and its overlays; none for a single or combined figure (their scans report
    /// their own files).</returns>
    /// <exception cref="ArgumentException">An unknown figure or format (see <see cref="Find"/>, <see cref="Formats"/>).</exception>
    /// <exception cref="IOException">The folder cannot be created or written.</exception>
    public IReadOnlyList<string> Reproduce(string id, string formats, string folder, int? events, PrecisionTarget? precision,
        Func<string, ScanRequest, IReadOnlyList<string>, ScanOutcome> scan, TextWriter say, Func<JsonObject, JsonObject> provenance,
        Action<byte[]>? combinedJson = null)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(say);
        ArgumentNullException.ThrowIfNull(provenance);
        var combined = FindCombined(id);
        var (figure, composite, parts) = combined is null ? Find(id) : (null, null, []);
        var figureFormats = Formats(formats);
        OutputPaths.EnsureFolder("--out-dir", folder);
        if (combined is not null)
        {
            ReproduceCombined(combined, figureFormats, folder, events, precision, say, combinedJson);
            return [];
        }
        say.WriteLine($"{figure?.Title ?? composite!.Title}\nsource: {figure?.Reference ?? composite!.Reference}");
        ScanOutcome Scan(string name, PublishedFigure f, AssumptionSet assumptions, IReadOnlyList<string> fileFormats, IReadOnlyList<ScanOverlay> overlays) =>
            scan(name, FigureReproduction.Request(f, assumptions, _catalog.Get(f.ExperimentId), events, precision, overlays), fileFormats);
        if (figure is not null)
        {
            var overlays = new List<ScanOverlay>();
            foreach (var variant in figure.Variants)
            {
                say.WriteLine($"-- variant {variant.Id}: {variant.Label}");
                overlays.Add(Scan($"{figure.Id}-{variant.Id}", figure, variant.Assumptions, [], []).AsOverlay(variant.Label));
            }
            if (figure.Variants.Count > 0) say.WriteLine("-- DarkSector physics");
            Scan(figure.Id, figure, figure.Assumptions, figureFormats, overlays);
            return [];
        }
        var outcomes = parts.Select(part =>
        {
            say.WriteLine($"-- {part.Title}");
            return (part, Scan($"{composite!.Id}-{part.Id}", part, part.Assumptions, figureFormats, []));
        }).ToArray();
        string path = Path.Combine(folder, composite!.Id + ".json");
        AtomicFile.Write(path, stream => stream.Write(CompositeSummary(composite, outcomes, provenance)));
        return [path, .. ProjectionOverlay.Write(composite, folder)];
    }

    /// <summary>Runs a combined figure and writes its JSON and figures (all rendered before any is written).</summary>
    private void ReproduceCombined(CombinedFigure figure, IReadOnlyList<string> formats, string folder, int? events, PrecisionTarget? precision,
        TextWriter say, Action<byte[]>? json)
    {
        say.WriteLine($"{figure.Title}\nsource: {figure.Reference}");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = FigureReproduction.RunCombined(figure, _catalog, events, precision, experiment => say.WriteLine($"-- {experiment}"));
        string path = Path.Combine(folder, figure.Id + ".json");
        var plots = formats.Select(f => Path.Combine(folder, figure.Id + "." + f)).ToArray();
        var files = run.Files([path], plots, clock.Elapsed.TotalSeconds);
        OutputFiles.Write(files);
        run.WriteText(say, [path, .. plots], clock.Elapsed.TotalSeconds);
        json?.Invoke(files[0].Bytes);
    }

    /// <summary>The figure formats of a comma list (svg, pdf, png), without repeats.</summary>
    /// <param name="text">The list.</param>
    /// <exception cref="ArgumentException">An unknown format or none (names --formats).</exception>
    public static IReadOnlyList<string> Formats(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var formats = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToArray();
        foreach (string format in formats)
            if (!FigureFile.Extensions.Contains("." + format)) throw new ArgumentException($"--formats: '{format}' is not a figure format; formats: svg, pdf, png");
        return formats.Length > 0 ? formats : throw new ArgumentException("--formats: give at least one of svg, pdf, png");
    }

    /// <summary>The composite's summary file: figure, description, parts [{part, description, scan, lowestExcluded [{x, y}]}]
    /// (y null where nothing is excluded), indented, with the provenance keys.</summary>
    /// <param name="composite">The composite figure.</param>
    /// <param name="parts">Each part with its scan's outcome, in order.</param>
    /// <param name="provenance">The provenance keys to add.</param>
    public static byte[] CompositeSummary(CompositeFigure composite, IEnumerable<(PublishedFigure Part, ScanOutcome Outcome)> parts, Func<JsonObject, JsonObject> provenance)
    {
        ArgumentNullException.ThrowIfNull(composite);
        ArgumentNullException.ThrowIfNull(provenance);
        var summary = parts.Select(p => new
        {
            part = p.Part.Id, description = p.Part.Title, scan = $"{composite.Id}-{p.Part.Id}.json",
            lowestExcluded = p.Outcome.LowestExcluded().Select(e => new { x = e.X, y = e.Y }),
        });
        var node = provenance(JsonSerializer.SerializeToNode(new { figure = composite.Id, description = composite.Title, parts = summary })!.AsObject());
        return new System.Text.UTF8Encoding(false).GetBytes(node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
