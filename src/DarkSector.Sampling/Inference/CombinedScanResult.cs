using DarkSector.Sampling.Scans;

namespace DarkSector.Sampling.Inference;

/// <summary>The outcome of a <see cref="CombinedScan"/>.</summary>
public sealed record CombinedScanResult
{
    /// <summary>Each experiment's scan at its own confidence level.</summary>
    public required IReadOnlyList<CombinedScanLayer> Experiments { get; init; }

    /// <summary>The sum over all experiments at the combination's confidence level.</summary>
    public required ScanResult Combined { get; init; }

    /// <summary>The sum over the non-preferring experiments (null with fewer than two of them).</summary>
    public ScanResult? OthersCombined { get; init; }

    /// <summary>The preferring experiment (null if none).</summary>
    public required string? PreferredBy { get; init; }

    /// <summary>Its preferred regions.</summary>
    public required IReadOnlyList<CombinedPreferredRegion> PreferredRegions { get; init; }

    /// <summary>The significance of the region the fractions refer to.</summary>
    public double FractionSigma { get; init; }

    /// <summary>The preferred region allowed by every other experiment (null without a preferring experiment).</summary>
    public required CombinedAllowedRegion? AllowedPreferred { get; init; }

    /// <summary>Excluded fractions of the preferred region, per other experiment and for their combination.</summary>
    public required IReadOnlyList<CombinedExcludedFraction> Excluded { get; init; }
}
