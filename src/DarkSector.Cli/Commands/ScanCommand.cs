using System.Text.Json.Nodes;
using DarkSector.Reporting.Scans;

namespace DarkSector.Cli.Commands;

/// <summary>
/// <c>darksector scan &lt;experiment&gt; &lt;family&gt; --x name:min:max:lin|log:n --y ... --fix name=value,... --out scan.json
/// [--plot scan.svg] [--cl CL] [--sigmas 1,2,3] [--events N] [--seed S] [--benchmark x,y] [--json]</c>: binds the options
/// to a <see cref="ScanRequest"/> and runs it (<see cref="ScanRun"/>: the family's <see cref="FamilyScan"/>, the contours,
/// preferred regions and MC band; the JSON report <see cref="ScanReport"/>, Parquet and figures, <see cref="ScanOutcome"/>).
/// A comma list of experiments is a combined scan (<see cref="CombinedScanRun"/>; --analysis then takes one id per
/// experiment, '-' for its first analysis, and --cl the combination's confidence level).
/// </summary>
/// <remarks>
/// <para>--sample joint.dsev reweights a saved joint sample (from <c>darksector sample</c> or --save-sample); with it
/// --mass-points is an error and so are --events and --seed unless --benchmark is given (they then set only the
/// benchmark point's simulation).</para>
/// <para>Beyond one machine (docs/cluster.md): the work units are the grid's columns (<see cref="FamilyScanColumns"/>);
/// <c>--shard i/n</c> computes only shard i's columns into OUT.shard-i-of-n, <c>darksector merge</c> writes the scan from
/// the parts (<see cref="CliCommand.Merge"/>: the same code, so the same bytes but <c>seconds</c>), and <c>--resume</c>
/// checkpoints columns and continues a checkpoint.</para>
/// </remarks>
internal sealed class ScanCommand() : CliCommand("scan",
    "Likelihood scan of an analysis over two parameters, with the exclusion contour (JSON or Parquet, and a figure).")
{
    private readonly AnalysisOptions _a = new("Experiment id, e.g. t2k-nd280, or a comma list (miniboone,t2k-nd280,minerva,microboone) for a combined scan: every layer in one JSON and one figure.",
        "Generated events per grid point (>= 100).", 2000, "Random seed (the same at every grid point).", "the sensitivity");

    private readonly FamilyArgument _family = new();

    private readonly DarkSeesawOptions _card = DarkSeesawOptions.Optional();

    private readonly Option<string> _x = new("--x") { Description = "Horizontal axis name:min:max:lin|log:n, e.g. m-n:0.01:0.5:log:60.", Required = true };

    private readonly Option<string> _y = new("--y") { Description = "Vertical axis name:min:max:lin|log:n, e.g. v-mu-n2:1e-10:1e-5:log:60.", Required = true };

    private readonly Option<string?> _fix = new("--fix") { Description = "Fixed parameters name=value,... (" + string.Join("; ", ModelFamilies.All.Select(f => f.Name + ": " + string.Join(", ", f.Names))) + ")." };

    private readonly Option<string?> _profile = new("--profile") { Description = "3p1 and dipole+3p1: a third parameter name:min:max:lin|log:n minimised over its grid at every point (profile); its best value per point is reported." };

    private readonly Option<string?> _profileFit = new("--profile-fit")
    {
        Description = "Parameters off the axes to profile for the best fit, name:min:max:lin|log:n,... (e.g. alpha-d:0.05:1:log:5): JSON profiledFit with the profiled values.",
    };

    private readonly Option<double?> _cl = CommonOptions.Cl();

    private readonly Option<string?> _sample = new("--sample") { Description = "Joint sample file to reweight (from darksector sample or --save-sample): scans any slice inside its box." };

    private readonly Option<string?> _saveSample = new("--save-sample") { Description = "Two mass axes: also write the joint sample built for this scan (for later --sample)." };

    private readonly Option<int> _massPoints = new("--mass-points") { Description = "With two mass axes: number of mass points of the joint sample reweighted by the kernel (0: simulate every grid point).", DefaultValueFactory = _ => 100 };

    private readonly Option<double?> _bandwidth = new("--bandwidth") { Description = "Kernel half-width in decades (joint sample; default about 16 mass points per kernel box: 2 x axis span / sqrt(mass points) for two masses)." };

    private readonly Option<string[]> _out = new("--out")
    {
        Description = "Output file, by extension: .parquet (the grid as a table, docs/outputs.md) or else JSON; repeat for both.",
        Required = true,
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string[]> _plot = new("--plot") { Description = "Output figure, by extension: .svg, .pdf or .png; repeat for several.", Arity = ArgumentArity.OneOrMore };

    private readonly Option<string?> _sigmas = new("--sigmas") { Description = "Preferred regions: comma-separated significances, e.g. 1,2,3 (contours of -2 Delta ln L around the minimum at that many sigma for 2 dof: 2.30, 6.18, 11.83)." };

    private readonly Option<string[]> _overlay = new("--overlay") { Description = "Draw another scan's contours (its JSON, same two parameters) dashed on the figure: FILE.json or FILE.json=LABEL; repeatable.", Arity = ArgumentArity.OneOrMore };

    private readonly Option<string?> _benchmark = new("--benchmark") { Description = "Benchmark point x,y: starred in the plot, its -2 Delta ln L reported." };

    private readonly Option<string?> _shard = CommonOptions.Shard("Compute", "grid's columns");

    private readonly Option<bool> _resume = CommonOptions.Resume("columns");

    private readonly Option<double?> _precision = new("--precision") { Description = "Requested relative MC error on the selected signal per mass column, in (0, 1): --events is the starting sample, grown until reached at the points bracketing the limit or 4e6 events; the output lists the columns that did not reach it." };

    /// <inheritdoc />
    public override string? HelpSection => Reporting.Reports.ModelOptionsHelp.ScanParameters();

    protected override void Configure(Command command)
    {
        _a.AddTo(command, _family.Family, _x, _y, _fix, _a.Analysis, _a.Events, _a.Seed, _cl, _sample, _saveSample, _massPoints, _bandwidth, _out, _plot, _benchmark, _a.Data!, _sigmas, _profile, _profileFit, _shard, _resume, _family.DipoleConvention, _overlay, _precision);
        _card.AddTo(command);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var merged = context.Merged?.Units;   // a merge: the grid from the parts' payloads
        var clock = System.Diagnostics.Stopwatch.StartNew();
        string[] outPaths = parse.GetValue(_out) ?? [], plotPaths = parse.GetValue(_plot) ?? [];
        foreach (string path in outPaths) OutputPaths.Check("--out", path);
        foreach (string path in plotPaths) OutputPaths.Check("--plot", path, FigureFile.Extensions);
        OutputPaths.Check("--save-sample", parse.GetValue(_saveSample));
        var slice = Slice(parse);
        string? samplePath = parse.GetValue(_sample);
        var saved = samplePath is null ? null : JointSamplePrediction.Read(samplePath, "--sample");
        Shard? shard = parse.GetValue(_shard) is string shardText ? Shard.Parse(shardText) : null;
        bool resume = parse.GetValue(_resume);
        var rules = new ScanJobOptions
        {
            MassPointsGiven = parse.GetResult(_massPoints) is { Implicit: false }, EventsGiven = parse.GetResult(_a.Events) is { Implicit: false },
            SeedGiven = parse.GetResult(_a.Seed) is { Implicit: false }, SavesSample = parse.GetValue(_saveSample) is not null,
            Shard = shard, Resume = resume, Merged = merged is not null, Precision = PrecisionTarget.Of(parse.GetValue(_precision), "--precision") is not null,
        };
        rules.CheckSample(saved?.Metadata, slice.Benchmark is not null);   // the saved sample fixes its mass points, events per point and seed
        if (saved is not null) _a.Production.RejectWith(parse, "--sample or --save-sample");
        var ids = parse.GetValue(_a.Experiment)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (ids.Length > 1) return Combined(parse, context, ids, slice with { Sample = saved, SamplePath = samplePath }, outPaths, plotPaths, clock);

        rules.Check(slice with { Sample = saved });
        if (rules.SavesSample) _a.Production.RejectWith(parse, "--sample or --save-sample");
        var job = new ScanJob(slice with { Sample = saved }, CommandRequest.From(parse, "scan", _out.Name, _shard.Name, _resume.Name), outPaths[0], shard, resume, merged);
        var request = slice with
        {
            Setup = _a.Setup(parse, ids[0], parse.GetValue(_a.Analysis) ?? ScanJob.DefaultAnalysis(saved, ids[0])),
            Sample = saved, SamplePath = samplePath,
            Precision = PrecisionTarget.Of(parse.GetValue(_precision), "--precision"),
        };
        using var progress = CliProgress.Start(context, $"scan {request.Setup.Experiment.Info.Id}", slice.Benchmark is null ? 0 : 1);
        var run = new ScanRun(request, progress.AddTotal, () => progress.Advance());
        if (run.Scan.BuiltSample is not null && parse.GetValue(_saveSample) is string savePath) JointSampleFile.Write(run.Scan.BuiltSample, savePath);
        var (outcome, part) = job.Run(run, context.Provenance.AddTo(new JsonObject()), () => clock.Elapsed.TotalSeconds);
        if (outcome is null) return context.Report(part!.ToJson(), part.WriteText);
        progress.Dispose();
        OutputFiles.Write(outcome.Files(outPaths, plotPaths, context.Provenance.Metadata()));
        job.Complete();
        if (context.Json) context.Out.WriteLine(outcome.Json);
        else outcome.WriteText(context.Out, outPaths.Concat(plotPaths), clock.Elapsed.TotalSeconds);
        return 0;
    }

    /// <summary>The scan of the comma list of experiments, combined.</summary>
    private int Combined(ParseResult parse, CliContext context, string[] ids, ScanRequest slice, string[] outPaths, string[] plotPaths, System.Diagnostics.Stopwatch clock)
    {
        if (outPaths.Any(p => !p.EndsWith(".json", StringComparison.OrdinalIgnoreCase))) throw new ArgumentException("--out: a combined scan writes JSON (.json)");
        var layers = CombinedScanRun.Requests(slice, ids, parse.GetValue(_a.Analysis), (id, analysis) => _a.Setup(parse, id, analysis));
        var combined = CombinedScanRun.Run(layers, slice.ConfidenceLevel, slice.Sigmas, id => { if (!context.Quiet) context.Error.WriteLine($"scan {id} ..."); });
        var files = combined.Files(outPaths, plotPaths, clock.Elapsed.TotalSeconds);
        OutputFiles.Write(files);
        if (context.Json) context.Out.WriteLine(System.Text.Encoding.UTF8.GetString(files[0].Bytes));
        else combined.WriteText(context.Out, outPaths.Concat(plotPaths), clock.Elapsed.TotalSeconds);
        return 0;
    }

    /// <summary>The slice the options describe (family, axes, fixed values, profile, regions, benchmark, overlays); its
    /// setup is filled in per experiment.</summary>
    private ScanRequest Slice(ParseResult parse)
    {
        var family = _family.Get(parse);
        if (family is DarkSeesawFamily) family = new DarkSeesawFamily(parse.GetValue(_card.Card) is null ? null : _card.Parameters(parse));
        var x = AxisText.Slice(parse.GetValue(_x)!, "--x", family);
        var y = AxisText.Slice(parse.GetValue(_y)!, "--y", family);
        var profileFit = parse.GetValue(_profileFit) is string fitText ? ProfiledParameter.ParseList(fitText, "--profile-fit") : null;
        foreach (var p in profileFit ?? []) ProfiledParameter.CheckOffAxes(p, family, x.Name, y.Name, "--profile-fit");
        return new ScanRequest
        {
            Setup = null!,
            Family = family,
            X = x,
            Y = y,
            ProfileFit = profileFit,
            Overlays = [.. (parse.GetValue(_overlay) ?? []).Select(ScanOverlay.Parse)],
            Fixed = family.ParseFixed(parse.GetValue(_fix)),
            Profile = parse.GetValue(_profile) is string profileText ? AxisText.Slice(profileText, "--profile", family) : null,
            ConfidenceLevel = parse.GetValue(_cl) is double cl ? Physics.Check.InOpenRange(cl, 0, 1, "--cl") : null,
            Benchmark = parse.GetValue(_benchmark) is string b ? AxisText.Pair(b, "--benchmark") : null,
            Sigmas = parse.GetValue(_sigmas) is string sigmaList ? PreferredRegions.ParseSigmas(sigmaList, "--sigmas") : null,
            MassPoints = parse.GetValue(_massPoints),
            Bandwidth = parse.GetValue(_bandwidth),
        };
    }
}
