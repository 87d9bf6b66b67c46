namespace DarkSector.Physics.CrossSections;

/// <summary>
/// The spin-averaged hadronic tensor of elastic scattering T(P) → T(P') through a conserved vector current, in the
/// two structures that survive current conservation:
/// H^μν = A (q² g^μν − q^μ q^ν) + B P̃^μ P̃^ν, with q = P' − P and P̃ = P + P'.
/// </summary>
/// <remarks>
/// <para>Spin-0 nucleus with current Z F(Q²) (P + P')^μ: A = 0, B = Z² F². Spin-½ nucleon with
/// Γ^μ = F1 γ^μ + i F2 σ^μν q_ν/(2M), summed over the final and averaged over the initial spin:
/// A = G_M² = (F1 + F2)², B = F1² + τ F2², τ = Q²/(4M²) (from ½ Tr[(P̸'+M)Γ^μ(P̸+M)Γ̄^ν]; with G_E = F1 − τF2 it is the
/// Rosenbluth structure (G_E² + τG_M²)/(1 + τ) = F1² + τF2²). Both reduce to P̃^μP̃^ν for a point charge at Q² → 0.</para>
/// <para>Contraction with any symmetric lepton tensor L_μν given by its three invariants
/// L_g = g_μν L^μν, L_qq = q_μ q_ν L^μν, L_PP = P̃_μ P̃_ν L^μν: H·L = A (q² L_g − L_qq) + B L_PP.
/// Model independent (dark photon, dipole, seesaw). Immutable value type.</para>
/// </remarks>
internal readonly record struct ElasticHadronicTensor(double A, double B)
{
    /// <summary>A spin-0 nucleus with charge form factor Z·F(Q²).</summary>
    public static ElasticHadronicTensor SpinZero(double chargeFormFactor) => new(0, chargeFormFactor * chargeFormFactor);

    /// <summary>A spin-½ nucleon with Dirac and Pauli form factors F1, F2 at Q² (GeV²) and mass M (GeV).</summary>
    public static ElasticHadronicTensor SpinHalf(double f1, double f2, double q2GeV2, double massGeV)
    {
        double tau = q2GeV2 / (4 * massGeV * massGeV);
        double gm = f1 + f2;
        return new(gm * gm, f1 * f1 + tau * f2 * f2);
    }

    /// <summary>H·L for a symmetric lepton tensor with invariants L_g, L_qq, L_PP, at momentum transfer Q² = −q² (GeV²).</summary>
    public double Contract(double lg, double lqq, double lpp, double q2GeV2) => A * (-q2GeV2 * lg - lqq) + B * lpp;
}
