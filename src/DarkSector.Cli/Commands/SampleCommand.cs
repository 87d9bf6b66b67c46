using DarkSector.Reporting.Scans;
using DarkSector.Reporting.Samples;
using DarkSector.Sampling.Reweighting;

namespace DarkSector.Cli.Commands;

/// <summary>
/// <c>darksector sample &lt;experiment&gt; &lt;family&gt; --x m-n:min:max [--y mzprime:min:max] --fix name=value,...
/// [--analysis id] [--mass-points 100] [--masses discrete|continuous|adaptive] [--events 12000] [--precision r] [--seed 1] --out joint.dsev [--json]</c>: generates a joint
/// reweighting sample once, for <c>scan ... --sample joint.dsev</c> to evaluate any two-dimensional slice from it
/// ("generate once, scan many slices", issue 9).
/// </summary>
/// <remarks>The axes are masses of the family (name:min:max, GeV), drawn uniformly in ln m (<see cref="JointSampleGenerator"/>);
/// every other parameter is fixed with --fix and stored in the file; --processes, --volumes and --exclude-volumes restrict
/// the simulated production and are not recorded. Output: <see cref="JointSampleReport"/>. --shard/--resume/merge:
/// <see cref="JointSampleRun"/> (docs/cluster.md).</remarks>
internal sealed class SampleCommand() : CliCommand("sample", "Generate a joint reweighting sample over a family's masses once, for scan --sample.")
{
    private readonly AnalysisOptions _a = new("Experiment id, e.g. t2k-nd280.", "Generated events per mass point (>= 100).", 12_000, "Random seed of the mass draws and simulations.");

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
        Shard? shard = parse.GetValue(_shard) is string shardText ? Shard.Parse(shardText) : null;
        bool resume = parse.GetValue(_resume);
        var precision = PrecisionTarget.Of(parse.GetValue(_precision), "--precision");
        JointSampleRun.CheckJob(shard, resume, precision);
        var signal = _a.Setup(parse);
        var (metadata, modelAt) = JointSamplePrediction.Plan(signal, family, axes, fixedValues, parse.GetValue(_massPoints), parse.GetValue(_a.Seed),
            placement: JointSamplePrediction.ParsePlacement(parse.GetValue(_masses)!, "--masses"));
        using var progress = CliProgress.Start(context, $"sample {signal.Experiment.Info.Id}", metadata.PointCount);
        var (report, part) = JointSampleRun.Generate(signal, family.Name, metadata, modelAt, parse.GetValue(_out)!, CommandRequest.From(parse, "sample", _out.Name, _shard.Name, _resume.Name),
            shard, resume, precision, () => progress.Advance(), () => clock.Elapsed.TotalSeconds);
        return report is null ? context.Report(part!.ToJson(), part.WriteText) : context.Report(report.ToJson(), report.WriteText);
    }
}
