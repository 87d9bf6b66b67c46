using System.CommandLine;
using System.Globalization;
using DarkSector.Cli.Commands.Options;
using DarkSector.Reporting.Scans;
using DarkSector.Cli.Hosting;
using DarkSector.Sampling.Distributed;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Inference;

namespace DarkSector.Cli.Commands;

/// <summary>
/// <c>darksector sample &lt;experiment&gt; &lt;family&gt; --x m-n:min:max [--y mzprime:min:max] --fix name=value,...
/// [--analysis id] [--mass-points 100] [--masses discrete|continuous|adaptive] [--events 2000] [--seed 1] --out joint.dsev [--json]</c>: generates a joint
/// reweighting sample once, for <c>scan ... --sample joint.dsev</c> to evaluate any two-dimensional slice from it
/// ("generate once, scan many slices", issue 9).
/// </summary>
/// <remarks>
/// <para>The axes are masses of the family (dark-photon: m-n, mzprime; dipole: m-n), given as name:min:max (GeV, min &gt; 0).
/// --mass-points points are drawn uniformly in ln m over the box, each simulated with --events events
/// (<see cref="JointSampleGenerator"/>); the selected events with their fiducial crossings (photon-conversion analyses:
/// the decay line as segments weighted by the conversion probability) are written atomically in the
/// joint-sample format (<see cref="JointSampleFile"/>: .dsev extension, its own magic number). Every other parameter is
/// fixed with --fix (the reference couplings, stored in the file); a mass of the family that is not an axis is fixed too,
/// and a scan must then use the same value. <c>scan</c> reweights the sample in the masses by the kernel, exactly in the
/// couplings, and in the lifetime from the stored crossings (<see cref="JointSamplePrediction"/>).</para>
/// <para>Output (text, or JSON with --json): file, experiment, analysis, family, axes [{name, min, max}], fixed,
/// massPoints, eventsPerPoint, seed, processes, selectedEvents, crossings, bytes, bytesPerEvent, seconds.</para>
/// <para>The paper-faithful switches <c>--processes</c>, <c>--volumes</c>, <c>--exclude-volumes</c>
/// (<see cref="ProductionSelectionOptions"/>) restrict the simulated production; the file does not record them (a scan
/// of the sample reweights what was generated).</para>
/// <para>Beyond one machine (docs/cluster.md): <c>--shard i/n</c> generates only shard i's mass points into
/// OUT.shard-i-of-n, <c>darksector merge</c> stacks the parts' points in point order into a file byte-identical to the single
/// run's, and <c>--resume</c> checkpoints finished points and continues a checkpoint
/// (<see cref="JointSampleGenerator.GeneratePoint"/>: point p depends only on the seed and p).</para>
/// </remarks>
internal sealed class SampleCommand : CliCommand
{
    private readonly Experiments.PluginFolderOption _plugins = new();

    private readonly Argument<string> _experiment = new("experiment") { Description = "Experiment id, e.g. t2k-nd280." };

    private readonly Argument<string> _family = new Argument<string>("family") { Description = "Model family: dark-photon or dipole." }
        .AcceptOnlyFromAmong([.. ModelFamilies.All.Select(f => f.Name)]);

    private readonly Option<string> _dipoleConvention = DipoleOptions.NormalisationOption();

    private readonly ProductionSelectionOptions _production = new();

    private readonly Option<string> _x = new("--x") { Description = "First mass axis name:min:max (GeV), e.g. m-n:0.01:0.5.", Required = true };

    private readonly Option<string?> _y = new("--y") { Description = "Second mass axis name:min:max (GeV), e.g. mzprime:0.1:2 (dark-photon)." };

    private readonly Option<string?> _fix = new("--fix") { Description = "Reference couplings (and any mass not sampled) name=value,..." };

    private readonly Option<string?> _analysis = new("--analysis") { Description = "Analysis id (default: the experiment's first analysis)." };

    private readonly Option<int> _massPoints = new("--mass-points") { Description = "Number of mass points drawn in the box (1 to 100000).", DefaultValueFactory = _ => 100 };

    private readonly Option<int> _events = new("--events") { Description = "Generated events per mass point (>= 100).", DefaultValueFactory = _ => 2000 };

    private readonly Option<string> _masses = new("--masses") { Description = "Placement of the mass points: discrete (uniform in ln m), continuous (many points of few events, VEGAS scaled to them) or adaptive (a pilot, then points where the signal changes fastest).", DefaultValueFactory = _ => "discrete" };

    private readonly Option<ulong> _seed = new("--seed") { Description = "Random seed of the mass draws and simulations.", DefaultValueFactory = _ => 1UL };

    private readonly Option<string> _out = new("--out") { Description = "Output joint-sample file (.dsev).", Required = true };

    private readonly Option<string?> _shard = new("--shard")
    {
        Description = "Generate only shard i/n (0-based) of the mass points and write the part OUT.shard-i-of-n next to --out (join the parts with darksector merge).",
    };

    private readonly Option<bool> _resume = new("--resume")
    {
        Description = "Checkpoint finished mass points in OUT.shard-i-of-n (OUT.shard-0-of-1 without --shard) and continue from it if it exists.",
    };

    public override string Path => "sample";

    public override string Description => "Generate a joint reweighting sample over a family's masses once, for scan --sample.";

    protected override void Configure(Command command)
    {
        _plugins.AddTo(command);
        command.Arguments.Add(_experiment);
        command.Arguments.Add(_family);
        foreach (Option option in new Option[] { _x, _y, _fix, _analysis, _massPoints, _masses, _events, _seed, _out, _shard, _resume, _dipoleConvention })
            command.Options.Add(option);
        _production.AddTo(command);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        OutputPaths.Check("--out", parse.GetValue(_out));
        var family = ModelFamilies.Get(parse.GetValue(_family)!, parse.GetResult(_dipoleConvention) is { Implicit: false } ? Physics.Models.Dipole.DipoleConvention.Parse(parse.GetValue(_dipoleConvention)!) : null);
        var axes = new List<JointSampleAxis> { ParseAxis(parse.GetValue(_x)!, "--x", family) };
        if (parse.GetValue(_y) is string y) axes.Add(ParseAxis(y, "--y", family));
        if (axes.Count == 2 && axes[0].Name == axes[1].Name) throw new ArgumentException($"--x and --y both sample '{axes[0].Name}'");
        var fixedValues = family.ParseFixed(parse.GetValue(_fix));
        foreach (var axis in axes)
            if (fixedValues.ContainsKey(axis.Name)) throw new ArgumentException($"--fix: '{axis.Name}' is sampled on an axis");
        string path = parse.GetValue(_out)!;
        Shard? shard = parse.GetValue(_shard) is string shardText ? Shard.Parse(shardText) : null;
        bool resume = parse.GetValue(_resume);
        int events = parse.GetValue(_events);
        if (events < 100) throw new ArgumentOutOfRangeException("--events", events, $"--events = {events} must be >= 100");
        var signal = AnalysisInference.For(_plugins.Discover(parse).Get(parse.GetValue(_experiment)!), parse.GetValue(_analysis),
            _production.Apply(parse, new Sampling.Simulation.SimulationOptions { Events = events, Seed = parse.GetValue(_seed) }));   // --processes, --volumes, --exclude-volumes
        var (metadata, modelAt) = JointSamplePrediction.Plan(signal, family, axes, fixedValues, parse.GetValue(_massPoints), parse.GetValue(_seed),
            placement: JointSamplePrediction.ParsePlacement(parse.GetValue(_masses)!, "--masses"));
        if (metadata.Placement == MassPlacement.Adaptive && (shard is not null || resume))
            throw new ArgumentException("--masses adaptive: the points after the pilot depend on its simulations, so the sample cannot be generated with --shard or --resume");
        JointSample sample;
        using var progress = CliProgress.Start(context, $"sample {signal.Experiment.Info.Id}", metadata.PointCount);
        if (shard is null && !resume) sample = JointSampleGenerator.Generate(signal.Experiment, signal.Analysis, metadata, modelAt, signal.Options);
        else
        {
            // Mass points are the work units: point p's events depend only on (seed, p), so shards stack to the single run.
            var request = CommandRequest.From(parse, "sample", _out.Name, _shard.Name, _resume.Name);
            string partPath = (shard ?? Shard.Whole).PartPath(path);
            var start = ShardPartFile.OpenCheckpoint(partPath, request, shard ?? Shard.Whole, metadata.PointCount, resume);
            var part = ShardRunner.Run(start, p =>
            {
                var events = JointSampleGenerator.GeneratePoint(signal.Experiment, signal.Analysis, metadata, modelAt, signal.Options, p);
                progress.Advance();
                using var buffer = new MemoryStream();
                JointSampleFile.Write(new JointSample(metadata, events), buffer);
                return buffer.ToArray();
            }, p => ShardPartFile.Write(p, partPath), TimeSpan.FromSeconds(10));
            if (shard is Shard s)
            {
                if (context.Json) context.WriteJson(new { part = partPath, shard = s.ToString(), massPoints = part.Units.Count, totalMassPoints = metadata.PointCount, fingerprint = request.Fingerprint, seconds = clock.Elapsed.TotalSeconds });
                else context.Out.WriteLine($"shard {s}: {part.Units.Count} of {metadata.PointCount} mass points, {clock.Elapsed.TotalSeconds:0.#} s; written {partPath} (join the parts with darksector merge)");
                return 0;
            }
            sample = Stack([.. part.Units.Values], partPath);
        }
        JointSampleFile.Write(sample, path);
        if (resume) File.Delete((shard ?? Shard.Whole).PartPath(path));   // the sample is complete: its checkpoint is no longer needed
        long bytes = new FileInfo(path).Length;
        var e = sample.Events;
        var report = new
        {
            file = path,
            experiment = sample.Metadata.ExperimentId,
            analysis = sample.Metadata.AnalysisId,
            family = family.Name,
            axes = axes.Select(a => new { name = a.Name, min = a.Minimum, max = a.Maximum }),
            @fixed = sample.Metadata.FixedParameters,
            massPoints = sample.Metadata.PointCount,
            eventsPerPoint = sample.Metadata.EventsPerPoint,
            masses = JointSamplePrediction.PlacementName(sample.Metadata.Placement),
            seed = sample.Metadata.Seed,
            processes = ProductionSelectionOptions.Describe(signal.Options) ?? "all",
            selectedEvents = e.Count,
            crossings = e.CrossingCount,
            bytes,
            bytesPerEvent = e.Count == 0 ? 0 : (double)bytes / e.Count,
            seconds = clock.Elapsed.TotalSeconds,
        };
        if (context.Json) context.WriteJson(report);
        else
        {
            var o = context.Out;
            o.WriteLine($"{signal.Experiment.Info.Name}, analysis {signal.Analysis.Id}, {family.Name}: {report.massPoints} mass points in "
                + string.Join(" x ", axes.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Name} [{a.Minimum:G4}, {a.Maximum:G4}]")))
                + $", {report.eventsPerPoint} events each, {clock.Elapsed.TotalSeconds:0.#} s");
            if (ProductionSelectionOptions.Describe(signal.Options) is string selection) o.WriteLine($"production: {selection} (not recorded in the file)");
            o.WriteLine($"{e.Count} selected events, {e.CrossingCount} {(signal.Analysis.Signal == SignalTopology.PhotonConversionInFiducial ? "decay-line segments" : "fiducial crossings")}; written {path} ({bytes} bytes, {report.bytesPerEvent:0.#} B/event)");
        }
        return 0;
    }

    /// <summary>Writes the joint sample of a merged job: the points' events stacked in point order.</summary>
    /// <param name="request">The parts' request (kind "sample").</param>
    /// <param name="outPath">The sample's --out.</param>
    /// <param name="units">Payloads of every mass point, in point order.</param>
    /// <param name="context">Output writers.</param>
    internal static int WriteMerged(JobRequest request, string outPath, IReadOnlyList<byte[]> units, CliContext context)
    {
        var sample = Stack(units, "the parts");
        JointSampleFile.Write(sample, outPath);
        long bytes = new FileInfo(outPath).Length;
        if (context.Json)
            context.WriteJson(new { file = outPath, experiment = sample.Metadata.ExperimentId, analysis = sample.Metadata.AnalysisId, massPoints = sample.Metadata.PointCount, selectedEvents = sample.Events.Count, bytes, fingerprint = request.Fingerprint });
        else context.Out.WriteLine($"merged joint sample of {sample.Metadata.PointCount} mass points ({sample.Events.Count} selected events); written {outPath} ({bytes} bytes)");
        return 0;
    }

    /// <summary>The joint sample whose mass points are the payloads (each a joint-sample image of one point), in point order.</summary>
    private static JointSample Stack(IReadOnlyList<byte[]> units, string source)
    {
        JointSample? first = null;
        ReweightingEvents? all = null;
        for (int p = 0; p < units.Count; p++)
        {
            using var buffer = new MemoryStream(units[p], writable: false);
            var point = JointSampleFile.Read(buffer, $"{source}, mass point {p}");
            first ??= point;
            all ??= new ReweightingEvents(point.Metadata.Axes.Count, point.Events.BinCount);
            if (!point.Metadata.Equals(first.Metadata)) throw new FormatException($"{source}: mass point {p} was generated with other metadata than point 0");
            all.AddRange(point.Events);
        }
        if (first is null || all is null || units.Count != first.Metadata.PointCount)
            throw new FormatException($"{source}: {units.Count} mass points, but the sample has {first?.Metadata.PointCount ?? 0}");
        return new JointSample(first.Metadata, all);
    }

    /// <summary>Parses name:min:max with name a mass of <paramref name="family"/>.</summary>
    private static JointSampleAxis ParseAxis(string text, string option, ModelFamily family)
    {
        var parts = text.Split(':', StringSplitOptions.TrimEntries);
        if (parts.Length != 3) throw new FormatException($"{option}: '{text}' is not name:min:max");
        family.CheckName(parts[0], option);
        if (!family.IsMass(parts[0]))
            throw new ArgumentException($"{option}: '{parts[0]}' is not a mass of the {family.Name} family: a joint sample varies masses; couplings are reweighted exactly (give them with --fix)");
        if (!double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double min)
            || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out double max))
            throw new FormatException($"{option}: '{text}': min and max must be numbers");
        if (!(min > 0 && max > min && double.IsFinite(max)))
            throw new ArgumentOutOfRangeException(option, text, $"{option}: {parts[0]} from {parts[1]} to {parts[2]} must satisfy 0 < min < max");
        return new JointSampleAxis(parts[0], min, max);
    }
}
