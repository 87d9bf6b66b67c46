using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using DarkSector.Cli.Commands.Options;
using DarkSector.Cli.Commands.Scan;
using DarkSector.Cli.Hosting;
using DarkSector.Cli.Plotting;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Scans;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Cli.Commands;

/// <summary>
/// <c>darksector scan &lt;experiment&gt; &lt;family&gt; --x name:min:max:lin|log:n --y ... --fix name=value,... --out scan.json
/// [--plot scan.svg] [--cl CL] [--sigmas 1,2,3] [--events N] [--seed S] [--benchmark x,y] [--json]</c>: −2 ln L of one analysis on a
/// two-parameter grid, −2 Δ ln L relative to the minimum over the plane and the background-only hypothesis
/// (<see cref="LikelihoodScan"/>), the contours at the confidence level's threshold (2 dof), a JSON file and an SVG.
/// </summary>
/// <remarks>
/// Families and their parameter names: <see cref="ScanFamily"/> (dark-photon: <see cref="DarkPhotonScanFamily"/>, dipole:
/// <see cref="DipoleScanFamily"/>). When at most one axis is a mass (m-n, mzprime), one simulation per value of that axis (or a single one) keeps the
/// selected events with their fiducial crossings (photon-conversion analyses: the decay line as segments weighted by the
/// conversion probability, <see cref="SimulatedDecay"/>), and every grid point is their exact reweighting: production × BR
/// ratio s = (P BR_vis)(point)/(same at the reference), P the family's production coupling product (|V_μN|² α_D ε² or |d_μN|²) and w_τ at the point's c τ₀ (the reference is the
/// coupling with the longest lifetime, so no decay probability underflows). With two mass axes, a joint sample of
/// --mass-points simulations at random masses is reweighted by the kernel (<see cref="Sampling.Reweighting.KernelReweighter"/>,
/// the lifetime recomputed at each point's c τ₀), or with --mass-points 0 each grid point is one
/// <see cref="Sampling.Simulation.DetectorSimulation"/> run with the same seed (points in parallel). JSON (file, and stdout with
/// --json): experiment, analysis, data (observed, or asimov with --data asimov: the sensitivity), x/y {name, scale, values}, fixed, minusTwoLnL and delta (x fastest), minimum,
/// backgroundOnly, best {x, y}, threshold, confidenceLevel, contours [{closed, points [{x, y}]}], benchmark {x, y, delta}
/// (if given), regions [{sigma, threshold, contours}] (with --sigmas: the preferred regions around the minimum,
/// <see cref="PreferredRegions"/>, drawn instead of the CL contour; null otherwise), seconds.
/// <para>Generate once, scan many slices: with <c>--sample joint.dsev</c> (a joint sample written by <c>darksector sample</c>,
/// or by a two-mass scan with <c>--save-sample</c>) every grid point is reweighted from the saved sample
/// (<see cref="JointSampleScan"/>): kernel in the masses, exact production × BR_vis ratio to the sample's reference
/// couplings, lifetime from the stored crossings at the point's c τ₀. Any slice works — two masses, one mass and one
/// coupling (the other mass fixed), or two couplings at fixed masses — as long as the sample's experiment, analysis (the
/// default analysis is the sample's) and family match and every mass (axis range or --fix value) lies inside the
/// sample's box; otherwise one-line error naming the option and the allowed range. A two-mass scan without --sample
/// builds the same joint sample in memory (box = the grid, --mass-points, --events, --seed), so that scanning its saved
/// file gives the same numbers bit for bit. With --sample, --mass-points is an error (the file fixes it), and so are
/// --events and --seed unless --benchmark is given (they then set only the benchmark point's simulation).</para>
/// </remarks>
internal sealed class ScanCommand : CliCommand
{
    private readonly Argument<string> _experiment = new("experiment") { Description = "Experiment id, e.g. t2k-nd280." };

    private readonly Argument<string> _family = new Argument<string>("family") { Description = "Model family: dark-photon or dipole." }
        .AcceptOnlyFromAmong([.. ScanFamily.All.Select(f => f.Name)]);

    private readonly Option<string> _dipoleConvention = DipoleOptions.NormalisationOption();

    private readonly Option<string> _x = new("--x") { Description = "Horizontal axis name:min:max:lin|log:n, e.g. m-n:0.01:0.5:log:60.", Required = true };

    private readonly Option<string> _y = new("--y") { Description = "Vertical axis name:min:max:lin|log:n, e.g. v-mu-n2:1e-10:1e-5:log:60.", Required = true };

    private readonly Option<string?> _fix = new("--fix") { Description = "Fixed parameters name=value,... (dark-photon: " + string.Join(", ", ScanFamily.Get("dark-photon").Names) + "; dipole: " + string.Join(", ", ScanFamily.Get("dipole").Names) + ")." };

    private readonly Option<string?> _analysis = new("--analysis") { Description = "Analysis id (default: the experiment's first analysis)." };

    private readonly Option<int> _events = new("--events") { Description = "Generated events per grid point (>= 100).", DefaultValueFactory = _ => 2000 };

    private readonly Option<ulong> _seed = new("--seed") { Description = "Random seed (the same at every grid point).", DefaultValueFactory = _ => 1UL };

    private readonly Option<double?> _cl = new("--cl") { Description = "Confidence level in (0, 1) (default: the experiment's publication default, e.g. 0.9 for T2K, 0.95 for MINERvA and MicroBooNE)." };

    private readonly Option<string?> _sample = new("--sample") { Description = "Joint sample file to reweight (from darksector sample or --save-sample): scans any slice inside its box." };

    private readonly Option<string?> _saveSample = new("--save-sample") { Description = "Two mass axes: also write the joint sample built for this scan (for later --sample)." };

    private readonly Option<int> _massPoints = new("--mass-points")
    {
        Description = "With two mass axes: number of mass points of the joint sample reweighted by the kernel (0: simulate every grid point).",
        DefaultValueFactory = _ => 100,
    };

    private readonly Option<double?> _bandwidth = new("--bandwidth") { Description = "Kernel half-width in decades (joint sample; default about 16 mass points per kernel box: 2 x axis span / sqrt(mass points) for two masses)." };

    private readonly Option<string> _out = new("--out") { Description = "Output JSON file.", Required = true };

    private readonly Option<string?> _plot = new("--plot") { Description = "Output SVG figure." };

    private readonly Option<string> _data = new Option<string>("--data")
    {
        Description = "Data to compare with: 'observed' (the analysis's counts, default) or 'asimov' (the expected background: the sensitivity).",
        DefaultValueFactory = _ => "observed",
    }.AcceptOnlyFromAmong("observed", "asimov");

    private readonly Option<string?> _sigmas = new("--sigmas")
    {
        Description = "Preferred regions: comma-separated significances, e.g. 1,2,3 (contours of -2 Delta ln L around the minimum at that many sigma for 2 dof: 2.30, 6.18, 11.83).",
    };

    private readonly Option<string?> _benchmark = new("--benchmark") { Description = "Benchmark point x,y: starred in the plot, its -2 Delta ln L reported." };

    public override string Path => "scan";

    public override string Description => "Likelihood scan of an analysis over two parameters, with the exclusion contour (JSON and SVG).";

    protected override void Configure(Command command)
    {
        command.Arguments.Add(_experiment);
        command.Arguments.Add(_family);
        foreach (Option option in new Option[] { _x, _y, _fix, _analysis, _events, _seed, _cl, _sample, _saveSample, _massPoints, _bandwidth, _out, _plot, _benchmark, _data, _sigmas, _dipoleConvention })
            command.Options.Add(option);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var family = ScanFamily.Get(parse.GetValue(_family)!, parse.GetValue(_dipoleConvention)!, parse.GetResult(_dipoleConvention) is { Implicit: false });
        var x = AxisSpec.Parse(parse.GetValue(_x)!, "--x", family);
        var y = AxisSpec.Parse(parse.GetValue(_y)!, "--y", family);
        if (x.Name == y.Name) throw new ArgumentException($"--x and --y both scan '{x.Name}'");
        var fixedValues = family.ParseFixed(parse.GetValue(_fix));
        foreach (var axis in new[] { x, y })
            if (fixedValues.ContainsKey(axis.Name)) throw new ArgumentException($"--fix: '{axis.Name}' is scanned on an axis");
        double? requestedCl = parse.GetValue(_cl);
        if (requestedCl is double given && !(given > 0 && given < 1)) throw new ArgumentOutOfRangeException("--cl", given, $"--cl = {given} is outside (0, 1)");
        (double X, double Y)? benchmark = parse.GetValue(_benchmark) is string b ? ParsePair(b) : null;
        var sigmas = parse.GetValue(_sigmas) is string sigmaList ? PreferredRegions.ParseSigmas(sigmaList, "--sigmas") : null;

        string? samplePath = parse.GetValue(_sample);
        var saved = samplePath is null ? null : JointSampleScan.Read(samplePath, "--sample");
        if (saved is not null && parse.GetValue(_saveSample) is not null) throw new ArgumentException("--save-sample: the scan already reads a saved sample (--sample)");
        if (saved is not null)
        {
            // The saved sample fixes its mass points, events per point and seed; only a --benchmark point is simulated.
            if (parse.GetResult(_massPoints) is { Implicit: false })
                throw new ArgumentException($"--mass-points: not allowed with --sample (the saved sample fixes it: {saved.Metadata.PointCount} mass points)");
            foreach (var (option, value) in new (Option Option, string Value)[] { (_events, $"{saved.Metadata.EventsPerPoint} events per mass point"), (_seed, $"seed {saved.Metadata.Seed}") })
                if (benchmark is null && parse.GetResult(option) is { Implicit: false })
                    throw new ArgumentException($"{option.Name}: not allowed with --sample (the saved sample fixes it: {value}) unless --benchmark is given, whose point it then simulates");
        }
        var signal = new ExperimentSignal(parse.GetValue(_experiment)!, parse.GetValue(_analysis) ?? (saved?.Metadata.ExperimentId == parse.GetValue(_experiment) ? saved?.Metadata.AnalysisId : null), parse.GetValue(_events), parse.GetValue(_seed),
            parse.GetValue(_data) == "asimov");
        double cl = requestedCl ?? signal.Experiment.Defaults.ConfidenceLevel;
        Dictionary<string, double> Point(double xv, double yv) => new(fixedValues) { [x.Name] = xv, [y.Name] = yv };
        ISignalModel Model(IReadOnlyDictionary<string, double> values) => family.Signal(values, signal.Analysis);
        double Simulated(double xv, double yv) => signal.Evaluate(Model(Point(xv, yv))).MinusTwoLnL;
        // Fail on a bad model specification once, before the grid runs in parallel.
        _ = Model(Point(x.Values[0], y.Values[0]));
        double background = signal.BackgroundOnly();
        Func<int, int, double> evaluate;
        string method;
        Func<int, int, double> Reweighted(JointSampleScan joint) => (i, j) =>
        {
            var mu = new double[joint.BinCount];
            var w2 = new double[joint.BinCount];
            joint.Predict(Point(x.Values[i], y.Values[j]), mu, w2);
            return signal.MinusTwoLnL(mu, w2);
        };
        if (parse.GetValue(_saveSample) is not null && !(saved is null && family.IsMass(x.Name) && family.IsMass(y.Name) && parse.GetValue(_massPoints) > 0))
            throw new ArgumentException("--save-sample: only a scan over two mass axes with --mass-points > 0 builds a joint sample (or use darksector sample)");
        if (saved is not null)
        {
            var joint = new JointSampleScan(saved, family, signal, parse.GetValue(_bandwidth), $"--sample {samplePath}");
            joint.CheckCovers([(x.Name, x.Min, x.Max, "--x"), (y.Name, y.Min, y.Max, "--y")], fixedValues);
            evaluate = Reweighted(joint);
            method = $"{joint.Method}, from {samplePath}";
        }
        else if (family.IsMass(x.Name) && family.IsMass(y.Name))
        {
            int massPoints = parse.GetValue(_massPoints);
            if (massPoints is < 0 or > 100_000) throw new ArgumentOutOfRangeException("--mass-points", massPoints, $"--mass-points = {massPoints} is outside [0, 100000]");
            if (massPoints == 0)
            {
                evaluate = (i, j) => Simulated(x.Values[i], y.Values[j]);
                method = "simulation per grid point";
            }
            else
            {
                var sample = JointSampleScan.Generate(signal, family, [new(x.Name, x.Min, x.Max), new(y.Name, y.Min, y.Max)], fixedValues, massPoints, parse.GetValue(_seed));
                if (parse.GetValue(_saveSample) is string savePath) JointSampleFile.Write(sample, savePath);
                var joint = new JointSampleScan(sample, family, signal, parse.GetValue(_bandwidth), "the joint sample");
                evaluate = Reweighted(joint);
                method = joint.Method;
            }
        }
        else
        {
            // One simulation per mass value (or one in all), reweighted exactly in couplings and lifetime.
            var massAxis = family.IsMass(x.Name) ? x : family.IsMass(y.Name) ? y : null;
            var couplingAxis = ReferenceEquals(massAxis, x) ? y : x;
            int groups = massAxis?.Values.Length ?? 1;
            var samples = new (Sampling.Reweighting.ReweightingEvents Events, double Couplings, double Br)[groups];
            Parallel.For(0, groups, g =>
            {
                var values = new Dictionary<string, double>(fixedValues);
                if (massAxis is not null) values[massAxis.Name] = massAxis.Values[g];
                // Reference: the longest lifetime on the coupling axis, so that no event's decay probability underflows.
                Dictionary<string, double>? best = null;
                double longest = -1;
                foreach (double c in couplingAxis.Values)
                {
                    var v = new Dictionary<string, double>(values) { [couplingAxis.Name] = c };
                    double ctau = Model(v).ProperDecayLengthCm;
                    if (ctau > longest) (longest, best) = (ctau, v);
                }
                var reference = Model(best!);
                samples[g] = (signal.Sample(reference), family.ProductionCouplings(best!), reference.VisibleBranchingRatio);
            });
            evaluate = (i, j) =>
            {
                var values = Point(x.Values[i], y.Values[j]);
                var model = Model(values);
                var (events, couplings, br) = samples[massAxis is null ? 0 : ReferenceEquals(massAxis, x) ? i : j];
                double scale = family.ProductionCouplings(values) / couplings * model.VisibleBranchingRatio / br;
                var mu = new double[events.BinCount];
                var w2 = new double[events.BinCount];
                events.PredictAtSampledPoint(scale, model.ProperDecayLengthCm, mu, w2);
                return signal.MinusTwoLnL(mu, w2);
            };
            method = massAxis is null ? "one simulation, exact coupling and lifetime reweighting" : $"one simulation per {massAxis.Name} value, exact coupling and lifetime reweighting";
            if (signal.Analysis.Signal == SignalTopology.PhotonConversionInFiducial)
                method += " (photon conversion: lifetime by the decay-line quadrature of the conversion probability, |dP_conv| <= 0.01 per segment)";
        }
        var result = LikelihoodScan.Run(x.Values, x.Scale, y.Values, y.Scale, evaluate, cl, 2, background);
        double MinusTwoLnL(double xv, double yv) => Simulated(xv, yv);
        double? benchmarkDelta = benchmark is var (bx, by) ? MinusTwoLnL(bx, by) - result.Minimum : null;
        var regions = sigmas is null ? null : PreferredRegions.Extract(result, sigmas);

        var report = new
        {
            experiment = signal.Experiment.Info.Id,
            family = family.Name,
            analysis = signal.Analysis.Id,
            data = signal.IsAsimov ? "asimov" : "observed",
            x = new { name = x.Name, scale = x.ScaleName, values = result.X },
            y = new { name = y.Name, scale = y.ScaleName, values = result.Y },
            @fixed = fixedValues,
            minusTwoLnL = result.MinusTwoLnL,
            delta = result.Delta,
            minimum = result.Minimum,
            backgroundOnly = background,
            best = new { x = result.BestX, y = result.BestY },
            threshold = result.Threshold,
            confidenceLevel = cl,
            contours = result.Contours.Select(c => new { closed = c.IsClosed, points = c.Points.Select(p => new { x = p.X, y = p.Y }) }),
            benchmark = benchmark is var (px, py) ? new { x = px, y = py, delta = benchmarkDelta } : null,
            regions = regions?.Select(r => new
            {
                sigma = r.Sigma,
                threshold = r.Threshold,
                contours = r.Contours.Select(c => new { closed = c.IsClosed, points = c.Points.Select(p => new { x = p.X, y = p.Y }) }),
            }),
            method,
            seconds = clock.Elapsed.TotalSeconds,
        };
        string json = JsonSerializer.Serialize(report, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true });
        AtomicFile.Write(parse.GetValue(_out)!, stream => stream.Write(new System.Text.UTF8Encoding(false).GetBytes(json)));
        if (parse.GetValue(_plot) is string plotPath)
        {
            var plot = new SvgPlot(new PlotAxis(x.Min, x.Max, x.Scale, x.Name), new PlotAxis(y.Min, y.Max, y.Scale, y.Name),
                regions is null
                    ? $"{signal.Experiment.Info.Id} {signal.Analysis.Id}: {cl * 100:0.#}% CL{(signal.IsAsimov ? " sensitivity (Asimov data)" : "")}"
                    : $"{signal.Experiment.Info.Id} {signal.Analysis.Id}: preferred regions (2 dof){(signal.IsAsimov ? ", Asimov data" : "")}");
            if (regions is not null) PreferredRegions.Draw(plot, regions, result);   // preferred regions replace the CL contour
            else
                for (int c = 0; c < result.Contours.Count; c++)
                    plot.AddLine(result.Contours[c].Points, "#c0392b", c == 0 ? $"-2 dlnL = {result.Threshold:0.##}" : null, result.Contours[c].IsClosed);
            if (benchmark is var (sx, sy)) plot.AddStar(sx, sy, "#f39c12", "benchmark");
            plot.Save(plotPath);
        }
        if (context.Json) context.Out.WriteLine(json);
        else
        {
            var o = context.Out;
            o.WriteLine($"{signal.Experiment.Info.Name}, analysis {signal.Analysis.Id}: {x.Values.Length} x {y.Values.Length} points, {(saved is null ? $"{parse.GetValue(_events)} events each" : $"reweighted from {samplePath}")}, {clock.Elapsed.TotalSeconds:0.#} s");
            o.WriteLine($"minimum -2 ln L = {result.Minimum:0.####} (background only {background:0.####}), threshold {result.Threshold:0.###} ({cl * 100:0.#}% CL, 2 dof)");
            o.WriteLine($"contours: {result.Contours.Count}; written {parse.GetValue(_out)}");
            if (benchmarkDelta is double d) o.WriteLine($"benchmark -2 Delta ln L = {d:0.###}");
            foreach (var r in regions ?? []) o.WriteLine($"{r.Sigma:0.##} sigma region (-2 Delta ln L < {r.Threshold:0.##}): {r.Contours.Count} contour(s)");
        }
        return 0;
    }

    private static (double, double) ParsePair(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double a)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double b))
            return (a, b);
        throw new FormatException($"--benchmark: '{text}' is not x,y");
    }

    /// <summary>A parsed axis option name:min:max:lin|log:n.</summary>
    private sealed record AxisSpec(string Name, double Min, double Max, AxisScale Scale, double[] Values)
    {
        public string ScaleName => Scale == AxisScale.Logarithmic ? "log" : "lin";

        public static AxisSpec Parse(string text, string option, ScanFamily family)
        {
            var parts = text.Split(':', StringSplitOptions.TrimEntries);
            if (parts.Length != 5)
                throw new FormatException($"{option}: '{text}' is not name:min:max:lin|log:n");
            family.CheckName(parts[0], option);
            if (!double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double min)
                || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out double max))
                throw new FormatException($"{option}: '{text}': min and max must be numbers");
            var scale = parts[3] switch
            {
                "lin" => AxisScale.Linear,
                "log" => AxisScale.Logarithmic,
                _ => throw new FormatException($"{option}: scale '{parts[3]}' must be lin or log"),
            };
            if (!int.TryParse(parts[4], NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) || n < 2 || n > 1000)
                throw new ArgumentOutOfRangeException(option, parts[4], $"{option}: n = {parts[4]} is outside [2, 1000]");
            return new AxisSpec(parts[0], min, max, scale, LikelihoodScan.Axis(min, max, scale, n));
        }
    }
}
