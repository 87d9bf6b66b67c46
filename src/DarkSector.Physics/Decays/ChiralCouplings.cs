namespace DarkSector.Physics.Decays;

/// <summary>
/// Chiral couplings of a vector current ψ̄_a γ^μ (c_L P_L + c_R P_R) ψ_b, with P_{L,R} = (1 ∓ γ5)/2 (real couplings).
/// </summary>
/// <param name="Left">c_L.</param>
/// <param name="Right">c_R.</param>
/// <remarks>
/// Conventions of this library: a Dirac HNL couples to a light neutrino or a lighter Dirac HNL through (1, 0); a
/// Majorana pair through (1, −1), the axial structure −γ^μγ5 of the Majorana current (V P_L − V* P_R) for real V,
/// which doubles the rate in the light-daughter limit (N → ν X and N → ν̄ X̄). A vector coupling to charged leptons is
/// (1, 1); the SM Z couples to e with (−1/2 + s_W², s_W²) (plus 1 on the left from the Fierzed W exchange when the
/// flavours allow it). Immutable value type.
/// </remarks>
internal readonly record struct ChiralCouplings(double Left, double Right)
{
    /// <summary>A pure vector coupling γ^μ, (c_L, c_R) = (1, 1).</summary>
    public static ChiralCouplings Vector => new(1, 1);

    /// <summary>A left-handed coupling γ^μ P_L, (1, 0): Dirac N → ν.</summary>
    public static ChiralCouplings LeftHanded => new(1, 0);

    /// <summary>The Majorana transition current −γ^μγ5 = γ^μ(P_L − P_R), (1, −1).</summary>
    public static ChiralCouplings MajoranaTransition => new(1, -1);
}
