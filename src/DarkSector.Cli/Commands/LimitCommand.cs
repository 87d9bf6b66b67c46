using System.CommandLine;
using DarkSector.Cli.Commands.Options;
using DarkSector.Cli.Hosting;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Cli.Commands;

/// <summary>
/// <c>darksector limit &lt;experiment&gt; &lt;family&gt; &lt;model options&gt; --param ctau0-cm [--min --max --points]
/// [--cl CL] [--events N] [--seed S] [--data observed|asimov] [--json]</c>: the excluded interval(s) of c τ₀ with all else
/// fixed, an adapter over <see cref="LifetimeLimit"/> (one simulation, exact lifetime reweighting, 1 dof).
/// </summary>
/// <remarks>
/// With <c>--data asimov</c> the observed counts are replaced by the expected background (<see cref="DataSet.Asimov"/>):
/// the intervals are then the expected exclusion (sensitivity). JSON keys: param, data (observed or asimov),
/// confidenceLevel, threshold, excluded [{low, high, lowIsScanEdge, highIsScanEdge}], scan [{ctau0Cm, selected, delta}],
/// modelCtau0Cm.
/// </remarks>
internal sealed class LimitCommand : CliCommand
{
    private readonly Experiments.PluginFolderOption _plugins = new();

    private readonly ProductionSelectionOptions _production = new();

    private readonly Argument<string> _experiment = new("experiment") { Description = "Experiment id, e.g. t2k-nd280." };

    private readonly Argument<string> _family = new Argument<string>("family")
    {
        Description = "Model family: dark-photon or dipole (their model options are listed below).",
    }.AcceptOnlyFromAmong(FamilySignal.Families);

    private readonly Option<string> _param = new Option<string>("--param") { Description = "Parameter to scan: ctau0-cm.", Required = true }
        .AcceptOnlyFromAmong("ctau0-cm");

    private readonly Option<double> _min = new("--min") { Description = "Smallest c tau0 in cm.", DefaultValueFactory = _ => 1e-2 };

    private readonly Option<double> _max = new("--max") { Description = "Largest c tau0 in cm.", DefaultValueFactory = _ => 1e7 };

    private readonly Option<int> _points = new("--points") { Description = "Grid points, log-spaced (2 to 1000).", DefaultValueFactory = _ => 200 };

    private readonly Option<string?> _analysis = new("--analysis") { Description = "Analysis id (default: the experiment's first analysis)." };

    private readonly Option<double?> _cl = new("--cl") { Description = "Confidence level in (0, 1) (default: the experiment's publication default, e.g. 0.9 for T2K, 0.95 for MINERvA and MicroBooNE)." };

    private readonly Option<int> _events = new("--events") { Description = "Generated events per grid point (>= 100).", DefaultValueFactory = _ => 20_000 };

    private readonly Option<ulong> _seed = new("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1UL };

    private readonly Option<string> _data = new Option<string>("--data")
    {
        Description = "Data to compare with: 'observed' (the analysis's counts, default) or 'asimov' (the expected background: the expected exclusion).",
        DefaultValueFactory = _ => "observed",
    }.AcceptOnlyFromAmong("observed", "asimov");

    private static int CheckedEvents(int events) =>
        events >= 100 ? events : throw new ArgumentOutOfRangeException("--events", events, $"--events = {events} must be >= 100");

    /// <inheritdoc />
    public override string? HelpSection => Options.ModelOptionsHelp.ModelOptions();

    public override string Path => "limit";

    public override string Description => "Excluded range of one parameter (c tau0 through |V_N|^2) with the rest of the model fixed.";

    protected override void Configure(Command command)
    {
        _plugins.AddTo(command);
        command.Arguments.Add(_experiment);
        command.Arguments.Add(_family);
        command.TreatUnmatchedTokensAsErrors = false;   // the family's model options, parsed in Execute
        foreach (Option option in new Option[] { _param, _min, _max, _points, _analysis, _cl, _events, _seed, _data }) command.Options.Add(option);
        _production.AddTo(command);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        double? requestedCl = parse.GetValue(_cl);
        if (requestedCl is double given && !(given > 0 && given < 1)) throw new ArgumentOutOfRangeException("--cl", given, $"--cl = {given} is outside (0, 1)");
        int points = parse.GetValue(_points);
        if (points is < 2 or > 1000) throw new ArgumentOutOfRangeException("--points", points, $"--points = {points} is outside [2, 1000]");
        double min = parse.GetValue(_min), max = parse.GetValue(_max);
        if (!(min > 0) || !(max > min) || !double.IsFinite(max))
            throw new ArgumentOutOfRangeException("--max", max, $"the c tau0 range [{min}, {max}] must satisfy 0 < min < max < infinity");
        var experiment = AnalysisInference.For(_plugins.Discover(parse).Get(parse.GetValue(_experiment)!), parse.GetValue(_analysis),
            _production.Apply(parse, new SimulationOptions { Events = CheckedEvents(parse.GetValue(_events)), Seed = parse.GetValue(_seed) }),
            parse.GetValue(_data) == "asimov" ? DataSet.Asimov : DataSet.Observed);
        double cl = requestedCl ?? experiment.Experiment.Defaults.ConfidenceLevel;
        var signal = FamilySignal.Parse(parse.GetValue(_family)!, parse.UnmatchedTokens, experiment.Analysis);

        Sampling.Reweighting.ReweightingEvents sample;
        using (var progress = CliProgress.Start(context, $"limit {experiment.Experiment.Info.Id}", 1))
        {
            sample = experiment.Sample(signal);
            progress.Advance();
        }
        var limit = LifetimeLimit.Scan(experiment, sample, min, max, points, cl);
        var (ctau, selected, delta, threshold, excluded) = (limit.X, limit.Signal, limit.Delta, limit.Threshold, limit.Excluded);

        if (context.Json)
        {
            context.WriteJson(new
            {
                param = "ctau0-cm",
                data = experiment.IsAsimov ? "asimov" : "observed",
                confidenceLevel = cl,
                threshold,
                excluded = excluded.Select(e => new { low = e.Low, high = e.High, lowIsScanEdge = e.LowIsScanEdge, highIsScanEdge = e.HighIsScanEdge }),
                scan = ctau.Select((c, i) => new { ctau0Cm = c, selected = selected[i], delta = delta[i] }),
                modelCtau0Cm = signal.ProperDecayLengthCm,
                seed = parse.GetValue(_seed),
                events = parse.GetValue(_events),
                units = new { ctau0Cm = "cm", modelCtau0Cm = "cm", selected = "events", delta = "" },
            });
            return 0;
        }
        var o = context.Out;
        o.WriteLine($"{experiment.Experiment.Info.Name}, analysis {experiment.Analysis.Id}; model {signal.Description}");
        o.WriteLine($"c tau0 scan {min:0.###e+00} to {max:0.###e+00} cm ({points} points), {cl * 100:0.#}% CL (1 dof, -2 Delta ln L > {threshold:0.###}){(experiment.IsAsimov ? ", Asimov data: expected exclusion" : "")}");
        if (excluded.Count == 0) o.WriteLine("nothing excluded");
        foreach (var e in excluded)
            o.WriteLine($"excluded: {e.Low:0.###e+00} cm{(e.LowIsScanEdge ? " (scan edge)" : "")} to {e.High:0.###e+00} cm{(e.HighIsScanEdge ? " (scan edge)" : "")}");
        o.WriteLine($"model c tau0 = {signal.ProperDecayLengthCm:0.###e+00} cm");
        return 0;
    }
}
