using DarkSector.Reporting.Scans;
using System.Globalization;
using System.Text.Json;
using DarkSector.Cli.Hosting;
using DarkSector.Reporting.Plotting;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Scans;

namespace DarkSector.Cli.Commands.Scan;

/// <summary>
/// <c>scan miniboone,t2k-nd280,minerva,microboone FAMILY ...</c>: the same scan run for each experiment of the comma list
/// (each with its own default confidence level and analysis), combined by <see cref="CombinedScan"/>; one JSON with every
/// layer and one figure with all of them.
/// </summary>
/// <remarks>
/// Each experiment's grid is the single-experiment scan with the same arguments (family, axes, --fix, events, seed,
/// ...), written to a temporary JSON next to the first --out and read back; <c>--cl</c> sets the combination's
/// confidence level (default 95%), each experiment keeps its own (its plugin's default). <c>--analysis</c> takes one
/// id per experiment (comma list, '-' for an experiment's first analysis). MiniBooNE, when in the list, is the preferring experiment
/// (1, 2, 3σ regions, or <c>--sigmas</c>; fractions of its 2σ region).
/// </remarks>
internal static class CombinedScanRun
{
    private static readonly string[] Palette = ["#c0392b", "#2471a3", "#7d3c98", "#d35400", "#117a65", "#7f8c8d"];

    /// <summary>Runs the combined scan.</summary>
    /// <param name="ids">Experiment ids (≥ 2, distinct).</param>
    /// <param name="arguments">The scan's canonical arguments without --out, --plot, --cl, --shard, --resume.</param>
    /// <param name="outPaths">--out paths (.json).</param>
    /// <param name="plotPaths">--plot paths.</param>
    /// <param name="confidenceLevel">--cl: the combination's confidence level, or null for 0.95.</param>
    /// <param name="sigmas">--sigmas, or null for 1, 2, 3.</param>
    /// <param name="runSingle">Runs one single-experiment scan from its arguments.</param>
    /// <param name="context">Output writers.</param>
    public static int Run(IReadOnlyList<string> ids, IReadOnlyList<string> arguments, IReadOnlyList<string> outPaths, IReadOnlyList<string> plotPaths,
        double? confidenceLevel, IReadOnlyList<double>? sigmas, Func<IReadOnlyList<string>, CliContext, int> runSingle, CliContext context)
    {
        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count) throw new ArgumentException($"experiment: the list '{string.Join(",", ids)}' names an experiment twice");
        // --analysis: one id for all, or a comma list aligned with the experiments ("-" = the experiment's first analysis)
        int at = arguments.ToList().IndexOf("--analysis");
        string[]? analyses = at < 0 ? null : arguments[at + 1].Split(',', StringSplitOptions.TrimEntries);
        if (analyses is { Length: > 1 } && analyses.Length != ids.Count)
            throw new ArgumentException($"--analysis: give one analysis or one per experiment ({ids.Count}, '-' for the default); got {analyses.Length}");
        if (outPaths.Any(p => !p.EndsWith(".json", StringComparison.OrdinalIgnoreCase)))
            throw new ArgumentException("--out: a combined scan writes JSON (.json)");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var inputs = new List<CombinedScanInput>();
        JsonElement? first = null;
        string folder = Path.GetDirectoryName(Path.GetFullPath(outPaths[0]))!;
        foreach (string id in ids)
        {
            string temp = Path.Combine(folder, $".{Path.GetFileNameWithoutExtension(outPaths[0])}.{id}.{Environment.ProcessId}.json");
            try
            {
                var single = new List<string>(arguments);
                single[0] = id;
                if (analyses is not null)
                {
                    string analysis = analyses.Length == 1 ? analyses[0] : analyses[inputs.Count];
                    if (analysis == "-") single.RemoveRange(at, 2);
                    else single[at + 1] = analysis;
                }
                single.AddRange(["--out", temp]);
                if (!context.Quiet) context.Error.WriteLine($"scan {id} ...");
                int code = runSingle(single, context with { Out = TextWriter.Null, Json = false, Quiet = true });
                if (code != 0) return code;
                using var doc = JsonDocument.Parse(File.ReadAllBytes(temp));
                var root = doc.RootElement.Clone();
                first ??= root;
                var values = root.GetProperty("minusTwoLnL").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Number ? v.GetDouble() : double.NaN).ToArray();
                int nx = root.GetProperty("x").GetProperty("values").GetArrayLength();
                inputs.Add(new CombinedScanInput(id, (i, j) => values[j * nx + i], root.GetProperty("backgroundOnly").GetDouble(),
                    root.GetProperty("confidenceLevel").GetDouble()));
            }
            finally
            {
                if (File.Exists(temp)) File.Delete(temp);
            }
        }
        var grid = first!.Value;
        double[] Axis(string name) => grid.GetProperty(name).GetProperty("values").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        AxisScale Scale(string name) => grid.GetProperty(name).GetProperty("scale").GetString() == "log" ? AxisScale.Logarithmic : AxisScale.Linear;
        double[] x = Axis("x"), y = Axis("y");
        var options = new CombinedScanOptions
        {
            PreferredBy = ids.Contains("miniboone") ? "miniboone" : null,
            Sigmas = sigmas ?? [1, 2, 3],
            ConfidenceLevel = confidenceLevel ?? 0.95,
        };
        if (!options.Sigmas.Contains(options.FractionSigma)) options = options with { FractionSigma = options.Sigmas[^1] };
        var result = CombinedScan.Run(x, Scale("x"), y, Scale("y"), inputs, options);

        string xName = grid.GetProperty("x").GetProperty("name").GetString()!, yName = grid.GetProperty("y").GetProperty("name").GetString()!;
        var preferring = result.PreferredBy is null ? null : result.Experiments.Single(l => l.Name == result.PreferredBy).Scan;
        var preferringInput = result.PreferredBy is null ? null : inputs.Single(i => i.Name == result.PreferredBy);
        var report = new
        {
            experiments = ids,
            family = grid.GetProperty("family").GetString(),
            x = new { name = xName, scale = grid.GetProperty("x").GetProperty("scale").GetString(), values = x },
            y = new { name = yName, scale = grid.GetProperty("y").GetProperty("scale").GetString(), values = y },
            @fixed = grid.GetProperty("fixed"),
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
            gridOrder = $"minusTwoLnL and delta are flattened with x varying fastest: entry k = j * {x.Length} + i",
            seconds = clock.Elapsed.TotalSeconds,
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(report, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals });
        var files = outPaths.Select(p => (p, json)).ToList();
        if (plotPaths.Count > 0)
        {
            var figure = Figure(result, xName, yName, options);
            foreach (string path in plotPaths) files.Add((path, FigureFile.Render([figure], 1, null, FigureFile.FormatOf(path))));
        }
        foreach (var (path, bytes) in files) AtomicFile.Write(path, stream => stream.Write(bytes));
        if (context.Json) context.Out.WriteLine(System.Text.Encoding.UTF8.GetString(json));
        else
        {
            var o = context.Out;
            o.WriteLine($"combined scan of {string.Join(", ", ids)}: {x.Length} x {y.Length} points, {clock.Elapsed.TotalSeconds:0.#} s; written {string.Join(", ", outPaths.Concat(plotPaths))}");
            foreach (var l in result.Experiments)
                o.WriteLine($"  {l.Name}: minimum -2 ln L {l.Scan.Minimum:0.###}, {l.Scan.ConfidenceLevel * 100:0.#}% CL threshold {l.Scan.Threshold:0.##}, {l.Scan.Contours.Count} contour(s)");
            foreach (var e in result.Excluded)
                o.WriteLine($"  {result.FractionSigma:0.#} sigma {result.PreferredBy} region excluded by {e.Name}: {e.Fraction * 100:0.#}%");
        }
        return 0;
    }

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

    private static SvgPlot Figure(CombinedScanResult result, string xName, string yName, CombinedScanOptions options)
    {
        var any = result.Combined;
        var plot = new SvgPlot(new PlotAxis(any.X[0], any.X[^1], any.XScale, ScanAxisTitles.Title(xName)),
            new PlotAxis(any.Y[0], any.Y[^1], any.YScale, ScanAxisTitles.Title(yName)),
            $"combined: {string.Join(", ", result.Experiments.Select(l => l.Name))}");
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
}
