using DarkSector.Reporting.Plotting;
using DarkSector.Sampling.Inference;

namespace DarkSector.Reporting.Scans;

/// <summary>
/// One plane scanned at several experiments and combined (<see cref="CombinedScan"/>): each experiment's
/// <see cref="ScanRun"/> in this process (its own analysis and confidence level), then the sum of −2 ln L, the preferring
/// experiment's regions and the fractions of them the others exclude; one JSON (<see cref="CombinedScanReport"/>) and one
/// figure with every layer.
/// </summary>
/// <remarks>MiniBooNE, when in the list, is the preferring experiment (1, 2, 3σ regions by default; the fractions of its
/// region at the largest significance asked for when 2σ is not among them). The combination's confidence level defaults
/// to 95%.</remarks>
public sealed class CombinedScanRun
{
    private CombinedScanRun(IReadOnlyList<ScanOutcome> layers, CombinedScanResult result, IReadOnlyList<CombinedScanInput> inputs, CombinedScanOptions options) =>
        (Layers, Result, Inputs, Options) = (layers, result, inputs, options);

    /// <summary>Each experiment's scan.</summary>
    public IReadOnlyList<ScanOutcome> Layers { get; }

    /// <summary>The combination.</summary>
    public CombinedScanResult Result { get; }

    /// <summary>The experiments' inputs to it.</summary>
    public IReadOnlyList<CombinedScanInput> Inputs { get; }

    /// <summary>The combination's options.</summary>
    public CombinedScanOptions Options { get; }

    /// <summary>The analysis of each of <paramref name="experiments"/> experiments that <paramref name="list"/> names: null
    /// (each experiment's first), one id for all, or a comma list of one id per experiment ('-' for its first).</summary>
    /// <param name="list">The --analysis value, or null.</param>
    /// <param name="experiments">Number of experiments combined.</param>
    /// <returns>Per experiment its analysis id, or null for its first analysis.</returns>
    /// <exception cref="ArgumentException">A list of several ids whose length is not the number of experiments.</exception>
    public static IReadOnlyList<string?> AnalysisIds(string? list, int experiments)
    {
        if (list is null) return new string?[experiments];
        var ids = list.Split(',', StringSplitOptions.TrimEntries);
        if (ids.Length > 1 && ids.Length != experiments)
            throw new ArgumentException($"--analysis: give one analysis or one per experiment ({experiments}, '-' for the default); got {ids.Length}");
        return [.. Enumerable.Range(0, experiments).Select(k => ids.Length == 1 ? ids[0] : ids[k]).Select(a => a == "-" ? null : a)];
    }

    /// <summary>The requests of a combined scan of <paramref name="slice"/> (<see cref="Run"/>'s input): per experiment id the
    /// slice with that experiment's setup for the analysis <paramref name="analyses"/> names (<see cref="AnalysisIds"/>), each
    /// at its experiment's own confidence level and without preferred regions (the slice's are the combination's).</summary>
    /// <param name="slice">The family, axes, fixed values and the rest of the scan.</param>
    /// <param name="ids">The experiment ids.</param>
    /// <param name="analyses">The --analysis value, or null.</param>
    /// <param name="setup">The setup of an experiment id and analysis id (null: its first analysis).</param>
    /// <exception cref="ArgumentException">See <see cref="AnalysisIds"/>.</exception>
    public static IReadOnlyList<(string Id, ScanRequest Request)> Requests(ScanRequest slice, IReadOnlyList<string> ids, string? analyses, Func<string, string?, AnalysisInference> setup)
    {
        ArgumentNullException.ThrowIfNull(slice);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(setup);
        var analysisIds = AnalysisIds(analyses, ids.Count);
        return [.. ids.Select((id, k) => (id, slice with { Setup = setup(id, analysisIds[k]), ConfidenceLevel = null, Sigmas = null }))];
    }

    /// <summary>Scans the plane at every experiment and combines the scans.</summary>
    /// <param name="experiments">Per experiment (id, scan of the same family, axes and fixed values); ≥ 2, distinct ids.</param>
    /// <param name="confidenceLevel">The combination's confidence level, or null for 0.95.</param>
    /// <param name="sigmas">The preferred regions' significances, or null for 1, 2, 3.</param>
    /// <param name="starting">Told each experiment's id before its scan (progress), or null.</param>
    /// <exception cref="ArgumentException">Fewer than two or repeated experiments, or scans of different planes.</exception>
    public static CombinedScanRun Run(IReadOnlyList<(string Id, ScanRequest Request)> experiments, double? confidenceLevel,
        IReadOnlyList<double>? sigmas, Action<string>? starting = null)
    {
        ArgumentNullException.ThrowIfNull(experiments);
        var ids = experiments.Select(e => e.Id).ToArray();
        if (ids.Length < 2) throw new ArgumentException($"experiment: the list '{string.Join(",", ids)}' must name two or more experiments");
        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Length) throw new ArgumentException($"experiment: the list '{string.Join(",", ids)}' names an experiment twice");
        var layers = new List<ScanOutcome>();
        var inputs = new List<CombinedScanInput>();
        foreach (var (id, request) in experiments)
        {
            starting?.Invoke(id);
            var outcome = new ScanRun(request).Run();
            var values = outcome.Result.Scan.MinusTwoLnL;
            int nx = outcome.Result.Scan.X.Count;
            layers.Add(outcome);
            inputs.Add(new CombinedScanInput(id, (i, j) => values[j * nx + i], outcome.Result.BackgroundOnly, request.Cl));
        }
        var grid = layers[0].Result.Scan;
        var options = new CombinedScanOptions
        {
            PreferredBy = ids.Contains("miniboone") ? "miniboone" : null,
            Sigmas = sigmas ?? [1, 2, 3],
            ConfidenceLevel = confidenceLevel ?? 0.95,
        };
        if (!options.Sigmas.Contains(options.FractionSigma)) options = options with { FractionSigma = options.Sigmas[^1] };
        var result = CombinedScan.Run([.. grid.X], grid.XScale, [.. grid.Y], grid.YScale, inputs, options);
        return new CombinedScanRun(layers, result, inputs, options);
    }

    /// <summary>The combined scan's files, rendered but not written: the JSON per out path, the figure per plot path.</summary>
    /// <param name="outPaths">JSON files.</param>
    /// <param name="plotPaths">Figure files (.svg, .pdf, .png).</param>
    /// <param name="seconds">The run's time, reported.</param>
    public IReadOnlyList<(string Path, byte[] Bytes)> Files(IReadOnlyList<string> outPaths, IReadOnlyList<string> plotPaths, double seconds)
    {
        ArgumentNullException.ThrowIfNull(outPaths);
        ArgumentNullException.ThrowIfNull(plotPaths);
        var first = Layers[0].Run;
        var (x, y) = (first.Request.X.Name, first.Request.Y.Name);
        var profiledFits = Layers.Select((layer, k) => (Inputs[k].Name, layer))
            .Where(l => l.layer.ProfiledFit is not null)
            .ToDictionary(l => l.Name, l => (System.Text.Json.Nodes.JsonNode)ProfiledFitReport.Json(l.layer.Run.Request.ProfileFit!, l.layer.ProfiledFit!, l.layer.Result.BackgroundOnly), StringComparer.Ordinal);
        var json = CombinedScanReport.Json(Result, Inputs, first.Request.Family.Name, x, y, first.Scan.FixedValues, Options, seconds, profiledFits);
        var files = outPaths.Select(p => (p, json)).ToList();
        if (plotPaths.Count > 0)
        {
            var figure = CombinedScanReport.Figure(Result, x, y, Options, first.Request.Family.Name, first.Scan.FixedValues);
            foreach (string path in plotPaths) files.Add((path, FigureFile.Render([figure], 1, null, FigureFile.FormatOf(path))));
        }
        return files;
    }

    /// <summary>Writes the summary: each experiment's minimum and threshold, and the excluded fractions.</summary>
    /// <param name="o">The writer.</param>
    /// <param name="written">The files written.</param>
    /// <param name="seconds">The run's time.</param>
    public void WriteText(TextWriter o, IEnumerable<string> written, double seconds)
    {
        ArgumentNullException.ThrowIfNull(o);
        var grid = Result.Combined;
        o.WriteLine($"combined scan of {string.Join(", ", Inputs.Select(i => i.Name))}: {grid.X.Count} x {grid.Y.Count} points, {seconds:0.#} s; written {string.Join(", ", written)}");
        foreach (var l in Result.Experiments)
            o.WriteLine($"  {l.Name}: minimum -2 ln L {l.Scan.Minimum:0.###}, {l.Scan.ConfidenceLevel * 100:0.#}% CL threshold {l.Scan.Threshold:0.##}, {l.Scan.Contours.Count} contour(s)");
        foreach (var e in Result.Excluded)
            o.WriteLine($"  {Result.FractionSigma:0.#} sigma {Result.PreferredBy} region excluded by {e.Name}: {e.Fraction * 100:0.#}%");
    }
}
