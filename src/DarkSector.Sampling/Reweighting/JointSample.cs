namespace DarkSector.Sampling.Reweighting;

/// <summary>
/// A joint reweighting sample: the per-event reweighting inputs (θ, weight, prior, bin, fiducial crossings with
/// efficiencies) of simulations at many parameter points, with the metadata that says how they were made. Generate it
/// once (<see cref="JointSampleGenerator"/>), save it (<see cref="IO.JointSampleFile"/>), and predict the signal at any
/// point of the box and any couplings with a <see cref="KernelReweighter"/> (seed paper's "generate once, reweight
/// everywhere", method.md).
/// </summary>
/// <remarks>The events must not be modified after construction (the file writer and reweighters read them).
/// Thread-safe for reading.</remarks>
public sealed class JointSample
{
    /// <summary>Pairs metadata and events.</summary>
    /// <param name="metadata">How the sample was made.</param>
    /// <param name="events">The events; <see cref="ReweightingEvents.ParameterCount"/> equals the number of axes.</param>
    /// <exception cref="ArgumentException">Parameter count mismatch, a fixed parameter that is also an axis, or an event's
    /// θ outside the box.</exception>
    public JointSample(JointSampleMetadata metadata, ReweightingEvents events)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(events);
        int d = metadata.Axes.Count;
        if (events.ParameterCount != d)
            throw new ArgumentException($"events have {events.ParameterCount} parameters; the metadata has {d} axes", nameof(events));
        foreach (var axis in metadata.Axes)
            if (metadata.FixedParameters.ContainsKey(axis.Name))
                throw new ArgumentException($"'{axis.Name}' is both a sampled axis and a fixed parameter", nameof(metadata));
        var theta = events.Theta;
        for (int i = 0; i < events.Count; i++)
            for (int k = 0; k < d; k++)
                if (!metadata.Axes[k].Contains(theta[i * d + k]))
                    throw new ArgumentException(
                        $"event {i}: {metadata.Axes[k].Name} = {theta[i * d + k]:R} is outside the box [{metadata.Axes[k].Minimum:R}, {metadata.Axes[k].Maximum:R}]",
                        nameof(events));
        (Metadata, Events) = (metadata, events);
    }

    /// <summary>How the sample was made.</summary>
    public JointSampleMetadata Metadata { get; }

    /// <summary>The per-event reweighting inputs.</summary>
    public ReweightingEvents Events { get; }
}
