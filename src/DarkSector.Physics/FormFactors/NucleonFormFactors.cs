namespace DarkSector.Physics.FormFactors;

/// <summary>Electromagnetic form factors of free nucleons: Sachs G_E, G_M and Dirac F1, Pauli F2 (physics.md §3).</summary>
/// <remarks>
/// <para>Dipole model: G_D = (1 + Q²/M_V²)^{−2} with M_V² = 0.71 GeV²; G_E^p = G_D, G_M^p = μ_p G_D,
/// G_M^n = μ_n G_D (μ_p = 2.793, μ_n = −1.913); G_E^n from Galster (default) or zero.</para>
/// <para>F1 = (G_E + τ G_M)/(1 + τ), F2 = (G_M − G_E)/(1 + τ), τ = Q²/(4M²) with M the nucleon's own mass, so
/// F1^p(0) = 1, F2^p(0) = μ_p − 1, F1^n(0) = 0, F2^n(0) = μ_n. The current is
/// ū[γ^μ F1 + iσ^{μν}q_ν F2/(2M)]u.</para>
/// <para>Pure functions: thread-safe, allocation-free.</para>
/// </remarks>
public static class NucleonFormFactors
{
    /// <summary>The dipole G_D(Q²) = (1 + Q²/M_V²)^{−2}, dimensionless.</summary>
    /// <param name="q2GeV2">Q² in GeV²; ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">Q² negative or not finite.</exception>
    public static double Dipole(double q2GeV2)
    {
        FormFactorGuard.CheckQ2(q2GeV2);
        double d = 1.0 + q2GeV2 / PhysicalConstants.NucleonDipoleMass2GeV2;
        return 1.0 / (d * d);
    }

    /// <summary>Electric Sachs form factor G_E(Q²).</summary>
    /// <param name="nucleon">Proton or neutron.</param>
    /// <param name="q2GeV2">Q² in GeV²; ≥ 0.</param>
    /// <param name="neutronModel">Parametrisation of G_E^n (ignored for the proton).</param>
    /// <exception cref="ArgumentOutOfRangeException">Q² negative or not finite.</exception>
    public static double ElectricSachs(Nucleon nucleon, double q2GeV2, NeutronElectricModel neutronModel = NeutronElectricModel.Galster)
    {
        double gd = Dipole(q2GeV2);
        if (nucleon == Nucleon.Proton) return gd;
        if (neutronModel == NeutronElectricModel.Zero) return 0.0;
        double tau = Tau(nucleon, q2GeV2);
        return -PhysicalConstants.NeutronMagneticMoment * tau * gd / (1.0 + 5.6 * tau);
    }

    /// <summary>Magnetic Sachs form factor G_M(Q²) = μ G_D(Q²) (in nuclear magnetons).</summary>
    /// <param name="nucleon">Proton or neutron.</param>
    /// <param name="q2GeV2">Q² in GeV²; ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">Q² negative or not finite.</exception>
    public static double MagneticSachs(Nucleon nucleon, double q2GeV2) =>
        MagneticMoment(nucleon) * Dipole(q2GeV2);

    /// <summary>Dirac form factor F1(Q²); F1^p(0) = 1, F1^n(0) = 0.</summary>
    /// <param name="nucleon">Proton or neutron.</param>
    /// <param name="q2GeV2">Q² in GeV²; ≥ 0.</param>
    /// <param name="neutronModel">Parametrisation of G_E^n (ignored for the proton).</param>
    /// <exception cref="ArgumentOutOfRangeException">Q² negative or not finite.</exception>
    public static double DiracF1(Nucleon nucleon, double q2GeV2, NeutronElectricModel neutronModel = NeutronElectricModel.Galster)
    {
        double ge = ElectricSachs(nucleon, q2GeV2, neutronModel);
        double gm = MagneticSachs(nucleon, q2GeV2);
        double tau = Tau(nucleon, q2GeV2);
        return (ge + tau * gm) / (1.0 + tau);
    }

    /// <summary>Pauli form factor F2(Q²) (anomalous magnetic moment at Q² = 0: μ_p − 1, μ_n).</summary>
    /// <param name="nucleon">Proton or neutron.</param>
    /// <param name="q2GeV2">Q² in GeV²; ≥ 0.</param>
    /// <param name="neutronModel">Parametrisation of G_E^n (ignored for the proton).</param>
    /// <exception cref="ArgumentOutOfRangeException">Q² negative or not finite.</exception>
    public static double PauliF2(Nucleon nucleon, double q2GeV2, NeutronElectricModel neutronModel = NeutronElectricModel.Galster)
    {
        double ge = ElectricSachs(nucleon, q2GeV2, neutronModel);
        double gm = MagneticSachs(nucleon, q2GeV2);
        double tau = Tau(nucleon, q2GeV2);
        return (gm - ge) / (1.0 + tau);
    }

    /// <summary>Magnetic moment μ in nuclear magnetons (physics.md §3).</summary>
    public static double MagneticMoment(Nucleon nucleon) =>
        nucleon == Nucleon.Proton ? PhysicalConstants.ProtonMagneticMoment : PhysicalConstants.NeutronMagneticMoment;

    private static double Tau(Nucleon nucleon, double q2GeV2)
    {
        double m = nucleon == Nucleon.Proton ? PhysicalConstants.ProtonMassGeV : PhysicalConstants.NeutronMassGeV;
        return q2GeV2 / (4.0 * m * m);
    }
}
