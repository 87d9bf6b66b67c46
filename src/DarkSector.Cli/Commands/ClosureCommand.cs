using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Simulation;
using DarkSector.Sampling.Inference;
using System.CommandLine;
using System.Globalization;
using System.Text;
using DarkSector.Reporting.Scans;
using DarkSector.Cli.Hosting;
using DarkSector.Reporting.Plotting;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Reweighting;

namespace DarkSector.Cli.Commands;

/// <summary>
/// <c>darksector closure SAMPLE.dsev --points N [--events M] [--seed S] [--bandwidth H] [--out FILE.json]
/// [--plot FILE.svg] [--json]</c>: checks a joint sample against dedicated simulations (issue 27): at N random points of
/// the sample's box, the kernel prediction <c>scan --sample</c> makes (<see cref="JointSamplePrediction"/>: local-linear,
/// cross-validated half-widths unless --bandwidth) against a simulation of M events at the point, both at the sample's
/// reference couplings (<see cref="Closure"/>).
/// </summary>
/// <remarks>
/// <para>Reported: per point θ, the kernel signal and MC error, effective sample size, mass points in the kernel and
/// flag, the direct signal and MC error, the pull (kernel − direct)/√(σ_k² + σ_d²), the relative bias and both −2 ln L;
/// the summary (coverage of |pull| ≤ 1 and ≤ 2, mean and spread of the pulls, the fraction of points with |bias| ≤ 10%
/// among those whose direct MC error is ≤ 5%, flagged points) and the kernel's half-widths. JSON to --out (atomic) and
/// to stdout with --json; --plot draws the pulls against the first axis with the ±2 band.</para>
/// </remarks>
internal sealed class ClosureCommand : CliCommand
{
    private readonly Experiments.PluginFolderOption _plugins = new();

    private readonly Argument<string> _sample = new("sample") { Description = "Joint sample file (.dsev) written by darksector sample." };

    private readonly Option<int> _points = new("--points") { Description = "Number of random points in the sample's box (1 to 10000).", Required = true };

    private readonly Option<int> _events = new("--events") { Description = "Events of each dedicated simulation (>= 100).", DefaultValueFactory = _ => 20_000 };

    private readonly Option<ulong> _seed = new("--seed") { Description = "Seed of the points and of the dedicated simulations.", DefaultValueFactory = _ => 1UL };

    private readonly Option<double?> _bandwidth = new("--bandwidth") { Description = "Kernel half-width in decades (default: leave-one-mass-point-out cross-validation)." };

    private readonly Option<string?> _out = new("--out") { Description = "Write the JSON report to this file (.json)." };

    private readonly Option<string?> _plot = new("--plot") { Description = "Plot of the pulls (.svg, .pdf or .png)." };

    public override string Path => "closure";

    public override string Description => "Check a joint sample's kernel predictions against dedicated simulations at random points (bias, pulls, coverage).";

    protected override void Configure(Command command)
    {
        _plugins.AddTo(command);
        command.Arguments.Add(_sample);
        foreach (Option option in new Option[] { _points, _events, _seed, _bandwidth, _out, _plot }) command.Options.Add(option);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        OutputPaths.Check("--out", parse.GetValue(_out), ".json");
        OutputPaths.Check("--plot", parse.GetValue(_plot), FigureFile.Extensions);
        int points = parse.GetValue(_points);
        if (points is < 1 or > 10_000) throw new ArgumentOutOfRangeException("--points", points, $"--points = {points} is outside [1, 10000]");
        string path = parse.GetValue(_sample)!;
        int events = parse.GetValue(_events);
        if (events < 100) throw new ArgumentOutOfRangeException("--events", events, $"--events = {events} must be >= 100");
        var sample = JointSamplePrediction.Read(path, "sample");
        var m = sample.Metadata;
        var family = ModelFamilies.Get(m.Family);
        var signal = AnalysisInference.For(_plugins.Discover(parse).Get(m.ExperimentId), m.AnalysisId,
            new SimulationOptions { Events = events, Seed = parse.GetValue(_seed) });
        var joint = new JointSamplePrediction(sample, family, signal, parse.GetValue(_bandwidth), path);
        var (_, modelAt) = JointSamplePrediction.Plan(signal, family, m.Axes, m.FixedParameters, m.PointCount, m.Seed);
        ClosureReport report;
        using (var progress = CliProgress.Start(context, $"closure {m.ExperimentId}", points))
            report = Closure.Run(joint.Reweighter, m, signal.Experiment, signal.Analysis, modelAt, points, signal.Options,
                (mu, w2) => signal.MinusTwoLnL(mu, w2), () => progress.Advance());
        double cpuSeconds = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;

        var json = context.Serialize(new
        {
            sample = path,
            experiment = m.ExperimentId,
            analysis = m.AnalysisId,
            family = m.Family,
            massPoints = m.PointCount,
            eventsPerPoint = m.EventsPerPoint,
            @fixed = m.FixedParameters,
            method = joint.Method,
            bandwidths = joint.Bandwidths,
            crossValidation = joint.Selection?.Candidates.Select(c => new { bandwidths = c.Bandwidths, score = c.Score }),
            events = signal.Options.Events,
            seed = signal.Options.Seed,
            points = report.Points.Select(p => new
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
                coverageOneSigma = report.CoverageOneSigma,
                coverageTwoSigma = report.CoverageTwoSigma,
                meanPull = report.MeanPull,
                pullStandardDeviation = report.PullStandardDeviation,
                precisePoints = report.PrecisePoints,
                biasWithinTenPercent = report.BiasWithinTenPercent,
                meanRelativeBias = report.MeanRelativeBias,
                flagged = report.Flagged,
            },
            seconds = clock.Elapsed.TotalSeconds,
            cpuSeconds,
        });

        // Render every output first, then write them: all or none.
        var files = new List<(string Path, byte[] Bytes)>();
        if (parse.GetValue(_out) is string outPath) files.Add((outPath, new UTF8Encoding(false).GetBytes(json)));
        if (parse.GetValue(_plot) is string plotPath) files.Add((plotPath, FigureFile.Render([PullPlot(report, m)], 1, null, FigureFile.FormatOf(plotPath))));
        foreach (var (file, bytes) in files) AtomicFile.Write(file, stream => stream.Write(bytes));

        if (context.Json) context.Out.WriteLine(json);
        else
        {
            var o = context.Out;
            o.WriteLine($"{joint.Method}");
            foreach (var p in report.Points)
                o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{string.Join(", ", m.Axes.Select((a, k) => $"{a.Name} {p.Theta[k]:G4}"))}: kernel {p.Kernel.Signal:G4} +- {p.Kernel.SignalMcError:G2}, direct {p.Direct:G4} +- {p.DirectMcError:G2}, pull {p.Pull:0.00}{(p.Kernel.Flagged ? " (flagged)" : "")}"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{points} points: |pull| <= 1 at {report.CoverageOneSigma:P0}, <= 2 at {report.CoverageTwoSigma:P0}; mean pull {report.MeanPull:0.00}, spread {report.PullStandardDeviation:0.00}; |bias| <= 10% at {report.BiasWithinTenPercent:P0} of the {report.PrecisePoints} points with direct error <= 5%; {report.Flagged} flagged; {clock.Elapsed.TotalSeconds:0.#} s"));
        }
        return 0;
    }

    /// <summary>The pulls against the first axis (log scale), the ±2 band, flagged points apart.</summary>
    private static SvgPlot PullPlot(ClosureReport report, JointSampleMetadata metadata)
    {
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
