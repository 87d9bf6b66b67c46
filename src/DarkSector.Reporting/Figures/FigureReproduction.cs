using DarkSector.Reporting.Scans;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Reporting.Figures;

/// <summary>
/// A plugin's typed <see cref="PublishedFigure"/> as a library call: its <see cref="ScanRequest"/> under an assumption set
/// (family, analysis, axes, fixed values, profile, events, confidence level or preferred regions, benchmark, data,
/// production selection), run by <see cref="ScanRun"/>.
/// </summary>
/// <remarks>The scan draws its regions for 2 degrees of freedom and simulates Dirac HNLs with the plugin's own flux and
/// efficiency; a figure asking for anything else is refused (one line) rather than run under other assumptions.</remarks>
public static class FigureReproduction
{
    /// <summary>Events per simulation of a figure that does not give its own (the scan's default).</summary>
    public const int DefaultEvents = 2000;

    /// <summary>The scan of <paramref name="figure"/> under <paramref name="assumptions"/>.</summary>
    /// <param name="figure">The figure.</param>
    /// <param name="assumptions">The figure's own assumptions or one of its variants'.</param>
    /// <param name="experiment">The experiment the figure belongs to.</param>
    /// <param name="events">Events per simulation overriding the figure's, or null.</param>
    /// <param name="precision">Requested relative MC error per mass column, or null for the figure's own
    /// (<see cref="PublishedFigure.Precision"/>, applied only when <paramref name="events"/> is not overridden).</param>
    /// <param name="overlays">Other scans drawn dashed on the figure (e.g. its variants).</param>
    /// <exception cref="ArgumentException">The figure needs something the scan cannot do (see the remarks).</exception>
    public static ScanRequest Request(PublishedFigure figure, AssumptionSet assumptions, IExperiment experiment, int? events = null,
        PrecisionTarget? precision = null, IReadOnlyList<ScanOverlay>? overlays = null)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(assumptions);
        ArgumentNullException.ThrowIfNull(experiment);
        if (figure.DegreesOfFreedom != 2)
            throw new ArgumentException($"figure '{figure.Id}': DegreesOfFreedom = {figure.DegreesOfFreedom}, but scan draws its regions for 2 dof (a plane)");
        if (assumptions.Nature != HnlNature.Dirac || assumptions.FluxVersion is not null || assumptions.Efficiency is not null)
            throw new ArgumentException($"figure '{figure.Id}': scan cannot apply the assumptions {assumptions} (Majorana HNLs, another flux or efficiency)");
        var family = ModelFamilies.Get(figure.Family);
        if (family is DarkSeesawFamily) family = new DarkSeesawFamily(null);
        var fixedValues = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var p in figure.Fixed)
        {
            family.CheckName(p.Name, $"figure '{figure.Id}' fixed");
            fixedValues[p.Name] = p.Value;
        }
        var options = assumptions.Apply(new SimulationOptions { Events = events ?? figure.Events ?? DefaultEvents, Seed = 1 });
        return new ScanRequest
        {
            Setup = AnalysisInference.For(experiment, figure.Analysis, options, figure.Data == FigureData.Asimov ? DataSet.Asimov : DataSet.Observed),
            Family = family,
            X = Axis(figure.X, family, "x"),
            Y = Axis(figure.Y, family, "y"),
            Fixed = fixedValues,
            Profile = figure.Profile is { } profile ? Axis(profile, family, "profile") : null,
            ConfidenceLevel = figure.Significances.Count > 0 ? null : figure.ConfidenceLevel,
            Sigmas = figure.Significances.Count > 0 ? figure.Significances : null,
            Benchmark = figure.Benchmark is { } star ? (star.X, star.Y) : null,
            Precision = precision ?? (events is null && figure.Precision is double target ? new PrecisionTarget(target) : null),
            Overlays = overlays ?? [],
        };
    }

    /// <summary>Runs the scan of <paramref name="figure"/> under <paramref name="assumptions"/> in this process.</summary>
    /// <param name="figure">The figure.</param>
    /// <param name="assumptions">The figure's own assumptions or one of its variants'.</param>
    /// <param name="catalog">The discovered experiments (the figure's is looked up by id).</param>
    /// <param name="events">Events per simulation overriding the figure's, or null.</param>
    /// <param name="precision">Requested relative MC error per mass column, or null.</param>
    /// <param name="overlays">Other scans drawn dashed on the figure.</param>
    /// <param name="provenance">Provenance keys of the JSON report, or null.</param>
    public static ScanOutcome Run(PublishedFigure figure, AssumptionSet assumptions, ExperimentCatalog catalog, int? events = null,
        PrecisionTarget? precision = null, IReadOnlyList<ScanOverlay>? overlays = null, System.Text.Json.Nodes.JsonObject? provenance = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(figure);
        return new ScanRun(Request(figure, assumptions, catalog.Get(figure.ExperimentId), events, precision, overlays)).Run(provenance);
    }

    /// <summary>The scans of a combined figure, one per layer: the plane at the layer's experiment and analysis, each at
    /// its own experiment's confidence level (the plane's level and significances are the combination's).</summary>
    /// <param name="figure">The combined figure.</param>
    /// <param name="catalog">The discovered experiments (each layer's is looked up by id).</param>
    /// <param name="events">Events per simulation overriding the plane's, or null.</param>
    /// <param name="precision">Requested relative MC error per mass column, or null.</param>
    /// <exception cref="ArgumentException">A layer's experiment is not discovered, or the plane needs something the scan
    /// cannot do.</exception>
    public static IReadOnlyList<(string Id, ScanRequest Request)> CombinedRequests(CombinedFigure figure, ExperimentCatalog catalog,
        int? events = null, PrecisionTarget? precision = null)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. figure.Layers.Select(layer => (layer.ExperimentId,
            Request(figure.Plane with { ExperimentId = layer.ExperimentId, Analysis = layer.Analysis }, figure.Plane.Assumptions,
                catalog.Get(layer.ExperimentId), events, precision) with { ConfidenceLevel = null, Sigmas = null }))];
    }

    /// <summary>Runs a combined figure in this process: every layer's scan (<see cref="CombinedRequests"/>), then the
    /// combination at the plane's confidence level with the plane's preferred-region significances.</summary>
    /// <param name="figure">The combined figure.</param>
    /// <param name="catalog">The discovered experiments.</param>
    /// <param name="events">Events per simulation overriding the plane's, or null.</param>
    /// <param name="precision">Requested relative MC error per mass column, or null.</param>
    /// <param name="starting">Told each experiment's id before its scan (progress), or null.</param>
    public static CombinedScanRun RunCombined(CombinedFigure figure, ExperimentCatalog catalog, int? events = null,
        PrecisionTarget? precision = null, Action<string>? starting = null)
    {
        var layers = CombinedRequests(figure, catalog, events, precision);
        return CombinedScanRun.Run(layers, figure.Plane.ConfidenceLevel, figure.Plane.Significances.Count > 0 ? figure.Plane.Significances : null, starting);
    }

    private static SliceAxis Axis(FigureAxis axis, ModelFamily family, string which)
    {
        family.CheckName(axis.Parameter, which);
        return new SliceAxis(axis.Parameter, axis.Min, axis.Max, axis.Scale, axis.Points);
    }
}
