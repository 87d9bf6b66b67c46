using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Randomness;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Reweighting;

/// <summary>
/// Closure of the one-simulation method: at random points of a joint sample's box, the kernel prediction from the sample
/// against a dedicated simulation at the same point, both at the sample's reference couplings.
/// </summary>
/// <remarks>
/// <para>Point j draws θ_k = min_k exp(ln(max_k/min_k) r_k), r_k from <c>RandomStream.Create(seed, 3 000 000 + j)</c>
/// (uniform in ln θ like the sample's own design, but an independent stream). The dedicated simulation of point j runs
/// <see cref="SimulationOptions.Events"/> events with seed <c>seed + 104 729 (j + 1)</c>; its signal and Σw² are the
/// exact lifetime-weighted sums at the model's c τ₀ (<see cref="ReweightingEvents.PredictAtSampledPoint"/>), i.e. what
/// <c>rate</c> gives at that point up to MC noise. The kernel prediction uses coupling ratio 1 and the same c τ₀.
/// Points run in parallel; the result is in draw order and identical for any number of threads.</para>
/// </remarks>
public static class Closure
{
    /// <summary>Runs the closure test.</summary>
    /// <param name="reweighter">The joint sample's reweighter (kernel and regression as the scan uses them).</param>
    /// <param name="metadata">The sample's metadata: its box, experiment and analysis.</param>
    /// <param name="experiment">The experiment (id equal to the metadata's).</param>
    /// <param name="analysis">The analysis (id equal to the metadata's).</param>
    /// <param name="modelAt">The model at θ (axis order) with the sample's reference couplings; called from several threads.</param>
    /// <param name="points">Number of random points; 1 to 10 000.</param>
    /// <param name="simulation">Events and seed of the dedicated simulations (the seed also draws the points).</param>
    /// <param name="minusTwoLnL">−2 ln L of a signal per bin and its Σw², or null.</param>
    /// <param name="pointDone">Called after each point (progress), or null.</param>
    /// <exception cref="ArgumentException">Ids differ from the metadata or an argument is outside its range.</exception>
    public static ClosureReport Run(LocalLinearKernelReweighter reweighter, JointSampleMetadata metadata, IExperiment experiment,
        AnalysisDefinition analysis, Func<double[], ISignalModel> modelAt, int points, SimulationOptions simulation,
        Func<double[], double[], double>? minusTwoLnL = null, Action? pointDone = null)
    {
        ArgumentNullException.ThrowIfNull(reweighter);
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(modelAt);
        ArgumentNullException.ThrowIfNull(simulation);
        if (points is < 1 or > 10_000) throw new ArgumentOutOfRangeException(nameof(points), points, $"points = {points} is outside [1, 10000]");
        if (experiment.Info.Id != metadata.ExperimentId)
            throw new ArgumentException($"experiment '{experiment.Info.Id}' is not the sample's '{metadata.ExperimentId}'", nameof(experiment));
        if (analysis.Id != metadata.AnalysisId)
            throw new ArgumentException($"analysis '{analysis.Id}' is not the sample's '{metadata.AnalysisId}'", nameof(analysis));
        if (reweighter.Dimension != metadata.Axes.Count || reweighter.BinCount != analysis.Binning.Count)
            throw new ArgumentException($"the reweighter has {reweighter.Dimension} axes and {reweighter.BinCount} bins; the sample {metadata.Axes.Count} and the analysis {analysis.Binning.Count}", nameof(reweighter));

        var result = new ClosurePoint[points];
        Parallel.For(0, points, j =>
        {
            var theta = DrawPoint(metadata, simulation.Seed, j);
            var model = modelAt((double[])theta.Clone());
            double ctau = model.ProperDecayLengthCm;
            int bins = analysis.Binning.Count;
            var (mu, w2) = (new double[bins], new double[bins]);
            var prediction = reweighter.Predict(theta, 1, ctau, mu, w2);
            var events = new ReweightingEvents(theta.Length, bins);
            SimulationReweighting.Collect(experiment, analysis, model,
                simulation with { Seed = unchecked(simulation.Seed + 104_729UL * (ulong)(j + 1)) }, theta, 1, 1, events);
            var (muDirect, w2Direct) = (new double[bins], new double[bins]);
            events.PredictAtSampledPoint(1, ctau, muDirect, w2Direct);
            result[j] = new ClosurePoint(theta, prediction, muDirect.Sum(), Math.Sqrt(w2Direct.Sum()),
                minusTwoLnL?.Invoke(mu, w2) ?? double.NaN, minusTwoLnL?.Invoke(muDirect, w2Direct) ?? double.NaN);
            pointDone?.Invoke();
        });
        return new ClosureReport(result);
    }

    /// <summary>Closure point <paramref name="j"/> in the box of <paramref name="metadata"/> (see the remarks).</summary>
    internal static double[] DrawPoint(JointSampleMetadata metadata, ulong seed, int j)
    {
        var random = RandomStream.Create(seed, 3_000_000UL + (ulong)j);
        var theta = new double[metadata.Axes.Count];
        for (int k = 0; k < theta.Length; k++)
        {
            var axis = metadata.Axes[k];
            theta[k] = Math.Min(axis.Maximum, axis.Minimum * Math.Exp(axis.LogWidth * random.NextDouble()));
        }
        return theta;
    }
}
