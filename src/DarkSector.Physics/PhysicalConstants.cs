namespace DarkSector.Physics;

/// <summary>
/// Every physical constant of DarkSector, in natural units (GeV) unless the name says otherwise.
/// The single place that holds them (physics.md §1); values are PDG 2024 / CODATA 2018 as listed there.
/// </summary>
public static class PhysicalConstants
{
    /// <summary>ħc = 1.973269804e-14 GeV·cm (CODATA 2018).</summary>
    public const double HbarCGeVCm = 1.973269804e-14;

    /// <summary>ħc = 0.1973269804 GeV·fm (CODATA 2018).</summary>
    public const double HbarCGeVFm = 0.1973269804;

    /// <summary>(ħc)² = 3.893793721e-28 GeV²·cm²: converts a cross section from GeV⁻² to cm² (CODATA 2018).</summary>
    public const double HbarC2GeV2Cm2 = 3.893793721e-28;

    /// <summary>Fine-structure constant in the Thomson limit, α(0) = 1/137.035999 (physics.md §1).</summary>
    public const double Alpha = 1.0 / 137.035999;

    /// <summary>Elementary charge in natural (Heaviside-Lorentz) units, e = √(4πα(0)) ≈ 0.30282.</summary>
    public static readonly double ElementaryCharge = Math.Sqrt(4 * Math.PI * Alpha);

    /// <summary>Electron mass m_e = 0.51099895e-3 GeV (PDG 2024).</summary>
    public const double ElectronMassGeV = 0.51099895e-3;

    /// <summary>Muon mass m_μ = 0.1056583755 GeV (PDG 2024).</summary>
    public const double MuonMassGeV = 0.1056583755;

    /// <summary>Tau mass m_τ = 1.77686 GeV (PDG 2024).</summary>
    public const double TauMassGeV = 1.77686;

    /// <summary>Proton mass m_p = 0.93827208816 GeV (CODATA 2018).</summary>
    public const double ProtonMassGeV = 0.93827208816;

    /// <summary>Neutron mass m_n = 0.93956542052 GeV (CODATA 2018).</summary>
    public const double NeutronMassGeV = 0.93956542052;

    /// <summary>Neutral pion mass m_π0 = 0.1349768 GeV (PDG 2024).</summary>
    public const double NeutralPionMassGeV = 0.1349768;

    /// <summary>Charged pion mass m_π± = 0.13957039 GeV (PDG 2024).</summary>
    public const double ChargedPionMassGeV = 0.13957039;

    /// <summary>Charged kaon mass m_K± = 0.493677 GeV (PDG 2024).</summary>
    public const double ChargedKaonMassGeV = 0.493677;

    /// <summary>Z boson mass m_Z = 91.1876 GeV (PDG 2024).</summary>
    public const double ZMassGeV = 91.1876;

    /// <summary>Weak mixing angle sin²θ_W = 0.23121 (MS-bar at m_Z, PDG 2024).</summary>
    public const double SinThetaW2 = 0.23121;

    /// <summary>Fermi constant G_F = 1.1663788e-5 GeV⁻² (PDG 2024).</summary>
    public const double FermiConstantGeVm2 = 1.1663788e-5;

    /// <summary>Avogadro constant N_A = 6.02214076e23 mol⁻¹ (exact, SI 2019).</summary>
    public const double Avogadro = 6.02214076e23;

    /// <summary>Atomic mass unit u = 0.9314941024228 GeV (CODATA 2018, the value DarkNews uses).</summary>
    public const double AtomicMassUnitGeV = 0.9314941024228;

    /// <summary>Bohr magneton μ_B = e/(2 m_e) in GeV⁻¹.</summary>
    public static readonly double BohrMagnetonGeVm1 = ElementaryCharge / (2 * ElectronMassGeV);

    /// <summary>Proton magnetic moment μ_p = 2.793 nuclear magnetons (physics.md §3).</summary>
    public const double ProtonMagneticMoment = 2.793;

    /// <summary>Neutron magnetic moment μ_n = −1.913 nuclear magnetons (physics.md §3).</summary>
    public const double NeutronMagneticMoment = -1.913;

    /// <summary>Vector dipole mass squared of the nucleon form factors, M_V² = 0.71 GeV² (physics.md §3).</summary>
    public const double NucleonDipoleMass2GeV2 = 0.71;

    /// <summary>Higgs vacuum expectation value v = (√2 G_F)^(−1/2) ≈ 246.22 GeV, derived from <see cref="FermiConstantGeVm2"/>
    /// (M_D = Y v/√2, physics.md §2.3).</summary>
    public static readonly double HiggsVevGeV = 1 / Math.Sqrt(Math.Sqrt(2) * FermiConstantGeVm2);

    /// <summary>W boson mass m_W = 80.37912 GeV as used by DarkNews (const.py; PDG 2020 era), for its charge convention.</summary>
    public const double DarkNewsWMassGeV = 80.37912;

    /// <summary>On-shell weak mixing angle s_W² = 1 − m_W²/m_Z² = 0.22343 as used by DarkNews (const.py).</summary>
    public const double DarkNewsSinThetaW2 = 0.22343;

    /// <summary>The DarkNews electric charge e = g·s_W, g = (8 G_F m_W²/√2)^{1/2} (DarkNews const.py), ≈ 0.30862.</summary>
    public static readonly double DarkNewsElementaryCharge =
        Math.Sqrt(8 * FermiConstantGeVm2 * DarkNewsWMassGeV * DarkNewsWMassGeV / Math.Sqrt(2)) * Math.Sqrt(DarkNewsSinThetaW2);

    /// <summary>Radiation-length constant 1/(4 α r_e² N_A) = 716.408 g/cm² for A = 1 g/mol (PDG 2024, Passage of
    /// particles through matter, eq. 34.25): X₀ = 716.408 g cm⁻² · A / [Z²(L_rad − f(Z)) + Z L'_rad].</summary>
    public const double RadiationLengthConstantGPerCm2 = 716.408;
}
