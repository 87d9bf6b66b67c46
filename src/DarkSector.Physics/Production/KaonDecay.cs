using DarkSector.Physics.Kinematics;

namespace DarkSector.Physics.Production;

/// <summary>HNL production in two-body charged-kaon decays K → μ N, for the flux of the T2K geometry validation.</summary>
/// <remarks>Thread-safe (pure functions).</remarks>
public static class KaonDecay
{
    /// <summary>
    /// Γ(K → μ N)/Γ(K → μ ν_μ) for an HNL of mass <paramref name="hnlMassGeV"/> with mixing |U_μN|²; 0 at and above
    /// the threshold m_N = m_K − m_μ.
    /// </summary>
    /// <remarks>
    /// R = |U_μN|² · (a + b − (a − b)²)/(a(1 − a)²) · λ^{1/2}(1, a, b), a = m_μ²/m_K², b = m_N²/m_K², λ the Källén
    /// function (physics.md §2.2; Shrock, Phys. Rev. D 24 (1981) 1232; the seed of Liu, Kamp, Argüelles 2025,
    /// supplement). Limits: R → |U_μN|² as m_N → 0; R → 0 at threshold (λ → 0).
    /// </remarks>
    /// <param name="hnlMassGeV">m_N in GeV; ≥ 0.</param>
    /// <param name="mixingUmu2">|U_μN|²; in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static double HnlToNeutrinoWidthRatio(double hnlMassGeV, double mixingUmu2)
    {
        Check.NonNegative(hnlMassGeV);
        Check.InRange(mixingUmu2, 0, 1);
        double mk = PhysicalConstants.ChargedKaonMassGeV, mmu = PhysicalConstants.MuonMassGeV;
        if (!(hnlMassGeV < mk - mmu)) return 0.0;
        double a = mmu * mmu / (mk * mk), b = hnlMassGeV * hnlMassGeV / (mk * mk);
        double lambda = Math.Max(0.0, Kallen.Lambda(1, a, b));
        double amb = a - b;
        return mixingUmu2 * (a + b - amb * amb) / (a * (1 - a) * (1 - a)) * Math.Sqrt(lambda);
    }
}
