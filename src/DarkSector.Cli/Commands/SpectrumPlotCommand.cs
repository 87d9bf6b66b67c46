using System.CommandLine;
using DarkSector.Cli.Commands.Experiments;
using DarkSector.Cli.Commands.Options;
using DarkSector.Cli.Hosting;
using DarkSector.Reporting.Plotting;
using DarkSector.Reporting.Rates;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Simulation;
using DarkSector.Sampling.Inference;

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
internal sealed class SpectrumPlotCommand : CliCommand
{
    private readonly PluginFolderOption _plugins = new();

    private readonly Argument<string> _experiment = new("experiment") { Description = "Experiment id, e.g. miniboone (see the discovered plugins)." };

    private readonly Argument<string> _family = new Argument<string>("family")
    {
        Description = "Model family: dark-photon, dipole or dark-seesaw (--card FILE, every heavy state summed; their model options are listed below), or 3p1 (--dm2 in eV^2, --sin2-2theta: 3+1 oscillation).",
    }.AcceptOnlyFromAmong([.. FamilySignal.SummedFamilies, ThreePlusOneOptions.Family]);

    private readonly Option<string?> _analyses = new("--analyses")
    {
        Description = "Comma-separated analysis ids (default: every analysis with data and finite bins), e.g. eqe-combined,costheta.",
    };

    private readonly Option<string> _out = new("--out") { Description = "Path of the figure to write: .svg, .pdf or .png (by extension).", Required = true };

    private readonly Option<int> _events = new("--events") { Description = "Number of generated events per analysis (>= 100).", DefaultValueFactory = _ => 100_000 };

    private readonly Option<ulong> _seed = new("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1UL };

    private readonly Option<int> _columns = new("--columns") { Description = "Panels per row (>= 1).", DefaultValueFactory = _ => 2 };

    private readonly Option<string> _decayTo = new Option<string>("--decay-to")
    {
        Description = "dark-photon: 'nu' (N -> nu e+e-, default) or 'n4' (N5 -> N4 e+e-; needs --m4).",
        DefaultValueFactory = _ => "nu",
    }.AcceptOnlyFromAmong("nu", "n4");

    /// <inheritdoc />
    public override string? HelpSection => Options.ModelOptionsHelp.ModelOptions(withCard: true);

    public override string Path => "spectrum-plot";

    public override string Description => "Figure (SVG, PDF or PNG) of the predicted spectra of an experiment's analyses stacked on the background, with the data points.";

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
        string id = parse.GetValue(_experiment)!;
        var catalog = _plugins.Discover(parse);
        var experiment = catalog.Get(id);   // an unknown id: "unknown experiment 'x'; known: ..."
        int events = Checks.Events(parse.GetValue(_events));
        int columns = parse.GetValue(_columns);
        if (columns < 1) throw new ArgumentOutOfRangeException("--columns", columns, $"--columns = {columns} must be >= 1");
        bool oscillation = parse.GetValue(_family) == ThreePlusOneOptions.Family;
        var parameters = oscillation ? ThreePlusOneOptions.Parse(parse.UnmatchedTokens) : null;
        var analyses = Select(experiment, parse.GetValue(_analyses), oscillation);
        string path = parse.GetValue(_out)!;

        var panels = new List<SvgPlot>();
        var rows = new List<(AnalysisDefinition, IReadOnlyList<double>, FitSummary?)>();
        string description = "";
        foreach (var analysis in analyses)
        {
            IReadOnlyList<double> bins, w2 = [];
            if (parameters is not null) (bins, description) = (OscillationPrediction.Predict(analysis, parameters), OscillationPrediction.Describe(parameters));
            else
            {
                var signals = FamilySignal.ParseAll(parse.GetValue(_family)!, parse.UnmatchedTokens, analysis, parse.GetValue(_decayTo)!);
                var result = SignalSum.Run(experiment, analysis, analysis.Exposures, signals,
                    new SimulationOptions { Events = events, Seed = parse.GetValue(_seed) }, new RateCommand.SynchronousProgress(context));
                (bins, w2, description) = (result.Bins, result.BinSumOfSquares, string.Join("; ", signals.Select(s => s.Description)));
            }
            var fit = FitSummary.Of(analysis, bins, w2);
            panels.AddRange(RateSpectrumPlot.Build(analysis, bins, $"{experiment.Info.Name} {analysis.Id}"));
            rows.Add((analysis, bins, fit));
            if (!context.Json) context.Out.WriteLine(SpectrumReport.Line(analysis, bins, fit));
        }
        SvgPanels.Save(path, panels, columns, $"{experiment.Info.Name}: {description}");
        return context.Report(new SpectrumReport(path, rows).ToJson(), o => o.WriteLine($"wrote {path} ({panels.Count} panels)"));
    }

    private static IReadOnlyList<AnalysisDefinition> Select(IExperiment experiment, string? ids, bool oscillation)
    {
        if (ids is null)
        {
            var drawable = experiment.Analyses.Where(a => a.Data.IsAvailable && a.Binning.Edges.ToArray().All(e => Math.Abs(e) <= 1e12)
                && (!oscillation || a.Appearance is not null)).ToArray();
            return drawable.Length > 0 ? drawable : throw new ArgumentException($"experiment '{experiment.Info.Id}' has no analysis with data and finite bins to plot");
        }
        var chosen = new List<AnalysisDefinition>();
        foreach (string wanted in ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            chosen.Add(experiment.Analyses.FirstOrDefault(a => a.Id == wanted)
                ?? throw new ArgumentException($"--analyses: '{wanted}' is not an analysis of {experiment.Info.Id}; analyses: {string.Join(", ", experiment.Analyses.Select(a => a.Id))}"));
        return chosen.Count > 0 ? chosen : throw new ArgumentException("--analyses: give at least one analysis id");
    }
}
