namespace DarkSector.Sampling.Reweighting.Kernels;

/// <summary>The variable in which a parameter's kernel distance is measured.</summary>
/// <remarks>
/// The kernel is a density in this distance variable u(θ): it integrates to 1 over u. A reweighting that divides by
/// the sampling prior q(θ), a density in θ, must convert: K/q_u = K · (du/dθ)/q(θ), the Jacobian du/dθ evaluated at
/// the sample's θ (see <see cref="ParameterDistance.Jacobian"/>).
/// </remarks>
public enum DistanceScale
{
    /// <summary>u = θ; Jacobian 1.</summary>
    Linear,

    /// <summary>u = log10 θ (θ &gt; 0), as in the seed paper; Jacobian 1/(θ ln 10).</summary>
    Log10,
}
