using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DarkSector.Cli.Commands.Options;
using DarkSector.Cli.Commands.Scan;
using DarkSector.Cli.Hosting;
using DarkSector.Cli.Plotting;
using DarkSector.Sampling.Distributed;
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
/// <see cref="DipoleScanFamily"/>, 3p1: <see cref="ThreePlusOneScanFamily"/>, dipole+3p1: <see cref="DipoleOscillationScanFamily"/>).
/// The last two are predicted directly at every grid point (<see cref="ScanFamily.CreatePredictor"/>: the oscillation from
/// the analysis's appearance Monte Carlo, plus one dipole simulation at a fixed mass), optionally minimising over a third
/// parameter's grid (--profile, <see cref="ProfileMinimum"/>); the JSON then adds profile {name, scale, grid, values per
/// point}. Every scan's JSON has bestFit (the best grid point's parameters by JSON name, fixed and profiled ones included,
/// and chi2) and deltaChi2Background (background only − minimum). When at most one axis is a mass (m-n, mzprime), one simulation per value of that axis (or a single one) keeps the
/// selected events with their fiducial crossings (photon-conversion analyses: the decay line as segments weighted by the
/// conversion probability, <see cref="SimulatedDecay"/>), and every grid point is their exact reweighting: production × BR
/// ratio s = (P BR_vis)(point)/(same at the reference), P the family's production coupling product (|V_μN|² α_D ε² or |d_μN|²) and w_τ at the point's c τ₀ (the reference is the
/// coupling with the longest lifetime, so no decay probability underflows). With two mass axes, a joint sample of
/// --mass-points simulations at random masses is reweighted by the kernel (<see cref="Sampling.Reweighting.LocalLinearKernelReweighter"/>,
/// the lifetime recomputed at each point's c τ₀), or with --mass-points 0 each grid point is one
/// <see cref="Sampling.Simulation.DetectorSimulation"/> run with the same seed (points in parallel). JSON (file, and stdout with
/// --json): experiment, analysis, data (observed, or asimov with --data asimov: the sensitivity), x/y {name, scale, values}, fixed, minusTwoLnL and delta (x fastest), minimum,
/// backgroundOnly, best {x, y}, threshold, confidenceLevel, contours [{closed, points [{x, y}]}], benchmark {x, y, delta}
/// (if given), regions [{sigma, threshold, contours}] (with --sigmas: the preferred regions around the minimum,
/// <see cref="PreferredRegions"/>, drawn instead of the CL contour; null otherwise), seconds; from a joint sample also
/// signal, signalMcError, effectiveSampleSize, distinctMassPoints and flagged per grid point (same order as minusTwoLnL;
/// <see cref="Sampling.Reweighting.KernelPrediction"/>) and the kernel's bandwidths.
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
/// <para>Beyond one machine (docs/cluster.md): the work units are the grid's columns (the mass axis when exactly one axis is a
/// mass, else x); <c>--shard i/n</c> computes only shard i's columns into OUT.shard-i-of-n (<see cref="ShardRunner"/>),
/// <c>darksector merge</c> writes the scan from the parts (<see cref="WriteMerged"/>: the same code, so the same bytes
/// but <c>seconds</c>), and <c>--resume</c> checkpoints columns and continues a checkpoint. A column's values depend only on
/// the arguments and the column (every simulation uses --seed), so any sharding gives the single run's grid.</para>
/// </remarks>
internal sealed class ScanCommand : CliCommand
{
    private readonly ProductionSelectionOptions _production = new();

    private readonly Argument<string> _experiment = new("experiment") { Description = "Experiment id, e.g. t2k-nd280, or a comma list (miniboone,t2k-nd280,minerva,microboone) for a combined scan: every layer in one JSON and one figure." };

    private readonly Argument<string> _family = new Argument<string>("family") { Description = "Model family: dark-photon or dipole." }
        .AcceptOnlyFromAmong([.. ScanFamily.All.Select(f => f.Name)]);

    private readonly Option<string> _dipoleConvention = DipoleOptions.NormalisationOption();

    private readonly DarkSeesawOptions _card = DarkSeesawOptions.Optional();

    private readonly Option<string> _x = new("--x") { Description = "Horizontal axis name:min:max:lin|log:n, e.g. m-n:0.01:0.5:log:60.", Required = true };

    private readonly Option<string> _y = new("--y") { Description = "Vertical axis name:min:max:lin|log:n, e.g. v-mu-n2:1e-10:1e-5:log:60.", Required = true };

    private readonly Option<string?> _fix = new("--fix") { Description = "Fixed parameters name=value,... (" + string.Join("; ", ScanFamily.All.Select(f => f.Name + ": " + string.Join(", ", f.Names))) + ")." };

    private readonly Option<string?> _profile = new("--profile")
    {
        Description = "3p1 and dipole+3p1: a third parameter name:min:max:lin|log:n minimised over its grid at every point (profile); its best value per point is reported.",
    };

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

    private readonly Option<string[]> _out = new("--out")
    {
        Description = "Output file, by extension: .parquet (the grid as a table, docs/outputs.md) or else JSON; repeat for both.",
        Required = true,
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string[]> _plot = new("--plot") { Description = "Output figure, by extension: .svg, .pdf or .png; repeat for several.", Arity = ArgumentArity.OneOrMore };

    private readonly Option<string> _data = new Option<string>("--data")
    {
        Description = "Data to compare with: 'observed' (the analysis's counts, default) or 'asimov' (the expected background: the sensitivity).",
        DefaultValueFactory = _ => "observed",
    }.AcceptOnlyFromAmong("observed", "asimov");

    private readonly Option<string?> _sigmas = new("--sigmas")
    {
        Description = "Preferred regions: comma-separated significances, e.g. 1,2,3 (contours of -2 Delta ln L around the minimum at that many sigma for 2 dof: 2.30, 6.18, 11.83).",
    };

    private readonly Option<string[]> _overlay = new("--overlay")
    {
        Description = "Draw another scan's contours (its JSON, same two parameters) dashed on the figure: FILE.json or FILE.json=LABEL; repeatable.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string?> _benchmark = new("--benchmark") { Description = "Benchmark point x,y: starred in the plot, its -2 Delta ln L reported." };

    private readonly Option<string?> _shard = new("--shard")
    {
        Description = "Compute only shard i/n (0-based) of the grid's columns and write the part OUT.shard-i-of-n next to --out (join the parts with darksector merge).",
    };

    private readonly Option<bool> _resume = new("--resume")
    {
        Description = "Checkpoint finished columns in OUT.shard-i-of-n (OUT.shard-0-of-1 without --shard) and continue from it if it exists.",
    };

    /// <inheritdoc />
    public override string? HelpSection => Options.ModelOptionsHelp.ScanParameters();

    public override string Path => "scan";

    public override string Description => "Likelihood scan of an analysis over two parameters, with the exclusion contour (JSON or Parquet, and a figure).";

    protected override void Configure(Command command)
    {
        command.Arguments.Add(_experiment);
        command.Arguments.Add(_family);
        foreach (Option option in new Option[] { _x, _y, _fix, _analysis, _events, _seed, _cl, _sample, _saveSample, _massPoints, _bandwidth, _out, _plot, _benchmark, _data, _sigmas, _profile, _shard, _resume, _dipoleConvention, _overlay })
            command.Options.Add(option);
        _production.AddTo(command);
        _card.AddTo(command);
    }

    protected override int Execute(ParseResult parse, CliContext context) => Run(parse, context, null);

    /// <summary>Writes the scan of a merged job: the arguments of its parts' request, the grid from their payloads.</summary>
    /// <param name="request">The parts' request (kind "scan").</param>
    /// <param name="outPath">The scan's --out.</param>
    /// <param name="units">Payloads of every column, in column order.</param>
    /// <param name="context">Output writers.</param>
    internal static int WriteMerged(JobRequest request, string outPath, IReadOnlyList<byte[]> units, CliContext context)
    {
        var scan = new ScanCommand();
        var parse = scan.ParseAlone([.. request.Arguments, "--out", outPath]);
        if (parse.Errors.Count > 0) throw new ArgumentException($"the parts' scan arguments do not parse: {parse.Errors[0].Message}");
        // The merged file describes the scan the parts computed, not the merge command.
        return scan.Run(parse, context with { Provenance = RunProvenance.Of(parse) }, units);
    }

    private int Run(ParseResult parse, CliContext context, IReadOnlyList<byte[]>? merged)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        string[] outPaths = parse.GetValue(_out) ?? [];
        string[] plotPaths = parse.GetValue(_plot) ?? [];
        foreach (string path in outPaths) OutputPaths.Check("--out", path);
        foreach (string path in plotPaths) OutputPaths.Check("--plot", path, FigureFile.Extensions);
        OutputPaths.Check("--save-sample", parse.GetValue(_saveSample));
        if (parse.GetValue(_experiment)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } ids)
            return CombinedScanRun.Run(ids, CommandRequest.From(parse, "scan", _out.Name, _plot.Name, _cl.Name, _shard.Name, _resume.Name, _sigmas.Name).Arguments,
                outPaths, plotPaths, parse.GetValue(_cl), parse.GetValue(_sigmas) is string list ? PreferredRegions.ParseSigmas(list, "--sigmas") : null,
                (arguments, inner) => { var scan = new ScanCommand(); return scan.Run(scan.ParseAlone(arguments), inner, null); }, context);
        var family = ScanFamily.Get(parse.GetValue(_family)!, parse.GetValue(_dipoleConvention)!, parse.GetResult(_dipoleConvention) is { Implicit: false });
        if (family is DarkSeesawScanFamily) family = new DarkSeesawScanFamily(parse.GetValue(_card.Card) is null ? null : _card.Parameters(parse));
        var x = AxisSpec.Parse(parse.GetValue(_x)!, "--x", family);
        var y = AxisSpec.Parse(parse.GetValue(_y)!, "--y", family);
        var overlays = (parse.GetValue(_overlay) ?? []).Select(ScanOverlay.Parse).ToArray();
        foreach (var overlay in overlays) overlay.CheckPlane(x.Name, y.Name);
        if (x.Name == y.Name) throw new ArgumentException($"--x and --y both scan '{x.Name}'");
        var fixedValues = family.ParseFixed(parse.GetValue(_fix));
        var profile = parse.GetValue(_profile) is string profileText ? AxisSpec.Parse(profileText, "--profile", family) : null;
        if (profile is not null && !family.IsDirect)
            throw new ArgumentException($"--profile: only the directly predicted families ({string.Join(", ", ScanFamily.All.Where(f => f.IsDirect).Select(f => f.Name))}) profile a parameter");
        if (profile is not null && (profile.Name == x.Name || profile.Name == y.Name || fixedValues.ContainsKey(profile.Name)))
            throw new ArgumentException($"--profile: '{profile.Name}' is already scanned on an axis or fixed");
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
        string outPath = outPaths[0];   // the shard parts and checkpoints sit next to the first --out
        Shard? shard = parse.GetValue(_shard) is string shardText ? Shard.Parse(shardText) : null;
        bool resume = parse.GetValue(_resume);
        if (shard is not null && parse.GetValue(_saveSample) is not null) throw new ArgumentException("--save-sample: not allowed with --shard (shard the joint sample with darksector sample --shard)");
        if (shard is not null && saved is null && family.IsMass(x.Name) && family.IsMass(y.Name) && parse.GetValue(_massPoints) > 0)
            throw new ArgumentException("--shard: a two-mass scan builds one joint sample in memory; shard darksector sample instead, merge it, and scan it with --sample");
        // Work units: the columns of the mass axis when exactly one axis is a mass (one simulation each), else of x.
        bool unitsAlongY = saved is null && !family.IsMass(x.Name) && family.IsMass(y.Name);
        int unitCount = unitsAlongY ? y.Values.Length : x.Values.Length, unitLength = unitsAlongY ? x.Values.Length : y.Values.Length;
        var request = CommandRequest.From(parse, "scan", _out.Name, _shard.Name, _resume.Name);
        string partPath = (shard ?? Shard.Whole).PartPath(outPath);
        var start = ShardPartFile.OpenCheckpoint(partPath, request, shard ?? Shard.Whole, unitCount, merged is null && resume);
        if (saved is not null || parse.GetValue(_saveSample) is not null) _production.RejectWith(parse, "--sample or --save-sample");
        var signal = new ExperimentSignal(parse.GetValue(_experiment)!, parse.GetValue(_analysis) ?? (saved?.Metadata.ExperimentId == parse.GetValue(_experiment) ? saved?.Metadata.AnalysisId : null), parse.GetValue(_events), parse.GetValue(_seed),
            parse.GetValue(_data) == "asimov", o => _production.Apply(parse, o));
        double cl = requestedCl ?? signal.Experiment.Defaults.ConfidenceLevel;
        Dictionary<string, double> Point(double xv, double yv) => new(fixedValues) { [x.Name] = xv, [y.Name] = yv };
        ISignalModel Model(IReadOnlyDictionary<string, double> values) => family.Signal(values, signal.Analysis);
        double Simulated(double xv, double yv) => signal.Evaluate(Model(Point(xv, yv))).MinusTwoLnL;
        double background = signal.BackgroundOnly();
        double[]? profiled = null;
        Func<double, double, (double Value, double MinusTwoLnL)>? direct = null;
        if (family.IsDirect)
        {
            var scanned = new List<ScanFamily.ScannedParameter> { new(x.Name, x.Values), new(y.Name, y.Values) };
            if (profile is not null) scanned.Add(new(profile.Name, profile.Values));
            var predictor = family.CreatePredictor(signal, fixedValues, scanned);
            double At(Dictionary<string, double> values)
            {
                var mu = new double[signal.Analysis.Binning.Count];
                var w2 = new double[mu.Length];
                predictor(values, mu, w2);
                return signal.MinusTwoLnL(mu, w2);
            }
            direct = (xv, yv) => profile is null ? (double.NaN, At(Point(xv, yv)))
                : ProfileMinimum.Over(profile.Values, v => At(new Dictionary<string, double>(Point(xv, yv)) { [profile.Name] = v }));
            _ = direct(x.Values[0], y.Values[0]);   // fail on a bad specification once, before the grid runs in parallel
        }
        else
            _ = Model(Point(x.Values[0], y.Values[0]));   // fail on a bad model specification once, before the grid runs in parallel
        Func<int, int, double> evaluate;
        string method;
        // progress counts the simulations: per grid point when each point is simulated, else the reference simulations
        // (the reweighted grid itself takes a small fraction of the time)
        using var progress = CliProgress.Start(context, $"scan {signal.Experiment.Info.Id}", benchmark is null ? 0 : 1);
        bool countGrid = false;
        JointSampleScan? jointScan = null;
        var predictions = new Sampling.Reweighting.KernelPrediction?[x.Values.Length * y.Values.Length];   // per grid point, x fastest
        Func<int, int, double> Reweighted(JointSampleScan joint)
        {
            jointScan = joint;
            return (i, j) =>
            {
                var mu = new double[joint.BinCount];
                var w2 = new double[joint.BinCount];
                predictions[j * x.Values.Length + i] = joint.Predict(Point(x.Values[i], y.Values[j]), mu, w2);
                return signal.MinusTwoLnL(mu, w2);
            };
        }
        if (parse.GetValue(_saveSample) is not null && !(saved is null && family.IsMass(x.Name) && family.IsMass(y.Name) && parse.GetValue(_massPoints) > 0))
            throw new ArgumentException("--save-sample: only a scan over two mass axes with --mass-points > 0 builds a joint sample (or use darksector sample)");
        if (direct is not null)
        {
            if (saved is not null || parse.GetValue(_saveSample) is not null) throw new ArgumentException($"--sample/--save-sample: the {family.Name} family is predicted directly, without a joint sample");
            profiled = new double[x.Values.Length * y.Values.Length];
            evaluate = (i, j) =>
            {
                var (value, chi2) = direct(x.Values[i], y.Values[j]);
                profiled[j * x.Values.Length + i] = value;
                return chi2;
            };
            method = profile is null ? "direct prediction at every grid point" : $"direct prediction, {profile.Name} profiled over {profile.Values.Length} grid values";
        }
        else if (saved is not null)
        {
            var joint = new JointSampleScan(saved, family, signal, parse.GetValue(_bandwidth), $"--sample {samplePath}");
            joint.CheckCovers([(x.Name, x.Min, x.Max, "--x"), (y.Name, y.Min, y.Max, "--y")], fixedValues);
            evaluate = Reweighted(joint);
            method = $"{joint.Method}, from {samplePath}";
            progress.AddTotal((long)x.Values.Length * y.Values.Length);
            countGrid = true;
        }
        else if (family.IsMass(x.Name) && family.IsMass(y.Name))
        {
            int massPoints = parse.GetValue(_massPoints);
            if (massPoints is < 0 or > 100_000) throw new ArgumentOutOfRangeException("--mass-points", massPoints, $"--mass-points = {massPoints} is outside [0, 100000]");
            if (massPoints == 0)
            {
                evaluate = (i, j) => Simulated(x.Values[i], y.Values[j]);
                progress.AddTotal((long)x.Values.Length * y.Values.Length);
                countGrid = true;
                method = "simulation per grid point";
            }
            else
            {
                progress.AddTotal(massPoints);
                var sample = JointSampleScan.Generate(signal, family, [new(x.Name, x.Min, x.Max), new(y.Name, y.Min, y.Max)], fixedValues, massPoints, parse.GetValue(_seed), () => progress.Advance());
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
            progress.AddTotal(groups);
            // One simulation per mass value, run when its column is first evaluated (a shard runs only its own columns).
            (Sampling.Reweighting.ReweightingEvents Events, double Couplings, double Br) Simulate(int g)
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
                var simulated = (signal.Sample(reference), family.ProductionCouplings(best!), reference.VisibleBranchingRatio);
                progress.Advance();
                return simulated;
            }
            var samples = Enumerable.Range(0, groups).Select(g => new Lazy<(Sampling.Reweighting.ReweightingEvents Events, double Couplings, double Br)>(() => Simulate(g))).ToArray();
            evaluate = (i, j) =>
            {
                var values = Point(x.Values[i], y.Values[j]);
                var model = Model(values);
                var (events, couplings, br) = samples[massAxis is null ? 0 : ReferenceEquals(massAxis, x) ? i : j].Value;
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
        int ProfiledIndex(int u, int k) => unitsAlongY ? u * x.Values.Length + k : k * x.Values.Length + u;   // profiled[j n_x + i]
        byte[] Column(int u)
        {
            var column = new double[unitLength];
            for (int k = 0; k < unitLength; k++)
            {
                column[k] = unitsAlongY ? evaluate(k, u) : evaluate(u, k);
                if (countGrid) progress.Advance();
            }
            // --profile: the column's profiled values follow its −2 ln L values, so parts and checkpoints carry them too
            if (profile is not null && profiled is not null)
                column = [.. column, .. Enumerable.Range(0, unitLength).Select(k => profiled[ProfiledIndex(u, k)])];
            return ShardPayload.FromDoubles(column);
        }
        IReadOnlyList<byte[]> units;
        if (merged is not null) units = merged.Count == unitCount ? merged : throw new ArgumentException($"the parts hold {merged.Count} columns, the scan has {unitCount}");
        else
        {
            bool checkpoints = shard is not null || resume;
            var part = ShardRunner.Run(start, Column, checkpoints ? p => ShardPartFile.Write(p, partPath) : null, TimeSpan.FromSeconds(5));
            if (shard is Shard s)
            {
                if (context.Json) context.WriteJson(new { part = partPath, shard = s.ToString(), columns = part.Units.Count, totalColumns = unitCount, fingerprint = request.Fingerprint, seconds = clock.Elapsed.TotalSeconds });
                else context.Out.WriteLine($"shard {s}: {part.Units.Count} of {unitCount} columns ({method}), {clock.Elapsed.TotalSeconds:0.#} s; written {partPath} (join the parts with darksector merge)");
                return 0;
            }
            units = [.. part.Units.Values];
        }
        var grid = new double[x.Values.Length, y.Values.Length];
        for (int u = 0; u < unitCount; u++)
        {
            var column = ShardPayload.ToDoubles(units[u]);
            int expected = profile is null ? unitLength : 2 * unitLength;
            if (column.Length != expected) throw new FormatException($"column {u} holds {column.Length} values, not {expected}");
            if (profile is not null && profiled is not null)
                for (int k = 0; k < unitLength; k++) profiled[ProfiledIndex(u, k)] = column[unitLength + k];
            for (int k = 0; k < unitLength; k++)
                if (unitsAlongY) grid[k, u] = column[k];
                else grid[u, k] = column[k];
        }
        var result = LikelihoodScan.Run(x.Values, x.Scale, y.Values, y.Scale, (i, j) => grid[i, j], cl, 2, background);
        double MinusTwoLnL(double xv, double yv) => direct is not null ? direct(xv, yv).MinusTwoLnL : Simulated(xv, yv);
        int bestIndex = Array.IndexOf(result.MinusTwoLnL.ToArray(), result.Minimum);
        var bestFit = new Dictionary<string, double>(StringComparer.Ordinal) { [ScanFamily.JsonKey(x.Name)] = result.BestX, [ScanFamily.JsonKey(y.Name)] = result.BestY };
        if (profile is not null && profiled is not null && bestIndex >= 0) bestFit[ScanFamily.JsonKey(profile.Name)] = profiled[bestIndex];
        foreach (var (name, value) in fixedValues) bestFit[ScanFamily.JsonKey(name)] = value;
        bestFit["chi2"] = result.Minimum;
        double? benchmarkDelta = benchmark is var (bx, by) ? MinusTwoLnL(bx, by) - result.Minimum : null;
        if (benchmark is not null) progress.Advance();
        progress.Dispose();
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
            bestFit,
            deltaChi2Background = background - result.Minimum,
            profile = profile is null ? null : new { name = profile.Name, scale = profile.ScaleName, grid = profile.Values, values = profiled },
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
        bool atBackground = Math.Abs(result.Minimum - background) <= 1e-9 * Math.Max(1, Math.Abs(background));
        int? eventsPerPoint = saved is null ? parse.GetValue(_events) : null;
        ulong seed = saved?.Metadata.Seed ?? parse.GetValue(_seed);
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };
        var node = JsonSerializer.SerializeToNode(report, options)!.AsObject();
        context.Provenance.AddTo(node);
        if (atBackground) node["best"] = null;   // the minimum is the background-only value: no best signal point
        node["bestIsBackgroundOnly"] = atBackground;
        node["seed"] = seed;
        node["events"] = eventsPerPoint;
        node["units"] = new JsonObject
        {
            ["x"] = ScanAxisTitles.Unit(x.Name),
            ["y"] = ScanAxisTitles.Unit(y.Name),
            ["fixed"] = new JsonObject(fixedValues.Keys.Order(StringComparer.Ordinal).Select(k => KeyValuePair.Create(k, (JsonNode?)ScanAxisTitles.Unit(k)))),
            ["minusTwoLnL"] = "",
            ["seconds"] = "s",
        };
        if (jointScan is not null)
        {
            // What each kernel prediction rests on (points of merged shard parts are predicted again here).
            for (int k = 0; k < predictions.Length; k++)
                predictions[k] ??= jointScan.Predict(Point(x.Values[k % x.Values.Length], y.Values[k / x.Values.Length]), new double[jointScan.BinCount], []);
            node["signal"] = new JsonArray([.. predictions.Select(p => (JsonNode?)p!.Signal)]);
            node["signalMcError"] = new JsonArray([.. predictions.Select(p => (JsonNode?)p!.SignalMcError)]);
            node["effectiveSampleSize"] = new JsonArray([.. predictions.Select(p => (JsonNode?)p!.EffectiveSampleSize)]);
            node["distinctMassPoints"] = new JsonArray([.. predictions.Select(p => (JsonNode?)p!.DistinctMassPoints)]);
            node["flagged"] = new JsonArray([.. predictions.Select(p => (JsonNode?)p!.Flagged)]);
            node["bandwidths"] = new JsonArray([.. jointScan.Bandwidths.Select(h => (JsonNode?)h)]);
            var unitsNode = node["units"]!.AsObject();
            (unitsNode["signal"], unitsNode["signalMcError"], unitsNode["bandwidths"]) = ("events", "events", "decades");
        }
        node["gridOrder"] = $"minusTwoLnL and delta are flattened with x varying fastest: entry k = j * {x.Values.Length} + i for x.values[i] and y.values[j]";
        string json = node.ToJsonString(options);

        // Render every output first, then write them: all or none.
        var provenance = context.Provenance.Metadata(("seed", seed.ToString(CultureInfo.InvariantCulture)),
            ("events", eventsPerPoint?.ToString(CultureInfo.InvariantCulture) ?? "reweighted sample"),
            ("experiment", signal.Experiment.Info.Id), ("analysis", signal.Analysis.Id), ("family", family.Name),
            ("data", signal.IsAsimov ? "asimov" : "observed"),
            ("fixed", string.Join(",", fixedValues.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value.ToString("R", CultureInfo.InvariantCulture)}"))));
        var files = new List<(string Path, byte[] Bytes)>();
        foreach (string path in outPaths)
            files.Add((path, System.IO.Path.GetExtension(path).Equals(".parquet", StringComparison.OrdinalIgnoreCase)
                ? ScanParquetFile.ToBytes(result, ScanAxisTitles.Column(x.Name), ScanAxisTitles.Column(y.Name), provenance)
                : new System.Text.UTF8Encoding(false).GetBytes(json)));
        if (plotPaths.Length > 0)
        {
            var figure = ScanFigure.Build(signal, family.Name, result, regions, fixedValues, benchmark, cl, eventsPerPoint, x.Name, y.Name);
            ScanOverlay.Draw(figure, overlays);
            foreach (string path in plotPaths) files.Add((path, FigureFile.Render([figure], 1, null, FigureFile.FormatOf(path))));
        }
        foreach (var (path, bytes) in files) AtomicFile.Write(path, stream => stream.Write(bytes));
        if (merged is null && resume) File.Delete(partPath);   // the scan is complete: its checkpoint is no longer needed
        if (context.Json) context.Out.WriteLine(json);
        else
        {
            var o = context.Out;
            o.WriteLine($"{signal.Experiment.Info.Name}, analysis {signal.Analysis.Id}: {x.Values.Length} x {y.Values.Length} points, {(saved is null ? $"{parse.GetValue(_events)} events each" : $"reweighted from {samplePath}")}, {clock.Elapsed.TotalSeconds:0.#} s");
            o.WriteLine($"minimum -2 ln L = {result.Minimum:0.####} (background only {background:0.####}), threshold {result.Threshold:0.###} ({cl * 100:0.#}% CL, 2 dof)");
            o.WriteLine($"contours: {result.Contours.Count}; written {string.Join(", ", outPaths.Concat(plotPaths))}");
            o.WriteLine($"best fit: {string.Join(", ", bestFit.Select(kv => $"{kv.Key} = {kv.Value:G4}"))}; background only - minimum = {background - result.Minimum:0.###}");
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
