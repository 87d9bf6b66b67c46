using DarkSector.Physics;

namespace DarkSector.Sampling.Vegas;

/// <summary>Settings of a VEGAS+ run: warm-up and production iterations, damping, seed and parallelism.</summary>
/// <remarks>
/// Defaults follow vegas (Lepage 2021, §3–4): α = 0.5, β = 0.75, at most 1000 increments per axis, 75% of the points
/// of an iteration distributed over hypercubes in proportion to σ_h^β. Warm-up iterations adapt the map and the
/// stratification and are then discarded; production iterations are averaged. The result depends only on these
/// settings and the seed, never on <see cref="MaxDegreeOfParallelism"/>. Immutable; validated on init.
/// </remarks>
public sealed record VegasOptions
{
    /// <summary>Warm-up (discarded) iterations; ≥ 0. Default 5.</summary>
    public int WarmupIterations { get; init => field = Check.AtLeast(value, 0, nameof(WarmupIterations)); } = 5;

    /// <summary>Integrand evaluations per warm-up iteration (approximate); ≥ 2. Default 1000.</summary>
    public int WarmupEvaluations { get; init => field = Check.AtLeast(value, 2, nameof(WarmupEvaluations)); } = 1000;

    /// <summary>Production iterations, averaged with inverse-variance weights; ≥ 1. Default 10.</summary>
    public int Iterations { get; init => field = Check.AtLeast(value, 1, nameof(Iterations)); } = 10;

    /// <summary>Integrand evaluations per production iteration (approximate); ≥ 2. Default 10 000.</summary>
    public int Evaluations { get; init => field = Check.AtLeast(value, 2, nameof(Evaluations)); } = 10_000;

    /// <summary>Grid damping exponent α ≥ 0 (0: the map does not adapt). Default 0.5.</summary>
    public double Alpha { get; init => field = Check.NonNegative(value, nameof(Alpha)); } = 0.5;

    /// <summary>Stratification damping exponent β in [0, 1] (0: uniform stratification, classic VEGAS). Default 0.75.</summary>
    public double Beta { get; init => field = Check.InRange(value, 0, 1, nameof(Beta)); } = 0.75;

    /// <summary>Fraction of the points of an iteration allocated by σ_h^β (the rest uniformly); in [0, 1). Default 0.75.</summary>
    public double AdaptiveFraction { get; init => field = Check.InRange(value, 0, 0.999, nameof(AdaptiveFraction)); } = 0.75;

    /// <summary>Maximum number of map increments per axis; in [1, 65535]. Default 1000.</summary>
    public int MaxIncrementsPerAxis
    {
        get;
        init
        {
            Check.AtLeast(value, 1, nameof(MaxIncrementsPerAxis));
            if (value > 65535) throw new ArgumentOutOfRangeException(nameof(MaxIncrementsPerAxis), value, $"MaxIncrementsPerAxis = {value} is outside [1, 65535]");
            field = value;
        }
    } = 1000;

    /// <summary>Whether production iterations keep adapting the map and stratification (as vegas does). Default true.</summary>
    public bool AdaptDuringProduction { get; init; } = true;

    /// <summary>Seed of the random streams. Default 1.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Maximum number of threads; −1 uses all cores. Does not change the result. Default −1.</summary>
    public int MaxDegreeOfParallelism
    {
        get;
        init
        {
            if (value == 0 || value < -1) throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), value, $"MaxDegreeOfParallelism = {value} must be -1 or >= 1");
            field = value;
        }
    } = -1;
}
