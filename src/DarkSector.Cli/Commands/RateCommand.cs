using DarkSector.Reporting.Rates;

namespace DarkSector.Cli.Commands;

/// <summary>
/// <c>darksector rate &lt;experiment&gt; &lt;family&gt; &lt;model options&gt;</c>: expected signal events of one analysis of any
/// discovered experiment, an adapter over <see cref="DetectorSimulation"/> (<see cref="SignalSum"/> for a summed family,
/// <see cref="OscillationPrediction"/> for 3p1) and <see cref="FitSummary"/>; the output is <see cref="RateReport"/>
/// (<see cref="OscillationRateReport"/>), --plot <see cref="RateSpectrumPlot"/>. The family's model options are the tokens
/// rate itself does not recognise (<see cref="FamilySignal"/>, <see cref="ThreePlusOneOptions"/>).
/// </summary>
internal sealed class RateCommand() : CliCommand("rate",
    "Expected signal events at an experiment: upscattering in every volume, decay in the fiducial volumes, cuts, efficiency, exposure.")
{
    private readonly AnalysisOptions _a = new("Experiment id, e.g. t2k-nd280 (see the discovered plugins).", "Number of generated events (>= 100).", 100_000, "Random seed.");

    private readonly Argument<string> _family = new Argument<string>("family") { Description = "Model family: dark-photon, dipole or dark-seesaw (--card FILE: every heavy state of the card, summed; their model options are listed below), or 3p1 (--dm2 in eV^2, --sin2-2theta: 3+1 oscillation)." }
        .AcceptOnlyFromAmong([.. FamilySignal.SummedFamilies, ThreePlusOneOptions.Family]);

    private readonly Option<string> _mode = new("--mode") { Description = "Beam modes of the analysis to use: a mode name (fhc, rhc, ...), a comma-separated list, or both/all (default).", DefaultValueFactory = _ => "both" };

    private readonly Option<double?> _pot = new("--pot") { Description = "Override the exposure of every simulated beam mode (POT, > 0; e.g. a projection's future exposure). The chi2 against the analysis's data is then not computed." };

    private readonly Option<string?> _plot = new("--plot") { Description = "Write a figure (.svg, .pdf or .png, by extension) of the predicted spectrum stacked on the background, with the data points (analyses with data)." };

    private readonly Option<double?> _precision = new("--precision") { Description = "Requested relative MC error on the selected signal, in (0, 1): --events is the starting sample, grown until reached or 4e6 events; the output says whether it was reached." };

    private readonly Option<string> _decayTo = CommonOptions.DecayTo();

    private readonly Option<string?> _shard = CommonOptions.Shard("Simulate", "event chunks (1e6 events each)");

    private readonly Option<string?> _out = new("--out") { Description = "With --shard: the merged JSON report's file; the part OUT.shard-i-of-n is written next to it." };

    /// <inheritdoc />
    public override string? HelpSection => Reporting.Reports.ModelOptionsHelp.ModelOptions(DarkSeesawOptions.CardDescription);

    protected override void Configure(Command command)
    {
        command.Arguments.Add(_a.Experiment);
        command.Arguments.Add(_family);
        command.TreatUnmatchedTokensAsErrors = false;   // the family's model options, parsed in Execute
        foreach (Option option in new Option[] { _a.Analysis, _mode, _pot, _a.Events, _precision, _a.Seed, _decayTo, _plot, _shard, _out }) command.Options.Add(option);
        _a.Plugins.AddTo(command);
        _a.Production.AddTo(command);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        OutputPaths.Check("--plot", parse.GetValue(_plot), FigureFile.Extensions);
        var shard = ParseShard(parse.GetValue(_shard), parse.GetValue(_out), context.Merged is not null);
        var experiment = _a.ExperimentOf(parse);
        var analysis = AnalysisInference.Find(experiment, parse.GetValue(_a.Analysis));
        var (exposures, allModes) = RateRun.Exposures(analysis, parse.GetValue(_mode)!, parse.GetValue(_pot));   // a chi2 against the data only for the analysis's own
        Physics.Check.AtLeast(parse.GetValue(_a.Events), 100, "--events");
        var precision = PrecisionTarget.Of(parse.GetValue(_precision), "--precision");

        if (parse.GetValue(_family) == ThreePlusOneOptions.Family)
        {
            var parameters = ThreePlusOneOptions.Parse(parse.UnmatchedTokens);
            var oscillation = RateRun.Oscillation(experiment, analysis, exposures, parameters);
            if (parse.GetValue(_plot) is string plotPath) RateSpectrumPlot.Save(plotPath, experiment.Info.Name, analysis, oscillation.Bins, OscillationPrediction.Describe(parameters));
            return context.Report(oscillation.ToJson(), oscillation.WriteText);
        }
        var signals = FamilySignal.ParseAll(parse.GetValue(_family)!, parse.UnmatchedTokens, analysis, parse.GetValue(_decayTo)!);
        var simulation = _a.Simulation(parse);
        if (precision is not null && shard is not null)
            throw new ArgumentException($"--precision cannot be combined with --shard {parse.GetValue(_shard)}: a requested precision grows one sample adaptively; run the shards at a fixed --events", "--precision");
        var progress = new SynchronousProgress(context);
        if (shard is Shard s)
        {
            if (signals.Count > 1) throw new ArgumentException($"--shard is not available for a summed family ({signals.Count} heavy states of the card): run at a fixed --events in one process", "--shard");
            // the family's model options are tokens rate itself does not declare: they belong to the job too
            var request = new JobRequest("rate", [.. CommandRequest.From(parse, "rate", _out.Name, _shard.Name).Arguments, .. parse.UnmatchedTokens]);
            var part = RateRun.SimulateShard(request, s, parse.GetValue(_out)!, simulation, o => DetectorSimulation.Run(experiment, analysis, exposures, signals[0], o, progress));
            return context.Report(part.ToJson(), part.WriteText);
        }
        var report = RateRun.Simulate(experiment, analysis, exposures, signals, simulation, allModes, precision, context.Merged?.Units, progress)
            with { Processes = ProductionSelection.Describe(simulation) };
        if (parse.GetValue(_plot) is string path) RateSpectrumPlot.Save(path, experiment.Info.Name, analysis, report.Result.Bins, string.Join("; ", signals.Select(s => s.Description)));
        if (context.Merged is not var (job, chunks)) return context.Report(report.ToJson(), report.WriteText);
        var (json, text) = RateRun.WriteMerged(context.Serialize(report.ToJson()), parse.GetValue(_out)!, job, chunks.Count);   // the report rate --json prints
        return context.Report(json, o => o.WriteLine(text));
    }

    /// <summary>--shard as a shard (null without); --out is required with it and only with it (or in a merge, <paramref name="merged"/>).</summary>
    private static Shard? ParseShard(string? shard, string? outPath, bool merged)
    {
        if (shard is null && !merged)
            return outPath is null ? null : throw new ArgumentException("--out: only with --shard (the merged report's file); print the report with --json otherwise");
        if (outPath is null) throw new ArgumentException("--shard: give --out (the part OUT.shard-i-of-n is written next to it)");
        OutputPaths.Check("--out", outPath);
        return shard is null ? null : Shard.Parse(shard);
    }

    /// <summary>Writes progress lines to stderr immediately (System.Progress would post them to the thread pool); none
    /// with --json or --quiet.</summary>
    internal sealed class SynchronousProgress(CliContext context) : IProgress<string>
    {
        public void Report(string value)
        {
            if (!context.Json && !context.Quiet) context.Error.WriteLine($"rate: {value}");
        }
    }
}
