namespace DarkSector.Physics.Models.Dipole;

/// <summary>
/// Conversions between the dipole coupling d of <see cref="DipoleParameters"/> and the transition magnetic moment
/// μ_tr used by DarkNews and SIREN.
/// </summary>
/// <remarks>
/// μ_tr = 2d (physics.md §2.2; the convention note; DarkNews' dilepton code uses the vertex d_ij = T_ij/2 with
/// T_ij = μ_tr). With μ_tr = 2d the m_N → 0 limit of the dipole ν e → N e cross section is the Vogel–Engel
/// magnetic-moment cross section dσ/dT = α μ_ν² (1/T − 1/E) with μ_ν = μ_tr. Thread-safe (pure functions).
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
