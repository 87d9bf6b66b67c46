namespace DarkSector.Sampling.Reweighting;

/// <summary>The measure in which a joint sample's prior density q(θ) is expressed.</summary>
/// <remarks>
/// The <see cref="Generation.EventGenerator"/> in joint mode draws ln θ_k uniformly and multiplies by q(θ), so its
/// weights satisfy Σ_i w_i g(θ_i) ≈ ∫ d ln θ q(θ) N(θ) g(θ): q is a density in ln θ (<see cref="LogParameters"/>). A
/// density in θ itself is q_θ = q_lnθ / Π_k θ_k.
/// </remarks>
public enum PriorMeasure
{
    /// <summary>q is a density in ln θ (the generator's convention, the default).</summary>
    LogParameters,

    /// <summary>q is a density in θ.</summary>
    Parameters,
}
