using System.CommandLine;
using DarkSector.Cli.Commands.Experiments;
using DarkSector.Cli.Commands.Options;
using DarkSector.Reporting.Plotting;
using DarkSector.Cli.Hosting;
using DarkSector.Physics;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Simulation;
using DarkSector.Sampling.Inference;

namespace DarkSector.Cli.Commands;

/// <summary>
/// <c>darksector rate &lt;experiment&gt; &lt;family&gt; &lt;model options&gt;</c>: expected signal events of one analysis of any
/// discovered experiment (resolved by id through the plugin catalog), computed by <see cref="DetectorSimulation"/>.
/// </summary>
/// <remarks>JSON keys: upscattered, upscatteredSelected, selected, selectedByVolume (selected events by the volume
/// where N was produced), upscatteredByVolume (by production volume, dirt included), upscatteredByProcess and
/// upscatteredByNucleus (detector volumes: they add up to upscattered), selectedByProcess (each breakdown entry an object
/// {value, mcError}, mcError = √Σw² of its events), processes (the --processes/--volumes/--exclude-volumes selection,
/// "all" by default), mcError, bins (events per bin of
/// the analysis observable; one entry for a counting analysis), cutFlow (cut, events, acceptance of each cut in order, when
/// the selection reports one; else empty), chi2 and chi2Background (−2 ln L of the analysis's likelihood with and without
/// the signal; null without data, when --mode drops one of its modes or when --pot replaces the exposures), bestFit (scale, chi2: the signal normalisation μ ≥ 0
/// minimising −2 ln L(b + μ s) and that minimum, <see cref="SignalScaleFit"/>; with chi2, when the signal is not zero), and for a binning with labels "by" + observable
/// (e.g. byTopology: label → events). Dipole: N → ν e⁺e⁻, or N → ν γ for photon-conversion analyses, or both for
/// single-shower analyses (observable E_QE or cos_theta, e.g. MiniBooNE). --plot writes the predicted spectrum stacked on
/// the background with the data points as SVG (<see cref="RateSpectrumPlot"/>). Families: dark-photon (the options of
/// <see cref="DarkPhotonOptions"/>), dipole (<see cref="DipoleOptions"/>), 3p1 (<see cref="ThreePlusOneOptions"/>: the 3+1
/// ν_μ → ν_e appearance prediction from the analysis's fully oscillated Monte Carlo, no simulation; JSON keys bins,
/// selected, chi2, chi2Background, bestFit and model {dm2, sin22theta}; every beam mode of the analysis). The model options of the chosen family are
/// parsed from the tokens the rate command itself does not recognise, so each family keeps its own option set.</remarks>
internal sealed class RateCommand : CliCommand
{
    private readonly PluginFolderOption _plugins = new();

    private readonly ProductionSelectionOptions _production = new();

    private readonly Argument<string> _experiment = new("experiment") { Description = "Experiment id, e.g. t2k-nd280 (see the discovered plugins)." };

    private readonly Argument<string> _family = new Argument<string>("family")
    {
        Description = "Model family: dark-photon, dipole or dark-seesaw (--card FILE: every heavy state of the card, summed; their model options are listed below), or 3p1 (--dm2 in eV^2, --sin2-2theta: 3+1 oscillation).",
    }.AcceptOnlyFromAmong([.. FamilySignal.SummedFamilies, ThreePlusOneOptions.Family]);

    private readonly Option<string?> _analysis = new("--analysis") { Description = "Analysis id (default: the experiment's first analysis, e.g. tpc-ee)." };

    private readonly Option<string> _mode = new("--mode")
    {
        Description = "Beam modes of the analysis to use: a mode name (fhc, rhc, ...), a comma-separated list, or both/all (default).",
        DefaultValueFactory = _ => "both",
    };

    private readonly Option<double?> _pot = new("--pot")
    {
        Description = "Override the exposure of every simulated beam mode (POT, > 0; e.g. a projection's future exposure). The chi2 against the analysis's data is then not computed.",
    };

    private readonly Option<int> _events = new("--events") { Description = "Number of generated events (>= 100).", DefaultValueFactory = _ => 100_000 };

    private readonly Option<string?> _plot = new("--plot") { Description = "Write a figure (.svg, .pdf or .png, by extension) of the predicted spectrum stacked on the background, with the data points (analyses with data)." };

    private readonly Option<double?> _precision = new("--precision") { Description = "Requested relative MC error on the selected signal, in (0, 1): --events is the starting sample, grown until reached or 4e6 events; the output says whether it was reached." };

    private readonly Option<ulong> _seed = new("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1UL };

    private readonly Option<string> _decayTo = new Option<string>("--decay-to")
    {
        Description = "dark-photon: recoil of the visible decay of the produced (heaviest) HNL: 'nu' (N -> nu e+e-, default) or 'n4' "
            + "(N5 -> N4 e+e-, the dual scenario; needs --m4).",
        DefaultValueFactory = _ => "nu",
    }.AcceptOnlyFromAmong("nu", "n4");

    private readonly Option<string?> _shard = new("--shard")
    {
        Description = "Simulate only shard i/n (0-based) of the event chunks (1e6 events each) and write the part OUT.shard-i-of-n next to --out (join the parts with darksector merge).",
    };

    private readonly Option<string?> _out = new("--out") { Description = "With --shard: the merged JSON report's file; the part OUT.shard-i-of-n is written next to it." };

    /// <summary>Chunk payloads of a merged sharded run (<see cref="RateShards.WriteMerged"/>): the report is computed from them.</summary>
    internal IReadOnlyList<byte[]>? MergedChunks { get; set; }

    /// <inheritdoc />
    public override string? HelpSection => Options.ModelOptionsHelp.ModelOptions(withCard: true);

    public override string Path => "rate";

    public override string Description => "Expected signal events at an experiment: upscattering in every volume, decay in the fiducial volumes, cuts, efficiency, exposure.";

    protected override void Configure(Command command)
    {
        command.Arguments.Add(_experiment);
        command.Arguments.Add(_family);
        command.TreatUnmatchedTokensAsErrors = false;   // the family's model options, parsed in Execute
        foreach (Option option in new Option[] { _analysis, _mode, _pot, _events, _precision, _seed, _decayTo, _plot, _shard, _out }) command.Options.Add(option);
        _plugins.AddTo(command);
        _production.AddTo(command);
    }

    /// <summary>Runs the command on a parse of <see cref="CliCommand.ParseAlone"/> (a merge of its parts).</summary>
    internal int Run(ParseResult parse, CliContext context) => Execute(parse, context);

    protected override int Execute(ParseResult parse, CliContext context)
    {
        OutputPaths.Check("--plot", parse.GetValue(_plot), FigureFile.Extensions);
        var shard = RateShards.ParseShard(parse.GetValue(_shard), parse.GetValue(_out));
        string id = parse.GetValue(_experiment)!;
        var catalog = _plugins.Discover(parse);
        var experiment = catalog.Get(id);   // an unknown id: "unknown experiment 'x'; known: ..."
        string? analysisId = parse.GetValue(_analysis);
        var analysis = analysisId is null ? experiment.Analyses.FirstOrDefault()
            : experiment.Analyses.FirstOrDefault(a => a.Id == analysisId);
        if (analysis is null)
            throw new ArgumentException($"--analysis: '{analysisId}' is not an analysis of {id}; analyses: {string.Join(", ", experiment.Analyses.Select(a => a.Id))}");
        var exposures = SelectExposures(analysis, parse.GetValue(_mode)!);
        double? pot = parse.GetValue(_pot);
        if (pot is double amount)
        {
            if (!(amount > 0) || double.IsInfinity(amount)) throw new ArgumentOutOfRangeException("--pot", amount, $"--pot = {amount} must be finite and > 0");
            exposures = exposures.Select(e => e with { Amount = amount }).ToArray();
        }
        int events = parse.GetValue(_events);
        if (events < 100) throw new ArgumentOutOfRangeException("--events", events, $"--events = {events} must be >= 100");
        double? precision = parse.GetValue(_precision);
        if (precision is double p && !(p > 0 && p < 1))
            throw new ArgumentOutOfRangeException("--precision", p, $"--precision = {p.ToString(System.Globalization.CultureInfo.InvariantCulture)} must be in (0, 1)");

        if (parse.GetValue(_family) == ThreePlusOneOptions.Family) return ExecuteOscillation(parse, context, experiment, analysis, exposures);
        var signals = FamilySignal.ParseAll(parse.GetValue(_family)!, parse.UnmatchedTokens, analysis, parse.GetValue(_decayTo)!);
        var simulation = _production.Apply(parse, new SimulationOptions { Events = events, Seed = parse.GetValue(_seed) });
        if (signals.Count > 1 && (precision is not null || shard is not null))
            throw new ArgumentException($"--{(precision is not null ? "precision" : "shard")} is not available for a summed family ({signals.Count} heavy states of the card): run at a fixed --events in one process", precision is not null ? "--precision" : "--shard");
        if (precision is not null && shard is not null)
            throw new ArgumentException($"--precision cannot be combined with --shard {parse.GetValue(_shard)}: a requested precision grows one sample adaptively; run the shards at a fixed --events", "--precision");
        if (shard is not null && MergedChunks is null)
            return RateShards.RunShard(parse, context, shard.Value, parse.GetValue(_out)!, simulation,
                o => DetectorSimulation.Run(experiment, analysis, exposures, signals[0], o, new SynchronousProgress(context)), _out.Name, _shard.Name);
        var precise = signals.Count == 1 && precision is double target && MergedChunks is null
            ? DetectorSimulation.RunToPrecision(experiment, analysis, exposures, signals[0], simulation, new PrecisionTarget(target), new SynchronousProgress(context))
            : null;
        var result = signals.Count > 1 ? SignalSum.Run(experiment, analysis, exposures, signals, simulation, new SynchronousProgress(context))
            : precise?.Result ?? (MergedChunks is not null ? RateShards.Combine(MergedChunks)
            : Sampling.Distributed.SimulationChunks.Run(experiment, analysis, exposures, signals[0], simulation, new SynchronousProgress(context)));
        string modelDescription = string.Join("; ", signals.Select(s => s.Description));

        // chi2 of the analysis's likelihood for background + signal and background only, when the analysis has data and
        // all its beam modes were simulated (null otherwise)
        var fitSummary = exposures.Count == analysis.Exposures.Count && pot is null ? FitSummary.Of(analysis, result.Bins) : FitSummary.None;

        Plot(parse, experiment, analysis, result.Bins, modelDescription);

        if (context.Json)
        {
            var json = new Dictionary<string, object>
            {
                ["upscattered"] = result.Upscattered,
                ["upscatteredSelected"] = result.UpscatteredSelected,
                ["selected"] = result.Selected,
                ["selectedByVolume"] = result.SelectedByVolume,
                ["upscatteredByVolume"] = Estimates(result.UpscatteredByVolume),
                ["upscatteredByProcess"] = Estimates(result.UpscatteredByProcess),
                ["upscatteredByNucleus"] = Estimates(result.UpscatteredByNucleus),
                ["selectedByProcess"] = Estimates(result.SelectedByProcess),
                ["processes"] = ProductionSelectionOptions.Describe(simulation) ?? "all",
                ["mcError"] = result.McError,
                ["bins"] = result.Bins,
                ["cutFlow"] = result.CutFlow.Select(c => new { cut = c.Cut, events = c.Events, acceptance = c.Acceptance }).ToArray(),
            };
            if (precise is not null)
                json["precision"] = new { target = precision, relativeError = double.IsFinite(precise.RelativeError) ? precise.RelativeError : (double?)null, reached = precise.Reached, events = precise.Events };
            fitSummary.AddTo(json);
            if (LabelledBins(analysis, result) is { } labelled) json[LabelledKey(analysis.Binning)] = labelled;
            context.WriteJson(json);
            return 0;
        }
        var o = context.Out;
        o.WriteLine($"{experiment.Info.Name}, analysis {analysis.Id}: {string.Join(", ", exposures.Select(e => $"{e.Mode} {e.Amount:0.###e+00}"))}");
        foreach (var signal in signals) o.WriteLine($"model: {signal.Description}; c tau0 = {signal.ProperDecayLengthCm:0.####e+00} cm");
        if (ProductionSelectionOptions.Describe(simulation) is string selection) o.WriteLine($"production: {selection}");
        o.WriteLine($"upscattered          {result.Upscattered:0.####e+00}");
        o.WriteLine($"upscattered selected {result.UpscatteredSelected:0.####e+00}");
        o.WriteLine($"selected             {result.Selected:0.####e+00} +- {result.McError:0.##e+00} (MC)");
        if (precise is not null)
            o.WriteLine(precise.Reached
                ? $"precision: reached {precision:0.###} (relative MC error {precise.RelativeError:0.###} with {precise.Events} events)"
                : $"precision: NOT reached {precision:0.###} (relative MC error {precise.RelativeError:0.###} with {precise.Events} events, the budget)");
        o.WriteLine("selected by production volume:");
        foreach (var (volume, value) in result.SelectedByVolume.Where(kv => kv.Value > 0).OrderByDescending(kv => kv.Value))
            o.WriteLine($"  {volume,-22} {value:0.####e+00}");
        WriteTable(o, "selected by process", result.SelectedByProcess);
        WriteTable(o, "upscattered by production volume (dirt included)", result.UpscatteredByVolume);
        WriteTable(o, "upscattered by process (detector)", result.UpscatteredByProcess);
        WriteTable(o, "upscattered by nucleus (detector)", result.UpscatteredByNucleus);
        o.WriteLine($"by nucleus: {string.Join(", ", result.SelectedByNucleus.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value / result.Selected:P1}"))}");
        foreach (var step in result.CutFlow)
            o.WriteLine($"  cut {step.Cut,-28} acceptance {step.Acceptance:0.####e+00}  events {step.Events:0.####e+00}");
        if (LabelledBins(analysis, result) is { } named)
            o.WriteLine($"by {analysis.Binning.Observable}: {string.Join(", ", named.Select(kv => $"{kv.Key} {kv.Value.ToString("0.###e+00", System.Globalization.CultureInfo.InvariantCulture)}"))}");
        else if (result.Bins.Count > 1)
            o.WriteLine($"bins ({analysis.Binning.Observable}): {string.Join(" ", result.Bins.Select(b => b.ToString("0.###e+00", System.Globalization.CultureInfo.InvariantCulture)))}");
        fitSummary.WriteTo(o);
        return 0;
    }

    /// <summary>The 3p1 family: the oscillation prediction of the analysis's appearance Monte Carlo, its χ² and best scale.</summary>
    private int ExecuteOscillation(ParseResult parse, CliContext context, IExperiment experiment, AnalysisDefinition analysis, IReadOnlyList<BeamExposure> exposures)
    {
        var parameters = ThreePlusOneOptions.Parse(parse.UnmatchedTokens);
        if (exposures.Count != analysis.Exposures.Count)
            throw new ArgumentException($"--mode: the 3p1 prediction covers every beam mode of analysis {analysis.Id}; drop --mode (or pick the single-mode analysis)");
        var bins = OscillationPrediction.Predict(analysis, parameters);
        var fitSummary = FitSummary.Of(analysis, bins);   // no Σw²: the release's covariance holds the oscillation MC's uncertainty
        string description = OscillationPrediction.Describe(parameters);
        Plot(parse, experiment, analysis, bins, description);
        if (context.Json)
        {
            var json = new Dictionary<string, object>
            {
                ["model"] = new { family = ThreePlusOneOptions.Family, dm2 = parameters.Dm2Ev2, sin22theta = parameters.Sin22ThetaMuE },
                ["selected"] = bins.Sum(),
                ["bins"] = bins,
            };
            fitSummary.AddTo(json);
            context.WriteJson(json);
            return 0;
        }
        var o = context.Out;
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        o.WriteLine($"{experiment.Info.Name}, analysis {analysis.Id}: {string.Join(", ", exposures.Select(e => $"{e.Mode} {e.Amount:0.###e+00}"))}");
        o.WriteLine($"model: {description}");
        o.WriteLine($"oscillation events   {bins.Sum():0.####e+00}");
        o.WriteLine($"bins ({analysis.Binning.Observable}): {string.Join(" ", bins.Select(b => b.ToString("0.###e+00", inv)))}");
        fitSummary.WriteTo(o);
        return 0;
    }

    /// <summary>Writes the --plot SVG, if asked for.</summary>
    private void Plot(ParseResult parse, IExperiment experiment, AnalysisDefinition analysis, IReadOnlyList<double> bins, string description)
    {
        if (parse.GetValue(_plot) is not string plotPath) return;
        string title = $"{experiment.Info.Name} {analysis.Id}: {description}";
        SvgPanels.Save(plotPath, RateSpectrumPlot.Build(analysis, bins, title), 2, title);
    }

    /// <summary>χ² of the analysis with and without the signal and the best signal scale; empty without data (or when
    /// --mode drops one of the analysis's modes).</summary>
    private sealed record FitSummary(double? Chi2, double? Chi2Background, (double Scale, double MinusTwoLnL)? BestFit)
    {
        public static readonly FitSummary None = new(null, null, null);

        public static FitSummary Of(AnalysisDefinition analysis, IReadOnlyList<double> bins)
        {
            if (!analysis.Data.IsAvailable) return None;
            var binned = analysis.ToBinnedAnalysis();
            var zeros = new double[bins.Count];
            return new FitSummary(binned.MinusTwoLnL(bins.ToArray(), zeros), binned.MinusTwoLnL(zeros, zeros), SignalScaleFit.Fit(binned, bins));
        }

        public void AddTo(Dictionary<string, object> json)
        {
            if (Chi2 is double chi2 && Chi2Background is double background) (json["chi2"], json["chi2Background"]) = (chi2, background);
            if (BestFit is { } fit) json["bestFit"] = new { scale = fit.Scale, chi2 = fit.MinusTwoLnL };
        }

        public void WriteTo(TextWriter o)
        {
            if (Chi2 is double withSignal && Chi2Background is double backgroundOnly)
                o.WriteLine($"chi2 = {withSignal:0.###} (background only {backgroundOnly:0.###}, delta {withSignal - backgroundOnly:0.###})");
            if (BestFit is { } best)
                o.WriteLine($"best fit: signal x {best.Scale:0.####e+00}, chi2 = {best.MinusTwoLnL:0.###}");
        }
    }

    /// <summary>A breakdown as JSON: key → {value, mcError}.</summary>
    private static Dictionary<string, object> Estimates(IReadOnlyDictionary<string, EventEstimate> split) =>
        split.ToDictionary(kv => kv.Key, kv => (object)new { value = kv.Value.Value, mcError = kv.Value.McError }, StringComparer.Ordinal);

    private static void WriteTable(TextWriter o, string title, IReadOnlyDictionary<string, EventEstimate> split)
    {
        o.WriteLine($"{title}:");
        foreach (var (key, e) in split.Where(kv => kv.Value.Value > 0).OrderByDescending(kv => kv.Value.Value))
            o.WriteLine($"  {key,-22} {e.Value:0.####e+00} +- {e.McError:0.##e+00}");
    }

    /// <summary>Events per labelled bin (e.g. per topology), or null if the binning has no labels.</summary>
    private static Dictionary<string, double>? LabelledBins(AnalysisDefinition analysis, SimulationResult result)
    {
        if (analysis.Binning.Labels is not { } labels) return null;
        var named = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int i = 0; i < labels.Count; i++) named[labels[i]] = result.Bins[i];
        return named;
    }

    /// <summary>The JSON key of the labelled bins: "by" + the observable in PascalCase ("topology" -> "byTopology").</summary>
    private static string LabelledKey(Binning binning) =>
        "by" + string.Concat(binning.Observable.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static IReadOnlyList<BeamExposure> SelectExposures(AnalysisDefinition analysis, string mode)
    {
        if (mode is "both" or "all") return analysis.Exposures;
        var wanted = mode.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var chosen = analysis.Exposures.Where(e => wanted.Contains(e.Mode, StringComparer.OrdinalIgnoreCase)).ToArray();
        if (chosen.Length != wanted.Length)
            throw new ArgumentException($"--mode: '{mode}' does not name modes of analysis {analysis.Id}; modes: {string.Join(", ", analysis.Exposures.Select(e => e.Mode.ToLowerInvariant()))}, both");
        return chosen;
    }

    /// <summary>Writes progress lines to stderr immediately (System.Progress would post them to the thread pool).</summary>
    internal sealed class SynchronousProgress(CliContext context) : IProgress<string>
    {
        public void Report(string value)
        {
            if (!context.Json) context.Error.WriteLine($"rate: {value}");
        }
    }
}
