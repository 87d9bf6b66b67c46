using System.Globalization;
using System.Text.Json.Nodes;
using DarkSector.Reporting.Plotting;
using DarkSector.Reporting.Reports;
using DarkSector.Reporting.Scans;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Reweighting;

namespace DarkSector.Reporting.Reweighting;

/// <summary>The report of a closure test of a joint sample (<c>darksector closure</c>): the kernel predictions of
/// <see cref="JointSamplePrediction"/> against dedicated simulations at random points (<see cref="Sampling.Reweighting.Closure"/>),
/// as JSON, text and a pull figure.</summary>
/// <remarks>JSON keys (a public contract): sample, experiment, analysis, family, massPoints, eventsPerPoint, fixed, method,
/// bandwidths, crossValidation [{bandwidths, score}], events, seed, points [{theta, signal, signalMcError,
/// effectiveSampleSize, distinctMassPoints, flagged, direct, directMcError, pull, relativeBias, minusTwoLnL,
/// minusTwoLnLDirect}], summary {coverageOneSigma, coverageTwoSigma, meanPull, pullStandardDeviation, precisePoints,
/// biasWithinTenPercent, meanRelativeBias, flagged}, seconds, cpuSeconds.</remarks>
public sealed record ClosureRunReport
{
    /// <summary>The sample file.</summary>
    public required string SamplePath { get; init; }

    /// <summary>The kernel prediction of the sample.</summary>
    public required JointSamplePrediction Joint { get; init; }

    /// <summary>The closure result.</summary>
    public required ClosureReport Report { get; init; }

    /// <summary>Events of each dedicated simulation.</summary>
    public required int Events { get; init; }

    /// <summary>Seed of the points and the dedicated simulations.</summary>
    public required ulong Seed { get; init; }

    /// <summary>Wall time, seconds.</summary>
    public required double Seconds { get; init; }

    /// <summary>Processor time, seconds.</summary>
    public required double CpuSeconds { get; init; }

    /// <summary>The report as JSON (without provenance keys).</summary>
    public JsonObject ToJson()
    {
        var m = Joint.Sample.Metadata;
        var r = Report;
        return ReportJson.Object(new
        {
            sample = SamplePath,
            experiment = m.ExperimentId,
            analysis = m.AnalysisId,
            family = m.Family,
            massPoints = m.PointCount,
            eventsPerPoint = m.EventsPerPoint,
            @fixed = m.FixedParameters,
            method = Joint.Method,
            bandwidths = Joint.Bandwidths,
            crossValidation = Joint.Selection?.Candidates.Select(c => new { bandwidths = c.Bandwidths, score = c.Score }),
            events = Events,
            seed = Seed,
            points = r.Points.Select(p => new
            {
                theta = m.Axes.Select((a, k) => (a.Name, Value: p.Theta[k])).ToDictionary(t => t.Name, t => t.Value),
                signal = p.Kernel.Signal,
                signalMcError = p.Kernel.SignalMcError,
                effectiveSampleSize = p.Kernel.EffectiveSampleSize,
                distinctMassPoints = p.Kernel.DistinctMassPoints,
                flagged = p.Kernel.Flagged,
                direct = p.Direct,
                directMcError = p.DirectMcError,
                pull = p.Pull,
                relativeBias = p.RelativeBias,
                minusTwoLnL = p.MinusTwoLnLKernel,
                minusTwoLnLDirect = p.MinusTwoLnLDirect,
            }),
            summary = new
            {
                coverageOneSigma = r.CoverageOneSigma,
                coverageTwoSigma = r.CoverageTwoSigma,
                meanPull = r.MeanPull,
                pullStandardDeviation = r.PullStandardDeviation,
                precisePoints = r.PrecisePoints,
                biasWithinTenPercent = r.BiasWithinTenPercent,
                meanRelativeBias = r.MeanRelativeBias,
                flagged = r.Flagged,
            },
            seconds = Seconds,
            cpuSeconds = CpuSeconds,
        });
    }

    /// <summary>Writes the report as text: one line per point, then the summary.</summary>
    /// <param name="o">The writer.</param>
    public void WriteText(TextWriter o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var (m, r) = (Joint.Sample.Metadata, Report);
        o.WriteLine($"{Joint.Method}");
        foreach (var p in r.Points)
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{string.Join(", ", m.Axes.Select((a, k) => $"{a.Name} {p.Theta[k]:G4}"))}: kernel {p.Kernel.Signal:G4} +- {p.Kernel.SignalMcError:G2}, direct {p.Direct:G4} +- {p.DirectMcError:G2}, pull {p.Pull:0.00}{(p.Kernel.Flagged ? " (flagged)" : "")}"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{r.Points.Count} points: |pull| <= 1 at {r.CoverageOneSigma:P0}, <= 2 at {r.CoverageTwoSigma:P0}; mean pull {r.MeanPull:0.00}, spread {r.PullStandardDeviation:0.00}; |bias| <= 10% at {r.BiasWithinTenPercent:P0} of the {r.PrecisePoints} points with direct error <= 5%; {r.Flagged} flagged; {Seconds:0.#} s"));
    }

    /// <summary>The files of the report, rendered: the JSON to <paramref name="jsonPath"/> and the pull plot
    /// (<see cref="PullPlot"/>, format by extension) to <paramref name="plotPath"/>, each when given (write them with
    /// <see cref="Outputs.OutputFiles.Write"/>).</summary>
    /// <param name="json">The report's JSON text as written (with the run's provenance keys).</param>
    /// <param name="jsonPath">The JSON file, or null.</param>
    /// <param name="plotPath">The figure (.svg, .pdf or .png), or null.</param>
    public IReadOnlyList<(string Path, byte[] Bytes)> Files(string json, string? jsonPath, string? plotPath)
    {
        ArgumentNullException.ThrowIfNull(json);
        var files = new List<(string Path, byte[] Bytes)>();
        if (jsonPath is not null) files.Add((jsonPath, Outputs.OutputFiles.Utf8(json)));
        if (plotPath is not null) files.Add((plotPath, FigureFile.Render([PullPlot()], 1, null, FigureFile.FormatOf(plotPath))));
        return files;
    }

    /// <summary>The pulls against the first axis (log scale), the ±2 band, flagged points apart.</summary>
    public SvgPlot PullPlot()
    {
        var (metadata, report) = (Joint.Sample.Metadata, Report);
        var axis = metadata.Axes[0];
        double limit = Math.Clamp(report.Points.Select(p => Math.Abs(p.Pull)).Where(double.IsFinite).DefaultIfEmpty(0).Max() * 1.1, 3, 20);
        double Clip(double pull) => Math.Clamp(double.IsNaN(pull) ? 0 : pull, -limit, limit);
        var plot = new SvgPlot(new PlotAxis(axis.Minimum, axis.Maximum, AxisScale.Logarithmic, ScanAxisTitles.Title(axis.Name)),
            new PlotAxis(-limit, limit, AxisScale.Linear, "pull (kernel - direct)/sigma"),
            $"closure of the joint sample: {metadata.ExperimentId} {metadata.AnalysisId}, {metadata.PointCount} mass points");
        foreach (double level in new[] { -2.0, 2.0 })
            plot.AddLine([new ContourPoint(axis.Minimum, level), new ContourPoint(axis.Maximum, level)], "gray", level > 0 ? "|pull| = 2" : null);
        plot.AddPoints(report.Points.Where(p => !p.Kernel.Flagged).Select(p => (p.Theta[0], Clip(p.Pull), Clip(p.Pull), Clip(p.Pull))), "#1f77b4", "points");
        plot.AddPoints(report.Points.Where(p => p.Kernel.Flagged).Select(p => (p.Theta[0], Clip(p.Pull), Clip(p.Pull), Clip(p.Pull))), "#d62728", "flagged points");
        plot.AddCaption(string.Create(CultureInfo.InvariantCulture,
            $"|pull| <= 2 at {report.CoverageTwoSigma:P0} of {report.Points.Count} points; mean pull {report.MeanPull:0.00}, spread {report.PullStandardDeviation:0.00}"));
        return plot;
    }
}
