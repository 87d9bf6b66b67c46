using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DarkSector.Cli.Commands.Options;
using DarkSector.Cli.Commands.Scan;
using DarkSector.Reporting.Scans;
using DarkSector.Cli.Hosting;
using DarkSector.Reporting.Plotting;
using DarkSector.Sampling.Distributed;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Scans;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Cli.Commands;

/// <summary>
/// <c>darksector scan &lt;experiment&gt; &lt;family&gt; --x name:min:max:lin|log:n --y ... --fix name=value,... --out scan.json
/// [--plot scan.svg] [--cl CL] [--sigmas 1,2,3] [--events N] [--seed S] [--benchmark x,y] [--json]</c>: an adapter over
/// <see cref="FamilyScan"/> (the family, <see cref="ModelFamilies"/>; the reweighting strategy, chosen by the library),
/// <see cref="LikelihoodScan"/> (−2 Δ ln L relative to the minimum over the plane and the background-only hypothesis, the
/// contours at the confidence level's threshold, 2 dof) and <see cref="PreferredRegions"/>; writes JSON, Parquet and figures.
/// </summary>
/// <remarks>
/// JSON (file, and stdout with --json): experiment, analysis, data (observed, or asimov with --data asimov: the
/// sensitivity), x/y {name, scale, values}, fixed, minusTwoLnL and delta (x fastest), signal and signalMcError (the total
/// predicted signal and its MC error √Σw² at every grid point, same order; at the profiled value with --profile; 0 MC error
/// for a direct prediction), minimum, backgroundOnly, best {x, y}, bestFit (the best grid point's parameters by JSON name,
/// fixed and profiled ones included, and chi2), deltaChi2Background, profile {name, scale, grid, values per point}
/// (--profile), threshold, confidenceLevel, contours [{closed, points [{x, y}]}], benchmark {x, y, delta} (if given),
/// regions [{sigma, threshold, contours}] (with --sigmas; null otherwise), method, seconds; from a joint sample also
/// effectiveSampleSize, distinctMassPoints and flagged per grid point (same order as minusTwoLnL;
/// <see cref="Sampling.Reweighting.KernelPrediction"/>) and the kernel's bandwidths.
/// <para>--sample joint.dsev reweights a saved joint sample (from <c>darksector sample</c> or --save-sample); with it
/// --mass-points is an error and so are --events and --seed unless --benchmark is given (they then set only the
/// benchmark point's simulation).</para>
/// <para>Beyond one machine (docs/cluster.md): the work units are the grid's columns (the mass axis when exactly one axis
/// is a mass, else x); <c>--shard i/n</c> computes only shard i's columns into OUT.shard-i-of-n (<see cref="ShardRunner"/>;
/// a column's payload holds −2 ln L, the signal and its MC error of its points, then the profiled values and the kernel's
/// diagnostics where they apply), <c>darksector merge</c> writes the scan
/// from the parts (<see cref="WriteMerged"/>: the same code, so the same bytes but <c>seconds</c>), and <c>--resume</c>
/// checkpoints columns and continues a checkpoint.</para>
/// </remarks>
internal sealed class ScanCommand : CliCommand
{
    private readonly Experiments.PluginFolderOption _plugins = new();

    private readonly ProductionSelectionOptions _production = new();

    private readonly Argument<string> _experiment = new("experiment") { Description = "Experiment id, e.g. t2k-nd280, or a comma list (miniboone,t2k-nd280,minerva,microboone) for a combined scan: every layer in one JSON and one figure." };

    private readonly Argument<string> _family = new Argument<string>("family") { Description = "Model family: dark-photon or dipole." }
        .AcceptOnlyFromAmong([.. ModelFamilies.All.Select(f => f.Name)]);

    private readonly Option<string> _dipoleConvention = DipoleOptions.NormalisationOption();

    private readonly DarkSeesawOptions _card = DarkSeesawOptions.Optional();

    private readonly Option<string> _x = new("--x") { Description = "Horizontal axis name:min:max:lin|log:n, e.g. m-n:0.01:0.5:log:60.", Required = true };

    private readonly Option<string> _y = new("--y") { Description = "Vertical axis name:min:max:lin|log:n, e.g. v-mu-n2:1e-10:1e-5:log:60.", Required = true };

    private readonly Option<string?> _fix = new("--fix") { Description = "Fixed parameters name=value,... (" + string.Join("; ", ModelFamilies.All.Select(f => f.Name + ": " + string.Join(", ", f.Names))) + ")." };

    private readonly Option<string?> _profile = new("--profile")
    {
        Description = "3p1 and dipole+3p1: a third parameter name:min:max:lin|log:n minimised over its grid at every point (profile); its best value per point is reported.",
    };

    private readonly Option<string?> _profileFit = new("--profile-fit")
    {
        Description = "Parameters off the axes to profile for the best fit, name:min:max:lin|log:n,... (e.g. alpha-d:0.05:1:log:5): JSON profiledFit with the profiled values.",
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

    private readonly Option<double?> _precision = new("--precision")
    {
        Description = "Requested relative MC error on the selected signal per mass column, in (0, 1): --events is the starting sample, grown until reached at the points bracketing the limit or 4e6 events; the output lists the columns that did not reach it.",
    };

    /// <inheritdoc />
    public override string? HelpSection => Options.ModelOptionsHelp.ScanParameters();

    public override string Path => "scan";

    public override string Description => "Likelihood scan of an analysis over two parameters, with the exclusion contour (JSON or Parquet, and a figure).";

    protected override void Configure(Command command)
    {
        _plugins.AddTo(command);
        command.Arguments.Add(_experiment);
        command.Arguments.Add(_family);
        foreach (Option option in new Option[] { _x, _y, _fix, _analysis, _events, _seed, _cl, _sample, _saveSample, _massPoints, _bandwidth, _out, _plot, _benchmark, _data, _sigmas, _profile, _profileFit, _shard, _resume, _dipoleConvention, _overlay, _precision })
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
        var family = ModelFamilies.Get(parse.GetValue(_family)!, parse.GetResult(_dipoleConvention) is { Implicit: false } ? DipoleConvention.Parse(parse.GetValue(_dipoleConvention)!) : null);
        if (family is DarkSeesawFamily) family = new DarkSeesawFamily(parse.GetValue(_card.Card) is null ? null : _card.Parameters(parse));
        var x = ParseAxis(parse.GetValue(_x)!, "--x", family);
        var y = ParseAxis(parse.GetValue(_y)!, "--y", family);
        var overlays = (parse.GetValue(_overlay) ?? []).Select(ScanOverlay.Parse).ToArray();
        foreach (var overlay in overlays) overlay.CheckPlane(x.Name, y.Name);
        if (x.Name == y.Name) throw new ArgumentException($"--x and --y both scan '{x.Name}'");
        var fixedValues = family.ParseFixed(parse.GetValue(_fix));
        var profile = parse.GetValue(_profile) is string profileText ? ParseAxis(profileText, "--profile", family) : null;
        var profileFit = parse.GetValue(_profileFit) is string fitText ? ProfiledParameter.ParseList(fitText, "--profile-fit") : null;
        foreach (var p in profileFit ?? []) ProfiledParameter.CheckOffAxes(p, family, x.Name, y.Name, "--profile-fit");
        double? requestedCl = parse.GetValue(_cl);
        if (requestedCl is double given && !(given > 0 && given < 1)) throw new ArgumentOutOfRangeException("--cl", given, $"--cl = {given} is outside (0, 1)");
        (double X, double Y)? benchmark = parse.GetValue(_benchmark) is string b ? ParsePair(b) : null;
        var sigmas = parse.GetValue(_sigmas) is string sigmaList ? PreferredRegions.ParseSigmas(sigmaList, "--sigmas") : null;

        string? samplePath = parse.GetValue(_sample);
        var saved = samplePath is null ? null : JointSamplePrediction.Read(samplePath, "--sample");
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
        var precision = ScanPrecisionOption.Parse(parse.GetValue(_precision), shard is not null ? $"--shard {parse.GetValue(_shard)}" : resume ? "--resume" : merged is not null ? "merge" : null);
        if (shard is not null && parse.GetValue(_saveSample) is not null) throw new ArgumentException("--save-sample: not allowed with --shard (shard the joint sample with darksector sample --shard)");
        bool twoMasses = family.IsMass(x.Name) && family.IsMass(y.Name);
        if (shard is not null && saved is null && twoMasses && parse.GetValue(_massPoints) > 0)
            throw new ArgumentException("--shard: a two-mass scan builds one joint sample in memory; shard darksector sample instead, merge it, and scan it with --sample");
        if (parse.GetValue(_saveSample) is not null && !(saved is null && twoMasses && parse.GetValue(_massPoints) > 0))
            throw new ArgumentException("--save-sample: only a scan over two mass axes with --mass-points > 0 builds a joint sample (or use darksector sample)");
        var request = CommandRequest.From(parse, "scan", _out.Name, _shard.Name, _resume.Name);
        string partPath = (shard ?? Shard.Whole).PartPath(outPath);
        var start = ShardPartFile.OpenCheckpoint(partPath, request, shard ?? Shard.Whole, FamilyScanColumns.CountFor(family, x, y, saved is not null), merged is null && resume);
        if (saved is not null || parse.GetValue(_saveSample) is not null) _production.RejectWith(parse, "--sample or --save-sample");
        string experimentId = parse.GetValue(_experiment)!;
        var setup = AnalysisInference.For(_plugins.Discover(parse).Get(experimentId),
            parse.GetValue(_analysis) ?? (saved?.Metadata.ExperimentId == experimentId ? saved?.Metadata.AnalysisId : null),
            _production.Apply(parse, new SimulationOptions { Events = CheckedEvents(parse.GetValue(_events)), Seed = parse.GetValue(_seed) }),
            parse.GetValue(_data) == "asimov" ? DataSet.Asimov : DataSet.Observed);
        double cl = requestedCl ?? setup.Experiment.Defaults.ConfidenceLevel;
        Dictionary<string, double> Point(double xv, double yv) => new(fixedValues) { [x.Name] = xv, [y.Name] = yv };
        // progress counts the simulations: per grid point when each point is simulated, else the reference simulations
        // (the reweighted grid itself takes a small fraction of the time)
        using var progress = CliProgress.Start(context, $"scan {setup.Experiment.Info.Id}", benchmark is null ? 0 : 1);
        var scan = new FamilyScan(setup, family, [x, y], fixedValues, new FamilyScanOptions
        {
            Profile = profile,
            MassPoints = parse.GetValue(_massPoints),
            Bandwidth = parse.GetValue(_bandwidth),
            Sample = saved,
            SampleSource = $"--sample {samplePath}",
            SampleName = samplePath,
            AddWork = progress.AddTotal,
            WorkDone = () => progress.Advance(),
            Precision = precision,
            PrecisionThreshold = DeltaLogLikelihood.Threshold(cl, 2),
        });
        if (scan.BuiltSample is not null && parse.GetValue(_saveSample) is string savePath) JointSampleFile.Write(scan.BuiltSample, savePath);
        var columns = new FamilyScanColumns(scan, profile is not null);
        string method = scan.Method;
        IReadOnlyList<byte[]> units;
        if (merged is not null) units = merged;
        else
        {
            bool checkpoints = shard is not null || resume;
            var part = ShardRunner.Run(start, u => columns.Compute(u, () => progress.Advance()), checkpoints ? p => ShardPartFile.Write(p, partPath) : null, TimeSpan.FromSeconds(5));
            if (shard is Shard s)
            {
                if (context.Json) context.WriteJson(new { part = partPath, shard = s.ToString(), columns = part.Units.Count, totalColumns = columns.Count, fingerprint = request.Fingerprint, seconds = clock.Elapsed.TotalSeconds });
                else context.Out.WriteLine($"shard {s}: {part.Units.Count} of {columns.Count} columns ({method}), {clock.Elapsed.TotalSeconds:0.#} s; written {partPath} (join the parts with darksector merge)");
                return 0;
            }
            units = [.. part.Units.Values];
        }
        var scanned = columns.Assemble(units, cl);
        var result = scanned.Scan;
        double background = scanned.BackgroundOnly;
        var bestFit = ScanReport.BestFit(scan, scanned, profile);
        var profiledFit = profileFit is null ? null : scan.ProfiledBestFit(profileFit);
        double? benchmarkDelta = benchmark is var (bx, by) ? scan.MinusTwoLnLAnywhere(Point(bx, by)) - result.Minimum : null;
        if (benchmark is not null) progress.Advance();
        progress.Dispose();
        var regions = sigmas is null ? null : PreferredRegions.Extract(result, sigmas);
        var band = McBand.Of(result, scanned.Points, background);
        var columnPrecisions = scan.ColumnPrecisions;
        int? eventsPerPoint = saved is null ? parse.GetValue(_events) : null;
        ulong seed = saved?.Metadata.Seed ?? parse.GetValue(_seed);
        string json = ScanReport.Text(ScanReport.Json(scan, scanned, new ScanReportDetails
        {
            Profile = profile,
            Benchmark = benchmark is var (px, py) ? (px, py, benchmarkDelta!.Value) : null,
            Regions = regions,
            Seed = seed,
            Events = eventsPerPoint,
            Seconds = clock.Elapsed.TotalSeconds,
            Provenance = context.Provenance.AddTo(new JsonObject()),
            Band = band,
            Precision = precision is null ? null : (precision, columnPrecisions),
            ProfiledFit = profiledFit is null ? null : (profileFit!, profiledFit),
        }));

        // Render every output first, then write them: all or none.
        var provenance = context.Provenance.Metadata(("seed", seed.ToString(CultureInfo.InvariantCulture)),
            ("events", eventsPerPoint?.ToString(CultureInfo.InvariantCulture) ?? "reweighted sample"),
            ("experiment", setup.Experiment.Info.Id), ("analysis", setup.Analysis.Id), ("family", family.Name),
            ("data", setup.IsAsimov ? "asimov" : "observed"),
            ("fixed", string.Join(",", fixedValues.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value.ToString("R", CultureInfo.InvariantCulture)}"))));
        var files = new List<(string Path, byte[] Bytes)>();
        foreach (string path in outPaths)
            files.Add((path, System.IO.Path.GetExtension(path).Equals(".parquet", StringComparison.OrdinalIgnoreCase)
                ? ScanParquetFile.ToBytes(result, ScanAxisTitles.Column(x.Name), ScanAxisTitles.Column(y.Name), provenance)
                : new System.Text.UTF8Encoding(false).GetBytes(json)));
        if (plotPaths.Length > 0)
        {
            var figure = ScanFigure.Build(setup, family.Name, result, regions, fixedValues, benchmark, cl, eventsPerPoint, x.Name, y.Name, band);
            ScanOverlay.Draw(figure, overlays);
            foreach (string path in plotPaths) files.Add((path, FigureFile.Render([figure], 1, null, FigureFile.FormatOf(path))));
        }
        foreach (var (path, bytes) in files) AtomicFile.Write(path, stream => stream.Write(bytes));
        if (merged is null && resume) File.Delete(partPath);   // the scan is complete: its checkpoint is no longer needed
        if (context.Json) context.Out.WriteLine(json);
        else
        {
            var o = context.Out;
            o.WriteLine($"{setup.Experiment.Info.Name}, analysis {setup.Analysis.Id}: {x.Values.Count} x {y.Values.Count} points, {(saved is null ? $"{parse.GetValue(_events)} events each{(precision is null ? "" : " to start (--precision)")}" : $"reweighted from {samplePath}")}, {clock.Elapsed.TotalSeconds:0.#} s");
            o.WriteLine($"minimum -2 ln L = {result.Minimum:0.####} (background only {background:0.####}), threshold {result.Threshold:0.###} ({cl * 100:0.#}% CL, 2 dof)");
            o.WriteLine($"contours: {result.Contours.Count}; written {string.Join(", ", outPaths.Concat(plotPaths))}");
            o.WriteLine($"best fit: {string.Join(", ", bestFit.Select(kv => $"{kv.Key} = {kv.Value:G4}"))}; background only - minimum = {background - result.Minimum:0.###}");
            if (profiledFit?.Best is { } pb) o.WriteLine($"profiled best fit: {string.Join(", ", pb.Values.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} = {kv.Value:G4}"))}; -2 ln L = {pb.MinusTwoLnL:0.###}");
            if (benchmarkDelta is double d) o.WriteLine($"benchmark -2 Delta ln L = {d:0.###}");
            foreach (var r in regions ?? []) o.WriteLine($"{r.Sigma:0.##} sigma region (-2 Delta ln L < {r.Threshold:0.##}): {r.Contours.Count} contour(s)");
            o.WriteLine(ScanPrecisionOption.BandLine(band, y.Name));
            if (precision is not null) o.WriteLine(ScanPrecisionOption.PrecisionLine(precision, columnPrecisions));
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

    private static int CheckedEvents(int events) =>
        events >= 100 ? events : throw new ArgumentOutOfRangeException("--events", events, $"--events = {events} must be >= 100");

    /// <summary>Parses an axis option name:min:max:lin|log:n.</summary>
    private static SliceAxis ParseAxis(string text, string option, ModelFamily family)
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
        return new SliceAxis(parts[0], min, max, scale, n);
    }
}
