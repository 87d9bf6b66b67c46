using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Likelihoods;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Inference;

/// <summary>The inference front door for one analysis of an experiment with its data: the prediction of a model point
/// (<see cref="DetectorSimulation"/>: bins, Σw² per bin, MC error, −2 ln L, background-only −2 ln L, best-fit signal
/// scale), the selected events of one simulation for exact reweighting, and the likelihood of any prediction.</summary>
/// <remarks>
/// <para>Data: the observed counts, or with <see cref="DataSet.Asimov"/> the expected background (the Asimov data set
/// without signal, Cowan, Cranmer, Gross, Vitells, EPJ C 71 (2011) 1554, built by <see cref="AsimovData.Exact"/>): −2 Δ ln L
/// then gives the sensitivity (expected limit) instead of the observed limit.</para>
/// <para>The statistic is the analysis's own (<see cref="AnalysisDefinition.ToBinnedAnalysis"/>), fed with the signal and
/// its Σw² per bin. Thread-safe: each prediction runs its own simulation with the settings' seed.</para>
/// </remarks>
public sealed class AnalysisInference
{
    private readonly BinnedAnalysis _data;

    /// <summary>Sets up the inference for <paramref name="analysis"/> of <paramref name="experiment"/>.</summary>
    /// <param name="experiment">The experiment.</param>
    /// <param name="analysis">One of its analyses.</param>
    /// <param name="options">Simulation settings (events, seed, production selection).</param>
    /// <param name="data">Observed counts or the Asimov (background-only) data set.</param>
    /// <exception cref="ArgumentException">The analysis has no data (counts and background).</exception>
    public AnalysisInference(IExperiment experiment, AnalysisDefinition analysis, SimulationOptions options, DataSet data = DataSet.Observed)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(options);
        (Experiment, Analysis, Options, Data) = (experiment, analysis, options, data);
        _data = Analysis.ToBinnedAnalysis();
        if (data == DataSet.Asimov)
        {
            var background = _data.Background.ToArray();
            var counts = new double[background.Length];
            AsimovData.Exact(new double[background.Length], background, counts);
            _data = _data.WithObserved(counts);
        }
    }

    /// <summary>Sets up the inference for the analysis <paramref name="analysisId"/> (or the experiment's first one).</summary>
    /// <param name="experiment">The experiment.</param>
    /// <param name="analysisId">Analysis id, or null for the experiment's first analysis.</param>
    /// <param name="options">Simulation settings.</param>
    /// <param name="data">Observed counts or the Asimov data set.</param>
    /// <exception cref="ArgumentException">No such analysis (the message lists the experiment's analyses).</exception>
    public static AnalysisInference For(IExperiment experiment, string? analysisId, SimulationOptions options, DataSet data = DataSet.Observed) =>
        new(experiment, Find(experiment, analysisId), options, data);

    /// <summary>The analysis <paramref name="analysisId"/> of <paramref name="experiment"/> (or its first one).</summary>
    /// <param name="experiment">The experiment.</param>
    /// <param name="analysisId">Analysis id, or null for the experiment's first analysis.</param>
    /// <exception cref="ArgumentException">No such analysis (the message lists the experiment's analyses).</exception>
    public static AnalysisDefinition Find(IExperiment experiment, string? analysisId)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        return (analysisId is null ? experiment.Analyses.FirstOrDefault() : experiment.Analyses.FirstOrDefault(a => a.Id == analysisId))
            ?? throw new ArgumentException($"--analysis: '{analysisId}' is not an analysis of {experiment.Info.Id}; analyses: {string.Join(", ", experiment.Analyses.Select(a => a.Id))}");
    }

    /// <summary>The experiment.</summary>
    public IExperiment Experiment { get; }

    /// <summary>The analysis.</summary>
    public AnalysisDefinition Analysis { get; }

    /// <summary>Simulation settings of every prediction.</summary>
    public SimulationOptions Options { get; }

    /// <summary>Which data the likelihood compares with.</summary>
    public DataSet Data { get; }

    /// <summary>Whether the data are the Asimov (background-only) counts rather than the observed ones.</summary>
    public bool IsAsimov => Data == DataSet.Asimov;

    /// <summary>The likelihood's data: observed (or Asimov) counts, background and statistic.</summary>
    public BinnedAnalysis Likelihood => _data;

    /// <summary>−2 ln L of the background-only hypothesis (no signal).</summary>
    public double BackgroundOnly()
    {
        var zero = new double[_data.BinCount];
        return _data.MinusTwoLnL(zero, zero);
    }

    /// <summary>−2 ln L for a predicted signal per bin with its Σw².</summary>
    /// <param name="signal">Expected signal events per bin.</param>
    /// <param name="sumOfSquares">Σw² per bin (the MC error term; zeros to ignore it).</param>
    public double MinusTwoLnL(ReadOnlySpan<double> signal, ReadOnlySpan<double> sumOfSquares) => _data.MinusTwoLnL(signal, sumOfSquares);

    /// <summary>Simulates <paramref name="model"/> once and keeps its selected events with their fiducial crossings,
    /// for exact coupling and lifetime reweighting at the same masses.</summary>
    /// <param name="model">The model point.</param>
    public ReweightingEvents Sample(ISignalModel model) => SampleWithEvents(model, Options.Events);

    /// <summary>As <see cref="Sample(ISignalModel)"/> with another number of generated events (same seed and settings).</summary>
    /// <param name="model">The model point.</param>
    /// <param name="events">Generated events, ≥ 1.</param>
    /// <param name="atRunLifetime">Whether the sample is reweighted only near <paramref name="model"/>'s lifetime, so that
    /// the events may be allocated by a pilot at that lifetime (<see cref="SimulationOptions.AllocateAtRunLifetime"/>).</param>
    internal ReweightingEvents SampleWithEvents(ISignalModel model, int events, bool atRunLifetime = false)
    {
        var result = new ReweightingEvents(1, Analysis.Binning.Count);
        var options = events == Options.Events ? Options : Options with { Events = events };
        if (atRunLifetime) options = options with { AllocateAtRunLifetime = true };
        SimulationReweighting.Collect(Experiment, Analysis, model, options, [model.HnlMassGeV], 1, 1, result);
        return result;
    }

    /// <summary>The prediction of <paramref name="model"/>: one simulation of the analysis, its likelihood and the
    /// best-fit signal scale.</summary>
    /// <param name="model">The model point.</param>
    /// <param name="progress">Optional progress messages of the simulation.</param>
    public Prediction Predict(ISignalModel model, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var result = DetectorSimulation.Run(Experiment, Analysis, Analysis.Exposures, model, Options, progress);
        return Prediction.Of(this, result.Bins, result.BinSumOfSquares, result);
    }

    /// <summary>The prediction of <paramref name="family"/> at <paramref name="values"/> (the family's signal factory for
    /// this analysis, then <see cref="Predict(ISignalModel, IProgress{string})"/>; a directly predicted family, e.g. 3+1,
    /// through its predictor).</summary>
    /// <param name="family">The model family (built-in or user-defined).</param>
    /// <param name="values">Every parameter the family needs.</param>
    /// <exception cref="ArgumentException">A parameter is missing or out of range (the message names it).</exception>
    public Prediction Predict(ModelFamily family, IReadOnlyDictionary<string, double> values)
    {
        ArgumentNullException.ThrowIfNull(family);
        ArgumentNullException.ThrowIfNull(values);
        if (!family.IsDirect) return Predict(family.Signal(values, Analysis));
        var predictor = family.CreatePredictor(this, values, []);
        var mu = new double[Analysis.Binning.Count];
        var w2 = new double[mu.Length];
        predictor(values, mu, w2);
        return Prediction.Of(this, mu, w2, null);
    }
}
