namespace DarkSector.Sampling.Generation;

/// <summary>
/// A family of model points p(x|θ) parameterised by θ (e.g. (m_N, m_Z')) for joint sampling: the generator draws θ
/// as extra VEGAS dimensions, uniformly in ln θ_j over the ranges, and multiplies the integrand by the prior q(θ).
/// </summary>
/// <remarks>
/// Arguelles, Foppiani, Hostert, PRD 107 (2023) 035027 (method.md): a joint sample with weights w_i estimates
/// Σ_i w_i g(θ_i) ≈ ∫ d ln θ q(θ) N(θ) g(θ), so the rate at θ̄ is Σ_i w_i K(d(θ̄, θ_i))/q(θ_i) with a kernel normalised in
/// the log distance (the reweighting divides q out). <see cref="At"/> is called for every sampled point, concurrently:
/// it must be thread-safe and cheap (cache tabulations yourself).
/// </remarks>
public interface IModelFamily
{
    /// <summary>The sampled parameters and their ranges (1 to 4).</summary>
    IReadOnlyList<ParameterRange> Parameters { get; }

    /// <summary>The prior q(θ) &gt; 0 (need not be normalised), e.g. m_Z'^8/m_N^5 for the heavy benchmark.</summary>
    double Prior(ReadOnlySpan<double> theta);

    /// <summary>The model point at θ; every point must have the same numbers of processes and decay channels, and
    /// the same channel list (names and products).</summary>
    GenerationModel At(ReadOnlySpan<double> theta);
}
