namespace DarkSector.Physics.Models.Dipole;

/// <summary>
/// Conversions between the dipole coupling d of <see cref="DipoleParameters"/> and the transition magnetic moment
/// μ_tr used by DarkNews and SIREN.
/// </summary>
/// <remarks>
/// μ_tr = 2d (physics.md §2.2; the convention note; DarkNews' dilepton code uses the vertex d_ij = T_ij/2 with
/// T_ij = μ_tr). With μ_tr = 2d the m_N → 0 limit of the dipole ν e → N e cross section is the Vogel–Engel
/// magnetic-moment cross section dσ/dT = α μ_ν² (1/T − 1/E) with μ_ν = μ_tr, and the upscattering cross sections
/// agree with DarkNews' at μ_tr = 2d (tested to 0.1% on C12).
/// <para><b>Widths differ by 2.</b> DarkNews' <c>gamma_Ni_to_Nj_gamma</c> gives Γ(N → νγ) = |μ_tr|² m³/(8π) for a
/// Dirac N and twice that for a Majorana N: its operator (μ_tr/2) ν̄ σ_μν F^μν N has no chiral projector, so N also
/// decays into the other chirality of the (Majorana-like) light neutrino. At μ_tr = 2d that is twice the widths of
/// <see cref="DipoleDecays"/>, which follow physics.md §2.2 (only ν_L couples: Γ = d² m³/(4π) Dirac,
/// d² m³/(2π) Majorana). Upscattering of a ν_L beam is the same in both conventions. Thread-safe (pure functions).</para>
/// </remarks>
public static class DipoleConvention
{
    /// <summary>μ_tr = 2d in GeV⁻¹.</summary>
    /// <param name="dGeVm1">d in GeV⁻¹; finite.</param>
    public static double MuTrFromD(double dGeVm1) => 2.0 * Check.Finite(dGeVm1);

    /// <summary>d = μ_tr/2 in GeV⁻¹.</summary>
    /// <param name="muTrGeVm1">μ_tr in GeV⁻¹; finite.</param>
    public static double DFromMuTr(double muTrGeVm1) => 0.5 * Check.Finite(muTrGeVm1);

    /// <summary>μ_tr in units of the Bohr magneton μ_B = e/(2 m_e), from d in GeV⁻¹.</summary>
    /// <param name="dGeVm1">d in GeV⁻¹; finite.</param>
    public static double MuTrInBohrMagnetons(double dGeVm1) => MuTrFromD(dGeVm1) / PhysicalConstants.BohrMagnetonGeVm1;
}
