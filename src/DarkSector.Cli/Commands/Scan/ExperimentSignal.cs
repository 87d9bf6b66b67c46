using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Likelihoods;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Cli.Commands.Scan;

/// <summary>One analysis of a discovered experiment with its data: the predicted signal of a model point
/// (<see cref="DetectorSimulation"/>) and its −2 ln L, shared by <c>scan</c> and <c>limit</c>.</summary>
/// <remarks>
/// Σw² per bin is not reported by the simulation per bin; it is taken as McError² · μ_b/μ_total (exact for one bin,
/// the counting analyses). With <c>asimov</c> the observed counts are replaced by the expected background (the Asimov
/// data set without signal, Cowan et al. EPJ C 71 (2011) 1554): −2 Δ ln L then gives the sensitivity (expected limit)
/// instead of the observed limit. Thread-safe: each evaluation runs its own simulation with the given seed.
/// </remarks>
internal sealed class ExperimentSignal
{
    private readonly BinnedAnalysis _data;

    public ExperimentSignal(string experimentId, string? analysisId, int events, ulong seed, bool asimov = false,
        Func<SimulationOptions, SimulationOptions>? production = null)
    {
        var catalog = ExperimentCatalog.Discover();
        var experiment = catalog.Get(experimentId);   // an unknown id: "unknown experiment 'x'; known: ..."
        Experiment = experiment;
        Analysis = (analysisId is null ? experiment.Analyses.FirstOrDefault() : experiment.Analyses.FirstOrDefault(a => a.Id == analysisId))
            ?? throw new ArgumentException($"--analysis: '{analysisId}' is not an analysis of {experimentId}; analyses: {string.Join(", ", experiment.Analyses.Select(a => a.Id))}");
        if (events < 100) throw new ArgumentOutOfRangeException("--events", events, $"--events = {events} must be >= 100");
        _data = Analysis.ToBinnedAnalysis();
        if (asimov) _data = _data.WithObserved(_data.Background);
        IsAsimov = asimov;
        var options = new SimulationOptions { Events = events, Seed = seed };
        Options = production is null ? options : production(options);   // --processes, --volumes (ProductionSelectionOptions)
    }

    public IExperiment Experiment { get; }

    public AnalysisDefinition Analysis { get; }

    public SimulationOptions Options { get; }

    /// <summary>Whether the data are the Asimov (background-only) counts rather than the observed ones.</summary>
    public bool IsAsimov { get; }

    /// <summary>−2 ln L of the background-only hypothesis (no signal).</summary>
    public double BackgroundOnly()
    {
        var zero = new double[_data.BinCount];
        return _data.MinusTwoLnL(zero, zero);
    }

    /// <summary>−2 ln L for a predicted signal per bin with its Σw².</summary>
    public double MinusTwoLnL(ReadOnlySpan<double> signal, ReadOnlySpan<double> sumOfSquares) => _data.MinusTwoLnL(signal, sumOfSquares);

    /// <summary>Simulates <paramref name="model"/> once and keeps its selected events with their fiducial crossings,
    /// for exact coupling and lifetime reweighting at the same masses.</summary>
    public ReweightingEvents Sample(ISignalModel model)
    {
        var events = new ReweightingEvents(1, Analysis.Binning.Count);
        SimulationReweighting.Collect(Experiment, Analysis, model, Options, [model.HnlMassGeV], 1, 1, events);
        return events;
    }

    /// <summary>The simulated signal and its −2 ln L.</summary>
    public (SimulationResult Result, double MinusTwoLnL) Evaluate(ISignalModel model)
    {
        var result = DetectorSimulation.Run(Experiment, Analysis, Analysis.Exposures, model, Options);
        var mu = result.Bins.ToArray();
        var w2 = new double[mu.Length];
        double total = mu.Sum();
        if (total > 0)
            for (int b = 0; b < mu.Length; b++) w2[b] = result.McError * result.McError * mu[b] / total;
        return (result, _data.MinusTwoLnL(mu, w2));
    }
}
