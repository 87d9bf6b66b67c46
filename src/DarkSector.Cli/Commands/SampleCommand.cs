using DarkSector.Reporting.Scans;
using DarkSector.Reporting.Samples;
using DarkSector.Sampling.Reweighting;

namespace DarkSector.Cli.Commands;

/// <summary>
/// <c>darksector sample &lt;experiment&gt; &lt;family&gt; --x m-n:min:max [--y mzprime:min:max] --fix name=value,...
/// [--analysis id] [--mass-points 100] [--masses discrete|continuous|adaptive] [--events 2000] [--precision r] [--seed 1] --out joint.dsev [--json]</c>: generates a joint
/// reweighting sample once, for <c>scan ... --sample joint.dsev</c> to evaluate any two-dimensional slice from it
/// ("generate once, scan many slices", issue 9).
/// </summary>
/// <remarks>The axes are masses of the family (name:min:max, GeV), drawn uniformly in ln m (<see cref="JointSampleGenerator"/>);
/// every other parameter is fixed with --fix and stored in the file; --processes, --volumes and --exclude-volumes restrict
/// the simulated production and are not recorded. Output: <see cref="JointSampleReport"/>. --shard/--resume/merge:
/// <see cref="JointSampleRun"/> (docs/cluster.md).</remarks>
internal sealed class SampleCommand() : CliCommand("sample", "Generate a joint reweighting sample over a family's masses once, for scan --sample.")
{
    private readonly AnalysisOptions _a = new("Experiment id, e.g. t2k-nd280.", "Generated events per mass point (>= 100).", 2000, "Random seed of the mass draws and simulations.");

    private readonly FamilyArgument _family = new();

    private readonly Option<string> _x = new("--x") { Description = "First mass axis name:min:max (GeV), e.g. m-n:0.01:0.5.", Required = true };

    private readonly Option<string?> _y = new("--y") { Description = "Second mass axis name:min:max (GeV), e.g. mzprime:0.1:2 (dark-photon)." };

    private readonly Option<string?> _fix = new("--fix") { Description = "Reference couplings (and any mass not sampled) name=value,..." };

    private readonly Option<int> _massPoints = new("--mass-points") { Description = "Number of mass points drawn in the box (1 to 100000).", DefaultValueFactory = _ => 100 };

    private readonly Option<string> _masses = new("--masses") { Description = "Placement of the mass points: discrete (uniform in ln m), continuous (many points of few events, VEGAS scaled to them) or adaptive (a pilot, then points where the signal changes fastest).", DefaultValueFactory = _ => "discrete" };

    private readonly Option<string> _out = new("--out") { Description = "Output joint-sample file (.dsev).", Required = true };

    private readonly Option<string?> _shard = CommonOptions.Shard("Generate", "mass points");

    private readonly Option<bool> _resume = CommonOptions.Resume("mass points");

    private readonly Option<double?> _precision = new("--precision") { Description = "Requested relative MC error on each mass point's selected signal, in (0, 1): --events per point is the start, and the whole sample is regenerated with more events per point until the worst point with signal reaches it or 4e6 events per point; the output says whether it was reached." };

    protected override void Configure(Command command)
    {
        _a.AddTo(command, _family.Family, _x, _y, _fix, _a.Analysis, _massPoints, _masses, _a.Events, _precision, _a.Seed, _out, _shard, _resume, _family.DipoleConvention);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        OutputPaths.Check("--out", parse.GetValue(_out));
        if (context.Merged is var (job, units))   // a merge: the points' events stacked in point order
        {
            var merged = JointSampleRun.Merge(job, parse.GetValue(_out)!, units);
            return context.Report(merged.ToJson(), merged.WriteText);
        }
        var family = _family.Get(parse);
        var (axes, fixedValues) = AxisText.JointBox(parse.GetValue(_x)!, parse.GetValue(_y), parse.GetValue(_fix), family);
        string path = parse.GetValue(_out)!;
        Shard? shard = parse.GetValue(_shard) is string shardText ? Shard.Parse(shardText) : null;
        bool resume = parse.GetValue(_resume);
        var precision = Checks.Precision(parse.GetValue(_precision)) is double r ? new PrecisionTarget(r) : null;
        if (precision is not null && (shard is not null || resume))
            throw new ArgumentException($"--precision cannot be combined with {(shard is not null ? $"--shard {parse.GetValue(_shard)}" : "--resume")}: a requested precision regenerates the whole sample; run the shards at a fixed --events", "--precision");
        var signal = _a.Setup(parse);
        var (metadata, modelAt) = JointSamplePrediction.Plan(signal, family, axes, fixedValues, parse.GetValue(_massPoints), parse.GetValue(_a.Seed),
            placement: JointSamplePrediction.ParsePlacement(parse.GetValue(_masses)!, "--masses"));
        if (metadata.Placement == MassPlacement.Adaptive && (shard is not null || resume))
            throw new ArgumentException("--masses adaptive: the points after the pilot depend on its simulations, so the sample cannot be generated with --shard or --resume");
        JointSample sample;
        using var progress = CliProgress.Start(context, $"sample {signal.Experiment.Info.Id}", metadata.PointCount);
        JointSamplePrecision? reached = null;
        if (precision is not null) sample = JointSampleGenerator.GenerateToPrecision(signal.Experiment, signal.Analysis, metadata, modelAt, precision, out reached, signal.Options);
        else if (shard is null && !resume) sample = JointSampleGenerator.Generate(signal.Experiment, signal.Analysis, metadata, modelAt, signal.Options);
        else
        {
            // Mass points are the work units: point p's events depend only on (seed, p), so shards stack to the single run.
            var request = CommandRequest.From(parse, "sample", _out.Name, _shard.Name, _resume.Name);
            string partPath = (shard ?? Shard.Whole).PartPath(path);
            var start = ShardPartFile.OpenCheckpoint(partPath, request, shard ?? Shard.Whole, metadata.PointCount, resume);
            var part = JointSampleRun.GenerateShard(signal, metadata, modelAt, start, partPath, () => progress.Advance());
            if (shard is Shard s) return ShardOutput.Written(context, partPath, s, "massPoints", part.Units.Count, metadata.PointCount, "mass points", request, clock.Elapsed.TotalSeconds);
            sample = JointSampleFile.Stack([.. part.Units.Values], partPath);
        }
        JointSampleFile.Write(sample, path);
        if (resume) File.Delete((shard ?? Shard.Whole).PartPath(path));   // the sample is complete: its checkpoint is no longer needed
        var report = new JointSampleReport
        {
            File = path, Sample = sample, ExperimentName = signal.Experiment.Info.Name, Topology = signal.Analysis.Signal, Family = family.Name,
            Processes = Sampling.Simulation.ProductionSelection.Describe(signal.Options), Bytes = new FileInfo(path).Length, Seconds = clock.Elapsed.TotalSeconds,
            Precision = reached,
        };
        return context.Report(report.ToJson(), report.WriteText);
    }
}
