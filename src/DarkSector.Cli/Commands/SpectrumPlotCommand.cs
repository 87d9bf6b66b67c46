using DarkSector.Reporting.Rates;

namespace DarkSector.Cli.Commands;

/// <summary>
/// <c>darksector spectrum-plot &lt;experiment&gt; &lt;family&gt; &lt;model options&gt; --out FILE.svg</c>: the predicted
/// spectra of several analyses of one experiment (e.g. MiniBooNE's E_QE and cos θ), each stacked on its background with
/// the data points, as panels of one SVG (<see cref="RateSpectrumPlot"/>, <see cref="SvgPanels"/>).
/// </summary>
/// <remarks>Each analysis is simulated over all its exposures (<see cref="DetectorSimulation"/>, as <c>rate</c>), with the
/// same event count and seed; output <see cref="SpectrumReport"/> (χ² with the MC term, <see cref="FitSummary"/>). Model options as for
/// <c>rate</c> (<see cref="FamilySignal.Parse"/>). Family 3p1 (<see cref="ThreePlusOneOptions"/>): the oscillation
/// component from each analysis's fully oscillated Monte Carlo (<see cref="OscillationPrediction"/>), no simulation; by
/// default every analysis that has one.</remarks>
internal sealed class SpectrumPlotCommand() : CliCommand("spectrum-plot",
    "Figure (SVG, PDF or PNG) of the predicted spectra of an experiment's analyses stacked on the background, with the data points.")
{
    private readonly PluginFolderOption _plugins = new();

    private readonly Argument<string> _experiment = new("experiment") { Description = "Experiment id, e.g. miniboone (see the discovered plugins)." };

    private readonly Argument<string> _family = new Argument<string>("family")
    {
        Description = "Model family: dark-photon, dipole or dark-seesaw (--card FILE, every heavy state summed; their model options are listed below), or 3p1 (--dm2 in eV^2, --sin2-2theta: 3+1 oscillation).",
    }.AcceptOnlyFromAmong([.. FamilySignal.SummedFamilies, ThreePlusOneOptions.Family]);

    private readonly Option<string?> _analyses = new("--analyses") { Description = "Comma-separated analysis ids (default: every analysis with data and finite bins), e.g. eqe-combined,costheta." };

    private readonly Option<string> _out = new("--out") { Description = "Path of the figure to write: .svg, .pdf or .png (by extension).", Required = true };

    private readonly Option<int> _events = new("--events") { Description = "Number of generated events per analysis (>= 100).", DefaultValueFactory = _ => 100_000 };

    private readonly Option<ulong> _seed = new("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1UL };

    private readonly Option<int> _columns = new("--columns") { Description = "Panels per row (>= 1).", DefaultValueFactory = _ => 2 };

    private readonly Option<string> _decayTo = CommonOptions.DecayTo();

    /// <inheritdoc />
    public override string? HelpSection => Reporting.Reports.ModelOptionsHelp.ModelOptions(DarkSeesawOptions.CardDescription);

    protected override void Configure(Command command)
    {
        command.Arguments.Add(_experiment);
        command.Arguments.Add(_family);
        command.TreatUnmatchedTokensAsErrors = false;   // the family's model options
        foreach (Option option in new Option[] { _analyses, _out, _events, _seed, _columns, _decayTo }) command.Options.Add(option);
        _plugins.AddTo(command);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        OutputPaths.Check("--out", parse.GetValue(_out), FigureFile.Extensions);
        var experiment = _plugins.Discover(parse).Get(parse.GetValue(_experiment)!);   // an unknown id: "unknown experiment 'x'; known: ..."
        var options = new SimulationOptions { Events = Physics.Check.AtLeast(parse.GetValue(_events), 100, "--events"), Seed = parse.GetValue(_seed) };
        var parameters = parse.GetValue(_family) == ThreePlusOneOptions.Family ? ThreePlusOneOptions.Parse(parse.UnmatchedTokens) : null;
        var analyses = SpectrumRun.Analyses(experiment, parse.GetValue(_analyses), parameters is not null);
        var report = SpectrumRun.Run(experiment, analyses, analysis =>
        {
            if (parameters is not null) return (OscillationPrediction.Predict(analysis, parameters), [], OscillationPrediction.Describe(parameters));
            var signals = FamilySignal.ParseAll(parse.GetValue(_family)!, parse.UnmatchedTokens, analysis, parse.GetValue(_decayTo)!);
            var result = SignalSum.Run(experiment, analysis, analysis.Exposures, signals, options, new RateCommand.SynchronousProgress(context));
            return (result.Bins, result.BinSumOfSquares, string.Join("; ", signals.Select(s => s.Description)));
        }, parse.GetValue(_out)!, parse.GetValue(_columns), line => { if (!context.Json) context.Out.WriteLine(line); });
        return context.Report(report.ToJson(), report.WriteText);
    }
}
