namespace DarkSector.Sampling.Inference;

/// <summary>Settings of a <see cref="CombinedScan"/>.</summary>
public sealed record CombinedScanOptions
{
    /// <summary>The experiment whose preferred regions are drawn (null: none); default "miniboone".</summary>
    public string? PreferredBy { get; init; } = "miniboone";

    /// <summary>Significances of the preferred regions; default 1, 2, 3σ.</summary>
    public IReadOnlyList<double> Sigmas { get; init; } = [1, 2, 3];

    /// <summary>The preferred region whose excluded fractions are reported; default 2σ.</summary>
    public double FractionSigma { get; init; } = 2;

    /// <summary>Confidence level of the combined (summed) exclusion, 2 dof; default 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;
}
