using System.Text.Json;
using System.Text.Json.Nodes;
using DarkSector.Reporting.Plotting;
using DarkSector.Reporting.Reports;
using DarkSector.Reporting.Scans;
using DarkSector.Sampling.Experiments;

namespace DarkSector.Reporting.Figures;

/// <summary>The published figures the discovered plugins declare (<c>darksector reproduce</c>): single-scan figures
/// (<see cref="PublishedFigure"/>, the default first) and composites (<see cref="CompositeFigure"/>) with their parts,
/// the list report, and the composite's summary file.</summary>
public sealed class FigureCatalog
{
    /// <summary>The figure reproduced when none is named: the T2K ND280 heavy-mediator plane.</summary>
    public const string DefaultFigure = "t2k-nd280-heavy";

    /// <summary>The figures of <paramref name="catalog"/>'s plugins.</summary>
    /// <param name="catalog">The discovered experiments.</param>
    public FigureCatalog(ExperimentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
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
