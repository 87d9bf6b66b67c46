using DarkSector.Physics;

namespace DarkSector.Sampling.Experiments;

/// <summary>The statistical settings of the publication an experiment plugin reproduces: confidence level and degrees of
/// freedom. Benchmarks and model slices are typed, in <see cref="IExperiment.Figures"/>.</summary>
/// <remarks>Immutable; validated on initialisation.</remarks>
public sealed record PublicationDefaults
{
    /// <summary>Confidence level of the published limits, in (0, 1) (e.g. 0.95).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside (0, 1).</exception>
    public double ConfidenceLevel { get; init => field = Check.InOpenRange(value, 0, 1, nameof(ConfidenceLevel)); } = 0.95;

    /// <summary>Degrees of freedom used to turn the test statistic into the confidence region (e.g. 2 for a plane).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1.</exception>
    public int DegreesOfFreedom { get; init => field = Check.AtLeast(value, 1, nameof(DegreesOfFreedom)); } = 2;
}
