using System.Globalization;
using System.Text.Json;
using DarkSector.Reporting.Plotting;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Scans;

namespace DarkSector.Reporting.Scans;

/// <summary>
/// The JSON document and the figure of a <see cref="CombinedScan"/> (what <c>darksector scan A,B,C FAMILY ...</c> writes):
/// every experiment's layer, the combination, the preferring experiment's regions and best fit, the allowed part of its
/// region and the fractions excluded by each other experiment.
/// </summary>
public static class CombinedScanReport
{
    private static readonly string[] Palette = ["#c0392b", "#2471a3", "#7d3c98", "#d35400", "#117a65", "#7f8c8d"];

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>The combined scan's JSON (UTF-8): experiments, family, x/y {name, scale, values}, fixed, layers (per
    /// experiment: minusTwoLnL, delta, minimum, backgroundOnly, best, threshold, confidenceLevel, contours), combined,
    /// othersCombined, preferredBy, preferredRegions, bestFit, fractionSigma, allowedPreferred, excludedFractions,
    /// combinationConvention, gridOrder, seconds, and with profiled fits profiledFit {experiment: its scan's profiledFit
    /// block (<see cref="ProfiledFitReport"/>)}.</summary>
    /// <param name="result">The combination.</param>
    /// <param name="inputs">The experiments' inputs, in order (their background-only values are reported).</param>
    /// <param name="family">The model family's name.</param>
    /// <param name="xName">The x parameter.</param>
    /// <param name="yName">The y parameter.</param>
    /// <param name="fixedValues">The fixed parameters.</param>
    /// <param name="options">The combination's options (its confidence level is stated).</param>
    /// <param name="seconds">Wall time, seconds.</param>
    /// <param name="profiledFits">Each experiment's profiled best-fit block, or null.</param>
    public static byte[] Json(CombinedScanResult result, IReadOnlyList<CombinedScanInput> inputs, string family, string xName, string yName,
        IReadOnlyDictionary<string, double> fixedValues, CombinedScanOptions options, double seconds,
        IReadOnlyDictionary<string, System.Text.Json.Nodes.JsonNode>? profiledFits = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        var preferring = result.PreferredBy is null ? null : result.Experiments.Single(l => l.Name == result.PreferredBy).Scan;
        var preferringInput = result.PreferredBy is null ? null : inputs.Single(i => i.Name == result.PreferredBy);
    var report = new
    {
        experiments = inputs.Select(i => i.Name),
        family,
        x = new { name = xName, scale = Scale(result.Combined.XScale), values = result.Combined.X },
        y = new { name = yName, scale = Scale(result.Combined.YScale), values = result.Combined.Y },
        @fixed = fixedValues,
        layers = result.Experiments.ToDictionary(l => l.Name, l => Layer(l.Scan, inputs.Single(i => i.Name == l.Name).BackgroundOnly)),
        combined = Layer(result.Combined, inputs.Sum(i => i.BackgroundOnly)),
        othersCombined = result.OthersCombined is null ? null
            : Layer(result.OthersCombined, inputs.Where(i => i.Name != result.PreferredBy).Sum(i => i.BackgroundOnly)),
        preferredBy = result.PreferredBy,
        preferredRegions = result.PreferredRegions.Select(r => new { sigma = r.Sigma, threshold = r.Threshold, contours = Contours(r.Contours) }),
        bestFit = preferring is null ? null : new
        {
            x = preferring.BestX,
            y = preferring.BestY,
            chi2 = preferring.MinusTwoLnL.Where(double.IsFinite).Min(),
            deltaChi2Background = preferringInput!.BackgroundOnly - preferring.MinusTwoLnL.Where(double.IsFinite).Min(),
        },
        fractionSigma = result.PreferredBy is null ? (double?)null : result.FractionSigma,
        allowedPreferred = result.AllowedPreferred is null ? null : new
        {
            points = result.AllowedPreferred.Points,
            preferredPoints = result.AllowedPreferred.PreferredPoints,
            contours = Contours(result.AllowedPreferred.Contours),
        },
        excludedFractions = result.Excluded.ToDictionary(e => e.Name, e => e.Fraction),
        combinationConvention = $"sum of the experiments' -2 ln L (independent), reference = sum of their background-only values, {options.ConfidenceLevel * 100:0.#}% CL, 2 dof",
        gridOrder = $"minusTwoLnL and delta are flattened with x varying fastest: entry k = j * {result.Combined.X.Count} + i",
        seconds,
    };
        if (profiledFits is not { Count: > 0 }) return JsonSerializer.SerializeToUtf8Bytes(report, Options);
        var node = JsonSerializer.SerializeToNode(report, Options)!.AsObject();
        node["profiledFit"] = new System.Text.Json.Nodes.JsonObject(profiledFits.Select(kv => KeyValuePair.Create(kv.Key, (System.Text.Json.Nodes.JsonNode?)kv.Value.DeepClone())));
        return JsonSerializer.SerializeToUtf8Bytes(node, Options);
    }

    /// <summary>The combined scan's figure: the preferring experiment's regions and best fit, every other experiment's
    /// contour, the combination's (dashed) and the allowed part of the preferred region, with the excluded fractions as captions.</summary>
    /// <param name="result">The combination.</param>
    /// <param name="xName">The x parameter (axis title with symbol and unit).</param>
    /// <param name="yName">The y parameter.</param>
    /// <param name="options">The combination's options (its confidence level labels the combined contour).</param>
    /// <param name="family">The scanned family: with <paramref name="fixedValues"/>, published regions of the same plane
    /// (<see cref="PublishedOverlays"/>, e.g. a digitised MiniBooNE fit) are drawn under the layers; null for none.</param>
    /// <param name="fixedValues">The plane's fixed parameters.</param>
    public static SvgPlot Figure(CombinedScanResult result, string xName, string yName, CombinedScanOptions options,
        string? family = null, IReadOnlyDictionary<string, double>? fixedValues = null)
    {
        var any = result.Combined;
        var plot = new SvgPlot(new PlotAxis(any.X[0], any.X[^1], any.XScale, ScanAxisTitles.Title(xName)),
            new PlotAxis(any.Y[0], any.Y[^1], any.YScale, ScanAxisTitles.Title(yName)),
            $"combined: {string.Join(", ", result.Experiments.Select(l => l.Name))}");
        if (family is not null) PublishedOverlays.Draw(plot, family, xName, yName, fixedValues ?? new Dictionary<string, double>());
        if (result.AllowedPreferred is { } allowed)
            foreach (var c in allowed.Contours) plot.AddRegion(c.Points, "#27ae60", c == allowed.Contours[0] ? "preferred and allowed" : null, 0.25);
        string[] regionColours = ["#1a9850", "#66bd63", "#a6d96a"];
        for (int r = 0; r < result.PreferredRegions.Count; r++)
        {
            var region = result.PreferredRegions[r];
            for (int c = 0; c < region.Contours.Count; c++)
                plot.AddLine(region.Contours[c].Points, regionColours[r % regionColours.Length],
                    c == 0 ? $"{result.PreferredBy} {region.Sigma.ToString("0.#", CultureInfo.InvariantCulture)}σ" : null, region.Contours[c].IsClosed, dash: r == 0 ? null : "6 3");
        }
        int k = 0;
        foreach (var layer in result.Experiments.Where(l => l.Name != result.PreferredBy))
        {
            string colour = Palette[k++ % Palette.Length];
            for (int c = 0; c < layer.Scan.Contours.Count; c++)
                plot.AddLine(layer.Scan.Contours[c].Points, colour,
                    c == 0 ? $"{layer.Name} {(layer.Scan.ConfidenceLevel * 100).ToString("0.#", CultureInfo.InvariantCulture)}% CL" : null, layer.Scan.Contours[c].IsClosed);
        }
        for (int c = 0; c < result.Combined.Contours.Count; c++)
            plot.AddLine(result.Combined.Contours[c].Points, "#000000",
                c == 0 ? $"all combined {(options.ConfidenceLevel * 100).ToString("0.#", CultureInfo.InvariantCulture)}% CL" : null, result.Combined.Contours[c].IsClosed, dash: "2 2");
        if (result.PreferredBy is not null)
        {
            var pref = result.Experiments.Single(l => l.Name == result.PreferredBy).Scan;
            plot.AddStar(pref.BestX, pref.BestY, "#ffffff", $"{result.PreferredBy} best fit", 8);
        }
        foreach (var e in result.Excluded)
            plot.AddCaption($"{result.FractionSigma.ToString("0.#", CultureInfo.InvariantCulture)}σ region excluded by {e.Name}: {(e.Fraction * 100).ToString("0.#", CultureInfo.InvariantCulture)}%");
        return plot;
    }

    private static string Scale(AxisScale scale) => scale == AxisScale.Logarithmic ? "log" : "lin";

    private static object Layer(ScanResult scan, double background) => new
    {
        minusTwoLnL = scan.MinusTwoLnL,
        delta = scan.Delta,
        minimum = scan.Minimum,
        backgroundOnly = background,
        best = new { x = scan.BestX, y = scan.BestY },
        threshold = scan.Threshold,
        confidenceLevel = scan.ConfidenceLevel,
        contours = Contours(scan.Contours),
    };

    private static IEnumerable<object> Contours(IReadOnlyList<Contour> contours) =>
        contours.Select(c => new { closed = c.IsClosed, points = c.Points.Select(p => new { x = p.X, y = p.Y }) });
}
