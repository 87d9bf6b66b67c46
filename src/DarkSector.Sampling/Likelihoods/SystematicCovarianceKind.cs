namespace DarkSector.Sampling.Likelihoods;

/// <summary>How a systematic covariance matrix is expressed.</summary>
public enum SystematicCovarianceKind
{
    /// <summary>Absolute covariance of the counts, events².</summary>
    Absolute,

    /// <summary>Fractional covariance F_ij; the absolute covariance is F_ij μ_i μ_j with μ = s + b (MicroBooNE convention).</summary>
    Fractional,
}
