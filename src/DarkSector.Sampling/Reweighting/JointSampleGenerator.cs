using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Randomness;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Reweighting;

/// <summary>Builds a <see cref="JointSample"/>: parameter points drawn uniformly in ln θ over the metadata's box, one
/// <see cref="DetectorSimulation"/> each, their selected events stacked with weight 1/M (seed paper §III, method.md).</summary>
/// <remarks>
/// <para>Point p (0 ≤ p &lt; M) draws θ_k = min_k · exp(ln(max_k/min_k) · r_k) with r_k from
/// <c>RandomStream.Create(seed, 2 000 000 + p)</c> in axis order, and is simulated with seed
/// <c>seed + 7919 (p + 1)</c> (mod 2⁶⁴) and <see cref="JointSampleMetadata.EventsPerPoint"/> events. Every event
/// carries the prior q = 1/Π_k ln(max_k/min_k) in <see cref="PriorMeasure.LogParameters"/> and weight w/M, so that
/// Σ_i w_i K J/q_θ estimates the rate at any θ̄ in the box (<see cref="KernelReweighter"/>).</para>
/// <para>Points run in parallel; the result is assembled in point order, so it is identical for any number of threads.</para>
/// </remarks>
public static class JointSampleGenerator
{
    /// <summary>Generates the sample that <paramref name="metadata"/> describes.</summary>
    /// <param name="experiment">The experiment (its id must equal <see cref="JointSampleMetadata.ExperimentId"/>).</param>
    /// <param name="analysis">The analysis (its id must equal <see cref="JointSampleMetadata.AnalysisId"/>).</param>
    /// <param name="metadata">Box, seed, events per point and number of points.</param>
    /// <param name="modelAt">The model at a drawn θ (axis order; the fixed parameters are the caller's). Called from
    /// several threads; the array must not be kept.</param>
    /// <param name="options">Other simulation settings (VEGAS); its events and seed are replaced per point. Default: defaults.</param>
    /// <exception cref="ArgumentException">Experiment or analysis ids differ from the metadata, or a model is invalid.</exception>
    public static JointSample Generate(IExperiment experiment, AnalysisDefinition analysis, JointSampleMetadata metadata,
        Func<double[], ISignalModel> modelAt, SimulationOptions? options = null)
    {
        CheckArguments(experiment, analysis, metadata, modelAt);
        RequireMemory(metadata);
        var parts = new ReweightingEvents[metadata.PointCount];
        Parallel.For(0, metadata.PointCount, p => parts[p] = GeneratePointTrusted(experiment, analysis, metadata, modelAt, options, p));
        var all = new ReweightingEvents(metadata.Axes.Count, analysis.Binning.Count);
        foreach (var part in parts) all.AddRange(part);
        return new JointSample(metadata, all);
    }

    /// <summary>Refuses up front a sample whose events would not fit in memory, counting every generated event as
    /// selected (an upper bound of the sample, a lower bound of the generation's peak): 8d + 22 bytes per event and one
    /// crossing of 12 bytes, twice (the points' parts and the stacked sample).</summary>
    /// <exception cref="Physics.DarkSectorException">The sample would not fit in memory.</exception>
    internal static void RequireMemory(JointSampleMetadata metadata, long? available = null)
    {
        long perEvent = 2 * (8L * metadata.Axes.Count + 22 + 12);
        double events = (double)metadata.EventsPerPoint * metadata.PointCount;
        MemoryGuard.Require(events * perEvent, $"a joint sample of {metadata.PointCount} points × {metadata.EventsPerPoint} events", available);
    }

    /// <summary>The selected events of point <paramref name="point"/> alone (weights already divided by the number of
    /// points): <see cref="Generate"/> stacks them in point order, so points generated separately (shards of a job,
    /// <see cref="Distributed.ShardRunner"/>) and stacked in point order give the same sample bit for bit.</summary>
    /// <param name="experiment">The experiment (its id must equal <see cref="JointSampleMetadata.ExperimentId"/>).</param>
    /// <param name="analysis">The analysis (its id must equal <see cref="JointSampleMetadata.AnalysisId"/>).</param>
    /// <param name="metadata">Box, seed, events per point and number of points.</param>
    /// <param name="modelAt">The model at a drawn θ, as for <see cref="Generate"/>.</param>
    /// <param name="options">Other simulation settings, as for <see cref="Generate"/>.</param>
    /// <param name="point">0 ≤ point &lt; <see cref="JointSampleMetadata.PointCount"/>.</param>
    /// <exception cref="ArgumentException">Ids differ from the metadata, or a model is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="point"/> is outside its range.</exception>
    public static ReweightingEvents GeneratePoint(IExperiment experiment, AnalysisDefinition analysis, JointSampleMetadata metadata,
        Func<double[], ISignalModel> modelAt, SimulationOptions? options, int point)
    {
        CheckArguments(experiment, analysis, metadata, modelAt);
        if (point < 0 || point >= metadata.PointCount)
            throw new ArgumentOutOfRangeException(nameof(point), point, $"point = {point} is outside [0, {metadata.PointCount - 1}]");
        return GeneratePointTrusted(experiment, analysis, metadata, modelAt, options, point);
    }

    /// <summary>The parameter point θ_p (axis order) that point <paramref name="point"/> of the sample is simulated at:
    /// θ_k = min_k · exp(ln(max_k/min_k) · r_k), r_k from <c>RandomStream.Create(seed, 2 000 000 + p)</c>, so that a reader
    /// of a sample knows every point of its design, also those that selected no event.</summary>
    /// <param name="metadata">The sample's recipe.</param>
    /// <param name="point">0 ≤ point &lt; <see cref="JointSampleMetadata.PointCount"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="point"/> is outside its range.</exception>
    public static double[] MassPoint(JointSampleMetadata metadata, int point)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (point < 0 || point >= metadata.PointCount)
            throw new ArgumentOutOfRangeException(nameof(point), point, $"point = {point} is outside [0, {metadata.PointCount - 1}]");
        var random = RandomStream.Create(metadata.Seed, 2_000_000UL + (ulong)point);
        var theta = new double[metadata.Axes.Count];
        for (int k = 0; k < theta.Length; k++)
        {
            var axis = metadata.Axes[k];
            // The clamp guards the last-ulp rounding of exp at r → 1.
            theta[k] = Math.Min(axis.Maximum, axis.Minimum * Math.Exp(axis.LogWidth * random.NextDouble()));
        }
        return theta;
    }

    private static void CheckArguments(IExperiment experiment, AnalysisDefinition analysis, JointSampleMetadata metadata, Func<double[], ISignalModel> modelAt)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(modelAt);
        if (experiment.Info.Id != metadata.ExperimentId)
            throw new ArgumentException($"experiment '{experiment.Info.Id}' is not the metadata's '{metadata.ExperimentId}'", nameof(experiment));
        if (analysis.Id != metadata.AnalysisId)
            throw new ArgumentException($"analysis '{analysis.Id}' is not the metadata's '{metadata.AnalysisId}'", nameof(analysis));
    }

    private static ReweightingEvents GeneratePointTrusted(IExperiment experiment, AnalysisDefinition analysis, JointSampleMetadata metadata,
        Func<double[], ISignalModel> modelAt, SimulationOptions? options, int p)
    {
        var baseOptions = (options ?? new SimulationOptions()) with { Events = metadata.EventsPerPoint };
        int points = metadata.PointCount, d = metadata.Axes.Count;
        double volume = 1;
        foreach (var axis in metadata.Axes) volume *= axis.LogWidth;
        double prior = 1 / volume;
        var theta = MassPoint(metadata, p);
        var model = modelAt((double[])theta.Clone());
        var events = new ReweightingEvents(d, analysis.Binning.Count);
        SimulationReweighting.Collect(experiment, analysis, model,
            baseOptions with { Seed = unchecked(metadata.Seed + 7919UL * (ulong)(p + 1)) }, theta, prior, 1.0 / points, events);
        return events;
    }
}
