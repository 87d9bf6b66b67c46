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
        var profiledFits = new Dictionary<string, System.Text.Json.Nodes.JsonNode>(StringComparer.Ordinal);
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
                if (root.TryGetProperty("profiledFit", out var fit)) profiledFits[id] = System.Text.Json.Nodes.JsonNode.Parse(fit.GetRawText())!;
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
        var fixedValues = grid.GetProperty("fixed").Deserialize<Dictionary<string, double>>()!;
        var json = CombinedScanReport.Json(result, inputs, grid.GetProperty("family").GetString()!, xName, yName, fixedValues, options, clock.Elapsed.TotalSeconds, profiledFits);
        var files = outPaths.Select(p => (p, json)).ToList();
        if (plotPaths.Count > 0)
        {
            var figure = CombinedScanReport.Figure(result, xName, yName, options);
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
}
