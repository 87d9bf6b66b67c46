using System.Text.Json;
using System.Text.Json.Nodes;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Reporting.Scans;

/// <summary>
/// The JSON document of a 2-D <see cref="FamilyScan"/> (what <c>darksector scan --out scan.json</c> writes; docs/outputs.md):
/// experiment, family, analysis, data, x/y {name, scale, values}, fixed, minusTwoLnL and delta (x fastest), signal and
/// signalMcError per grid point, minimum, backgroundOnly, best {x, y} (null when the minimum is the background-only value),
/// bestFit, deltaChi2Background, profile, threshold, confidenceLevel, contours, benchmark, regions, method, seconds, the
/// provenance keys, bestIsBackgroundOnly, seed, events, units, from a joint sample the kernel's diagnostics per grid point
/// and its bandwidths, the MC band (mcBand), the requested precision (precision) and the profiled best fit (profiledFit) when given, and
/// gridOrder.
/// </summary>
public static class ScanReport
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    /// <summary>The best grid point's parameters by JSON name (<see cref="ModelFamily.JsonKey"/>): the two axes, the
    /// profiled parameter, the fixed ones, and its −2 ln L as "chi2".</summary>
    /// <param name="scan">The scan.</param>
    /// <param name="result">Its result.</param>
    /// <param name="profile">The profiled axis, or null.</param>
    public static Dictionary<string, double> BestFit(FamilyScan scan, FamilyScanResult result, SliceAxis? profile)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(result);
        var r = result.Scan;
        int bestIndex = Array.IndexOf(r.MinusTwoLnL.ToArray(), r.Minimum);
        var bestFit = new Dictionary<string, double>(StringComparer.Ordinal) { [ModelFamily.JsonKey(scan.Axes[0].Name)] = r.BestX, [ModelFamily.JsonKey(scan.Axes[1].Name)] = r.BestY };
        if (profile is not null && bestIndex >= 0) bestFit[ModelFamily.JsonKey(profile.Name)] = result.Points[bestIndex].Profiled;
        foreach (var (name, value) in scan.FixedValues) bestFit[ModelFamily.JsonKey(name)] = value;
        bestFit["chi2"] = r.Minimum;
        return bestFit;
    }

    /// <summary>Whether the scan's minimum is the background-only value (to 1e-9 relative): no best signal point.</summary>
    /// <param name="result">The scan's result.</param>
    public static bool IsBackgroundOnly(FamilyScanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Math.Abs(result.Scan.Minimum - result.BackgroundOnly) <= 1e-9 * Math.Max(1, Math.Abs(result.BackgroundOnly));
    }

    /// <summary>The scan's JSON document.</summary>
    /// <param name="scan">The scan (experiment, analysis, family, axes, fixed values, method).</param>
    /// <param name="result">Its result (<see cref="FamilyScan.Run"/> or <see cref="FamilyScanColumns.Assemble"/>).</param>
    /// <param name="details">Benchmark, regions, profile, seed, events, time and provenance.</param>
    public static JsonObject Json(FamilyScan scan, FamilyScanResult result, ScanReportDetails details)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(details);
        var (x, y, r, setup, profile) = (scan.Axes[0], scan.Axes[1], result.Scan, scan.Setup, details.Profile);
        double background = result.BackgroundOnly;
        var report = new
        {
            experiment = setup.Experiment.Info.Id,
            family = scan.Family.Name,
            analysis = setup.Analysis.Id,
            data = setup.IsAsimov ? "asimov" : "observed",
            x = new { name = x.Name, scale = x.ScaleName, values = r.X },
            y = new { name = y.Name, scale = y.ScaleName, values = r.Y },
            @fixed = scan.FixedValues,
            minusTwoLnL = r.MinusTwoLnL,
            delta = r.Delta,
            signal = result.Points.Select(p => p.Signal),
            signalMcError = result.Points.Select(p => p.SignalMcError),
            minimum = r.Minimum,
            backgroundOnly = background,
            best = new { x = r.BestX, y = r.BestY },
            bestFit = BestFit(scan, result, profile),
            deltaChi2Background = background - r.Minimum,
            profile = profile is null ? null : new { name = profile.Name, scale = profile.ScaleName, grid = profile.Values, values = result.Points.Select(p => p.Profiled) },
            threshold = r.Threshold,
            confidenceLevel = r.ConfidenceLevel,
            contours = Contours(r.Contours),
            benchmark = details.Benchmark is var (px, py, delta) ? new { x = px, y = py, delta = (double?)delta } : null,
            regions = details.Regions?.Select(region => new { sigma = region.Sigma, threshold = region.Threshold, contours = Contours(region.Contours) }),
            method = scan.Method,
            seconds = details.Seconds,
        };
        var node = JsonSerializer.SerializeToNode(report, Options)!.AsObject();
        foreach (var (key, value) in details.Provenance ?? []) node.TryAdd(key, value?.DeepClone());
        bool atBackground = IsBackgroundOnly(result);
        if (atBackground) node["best"] = null;
        node["bestIsBackgroundOnly"] = atBackground;
        node["seed"] = details.Seed;
        node["events"] = details.Events;
        node["units"] = new JsonObject
        {
            ["x"] = ScanAxisTitles.Unit(x.Name),
            ["y"] = ScanAxisTitles.Unit(y.Name),
            ["fixed"] = new JsonObject(scan.FixedValues.Keys.Order(StringComparer.Ordinal).Select(k => KeyValuePair.Create(k, (JsonNode?)ScanAxisTitles.Unit(k)))),
            ["minusTwoLnL"] = "",
            ["seconds"] = "s",
        };
        if (scan.Joint is { } joint)
        {
            // what each kernel prediction rests on
            node["effectiveSampleSize"] = new JsonArray([.. result.Points.Select(p => (JsonNode?)(p.Kernel?.EffectiveSampleSize ?? 0))]);
            node["distinctMassPoints"] = new JsonArray([.. result.Points.Select(p => (JsonNode?)(p.Kernel?.DistinctMassPoints ?? 0))]);
            node["flagged"] = new JsonArray([.. result.Points.Select(p => (JsonNode?)(p.Kernel?.Flagged ?? false))]);
            node["bandwidths"] = new JsonArray([.. joint.Bandwidths.Select(h => (JsonNode?)h)]);
            ((JsonObject)node["units"]!)["bandwidths"] = "decades";
        }
        if (details.Band is { } band) node["mcBand"] = BandJson(band);
        if (details.Precision is var (target, columns)) node["precision"] = PrecisionJson(target, columns);
        if (details.ProfiledFit is var (parameters, fit)) node["profiledFit"] = ProfiledFitReport.Json(parameters, fit, background);
        node["gridOrder"] = $"minusTwoLnL and delta are flattened with x varying fastest: entry k = j * {x.Values.Count} + i for x.values[i] and y.values[j]";
        return node;
    }

    /// <summary>The JSON text of <paramref name="json"/>, indented as the tool writes it.</summary>
    /// <param name="json">A document of <see cref="Json"/>.</param>
    public static string Text(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return json.ToJsonString(Options);
    }

    private static IEnumerable<object> Contours(IReadOnlyList<DarkSector.Sampling.Limits.Contour> contours) =>
        contours.Select(c => new { closed = c.IsClosed, points = c.Points.Select(p => new { x = p.X, y = p.Y }) });

    /// <summary>JSON <c>precision {target, reached, columns [{mass, relativeError, reached, events}], notReached [mass]}</c>
    /// (<c>relativeError</c> null where nothing was selected).</summary>
    private static JsonObject PrecisionJson(PrecisionTarget target, IReadOnlyList<ColumnPrecision> columns) => new()
    {
        ["target"] = target.RelativeError,
        ["reached"] = columns.All(c => c.Reached),
        ["columns"] = new JsonArray([.. columns.Select(c => (JsonNode?)new JsonObject
        {
            ["mass"] = c.Mass,
            ["relativeError"] = double.IsFinite(c.RelativeError) ? c.RelativeError : null,
            ["reached"] = c.Reached,
            ["events"] = c.Events,
        })]),
        ["notReached"] = new JsonArray([.. columns.Where(c => !c.Reached).Select(c => (JsonNode?)c.Mass)]),
    };

    /// <summary>JSON <c>mcBand {maxRelativeWidth, edges [{x, y [..], relativeWidth [..]}], signalUp {contours}, signalDown
    /// {contours}}</c> (a relative width null where the shifted scans change the number of edges).</summary>
    private static JsonObject BandJson(McBand band) => new()
    {
        ["maxRelativeWidth"] = band.MaxRelativeWidth,
        ["edges"] = new JsonArray([.. band.Edges.Select(e => (JsonNode?)new JsonObject
        {
            ["x"] = e.X,
            ["y"] = new JsonArray([.. e.Edges.Select(v => (JsonNode?)v)]),
            ["relativeWidth"] = new JsonArray([.. e.RelativeWidths.Select(v => (JsonNode?)(double.IsFinite(v) ? v : null))]),
        })]),
        ["signalUp"] = BandContours(band.SignalUp),
        ["signalDown"] = BandContours(band.SignalDown),
    };

    private static JsonObject BandContours(DarkSector.Sampling.Scans.ScanResult scan) => new()
    {
        ["contours"] = new JsonArray([.. scan.Contours.Select(c => (JsonNode?)new JsonObject
        {
            ["closed"] = c.IsClosed,
            ["points"] = new JsonArray([.. c.Points.Select(p => (JsonNode?)new JsonObject { ["x"] = p.X, ["y"] = p.Y })]),
        })]),
    };

}
