using System.Globalization;
using DarkSector.Physics;
using DarkSector.Physics.CrossSections;
using DarkSector.Physics.FormFactors;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Models.DarkSeesaw;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Physics.Targets;

namespace DarkSector.Sampling.Validation;

/// <summary>
/// Validation rows of the core's model quantities (experiment "core"): the numbers of the seed papers and of DarkNews
/// that the Physics tests check, exposed to <c>darksector validate</c> — cross sections, widths and lifetimes of the
/// dark-photon, dipole and dark-seesaw families. Deterministic (no Monte Carlo): MC error 0.
/// </summary>
/// <remarks>Where the source gives a formula rather than a number (an equation of the paper), the published value is the
/// formula evaluated at the row's point, and our value comes from the general code path (full matrix element, decay
/// table, mass-matrix diagonalisation), so the row checks that the general path reduces to the paper's formula.</remarks>
public static class CoreValidation
{
    /// <summary>The experiment id of the core rows.</summary>
    public const string Experiment = "core";

    private const string DarkNewsBenchmark = "m4 = 0.2 GeV, m_Z' = 1.25 GeV, eps^2 = 4.6e-4, alpha_D = 0.4, |V_mu4|^2 = 2.2e-7, E_nu = 1 GeV, helicity conserving, e = g s_W (DarkNews' charge)";

    /// <summary>The rows, in report order.</summary>
    public static IReadOnlyList<ValidationRow> Rows { get; } = Build();

    private static ValidationRow Row(string id, string quantity, double published, double uncertainty, string source, string assumptions,
        double tolerance, string reason, Func<double> ours, string note = "") => new()
    {
        Id = $"{Experiment}/{id}",
        Experiment = Experiment,
        Quantity = quantity,
        Published = published,
        PublishedUncertainty = uncertainty,
        Source = source,
        Assumptions = assumptions,
        RelativeTolerance = tolerance,
        ToleranceReason = reason,
        Compute = _ => new ValidationValue(ours(), 0, Note: note),
    };

    private static ValidationRow[] Build()
    {
        var carbon = Nuclei.Get("C12");
        DarkPhotonModel DarkNews(bool majorana) =>
            DarkPhotonModel.SingleHnl(0.2, 1.25, Math.Sqrt(4.6e-4), 0.4, 2.2e-7, 1.0, majorana) with { Charge = ChargeConvention.DarkNews };
        double Coherent(bool majorana) =>
            DarkPhotonUpscattering.Coherent(DarkNews(majorana), carbon, helicity: UpscatteringHelicity.Conserving).TotalCm2(1.0);

        // ND280 heavy benchmark B (Arguelles-Foppiani-Hostert Table I) and light benchmark A
        var heavy = DarkPhotonModel.SingleHnl(0.1, 1.25, Math.Sqrt(4.6e-4), 0.4, 2.2e-7, 1.0);
        var light = DarkPhotonModel.SingleHnl(0.1, 0.03, 1.7e-4, 0.25, 8e-9, 1.0);
        double alpha = heavy.ElectricCharge * heavy.ElectricCharge / (4 * Math.PI);
        double x = 0.1 * 0.1 / (1.25 * 1.25);
        double heavyClosed = alpha * 0.4 * 4.6e-4 * 1.0 * Math.Pow(0.1, 5) / (48 * Math.PI * Math.Pow(1.25, 4)) * LoopFunction(x);
        double r = 0.03 * 0.03 / (0.1 * 0.1);
        double twoBodyClosed = 0.25 * 1.0 * Math.Pow(0.1, 3) / (4 * 0.03 * 0.03) * (1 - r) * (1 - r) * (0.5 + r);
        double me = PhysicalConstants.ElectronMassGeV, y = me * me / (0.03 * 0.03);
        double alphaLight = light.ElectricCharge * light.ElectricCharge / (4 * Math.PI);
        double zPrimeClosed = alphaLight * light.Epsilon2 * 0.03 / 3 * (1 + 2 * y) * Math.Sqrt(1 - 4 * y);

        var dipole = new DipoleParameters { MassGeV = 0.47, DMuonGeVm1 = 1.25e-6 };
        double dipoleClosed = 1.25e-6 * 1.25e-6 * Math.Pow(0.47, 3) / (4 * Math.PI);

        var seesaw = DarkSeesawSpectrum.Compute(new DarkSeesawParameters(new[,] { { 1e-4 } }, new[,] { { 1.0 } }, new[,] { { 0.0 } }, new[,] { { 0.0 } },
            new[,] { { 10.0 } }, 1.25, 0.01, 0.3));
        var benchmark = DarkSeesawSpectrum.Compute(new DarkSeesawParameters(
            diracMassGeV: new[,] { { 1e-5, 2e-5, 3e-5 } },
            sterileMassGeV: new[,] { { 0.12, 0, 0 }, { 0, 0.25, 0 }, { 0, 0, 0.6 } },
            lambdaLGeV: new[,] { { 0.02 }, { 0.03 }, { 0.05 } },
            lambdaRGeV: new[,] { { 0.04 }, { -0.01 }, { 0.02 } },
            darkMassGeV: new[,] { { 0.3 } },
            zPrimeMassGeV: 1.25, epsilon: Math.Sqrt(4.6e-4), alphaD: 0.39));
        double vSum = 0;
        for (int i = 0; i < benchmark.StateCount; i++)
            for (int j = 0; j < benchmark.StateCount; j++) vSum += benchmark.ZPrimeVertexSquared(i, j);

        const string Exact = "closed form vs the general code path: agreement to rounding";
        return
        [
            Row("dark-photon/sigma coherent C12, Dirac", "sigma(nu_mu C12 -> N C12), coherent, cm^2", 3.836e-40, 0.0005e-40,
                "DarkNews printout for the issue-3 benchmark (Abdullahi et al. 2023 code)", DarkNewsBenchmark, 5e-3,
                "DarkNews integrates by Monte Carlo: its Dirac and Majorana values (equal at tree level) differ by 0.5%", () => Coherent(false)),
            Row("dark-photon/sigma coherent C12, Majorana", "sigma(nu_mu C12 -> N C12), coherent, Majorana N, cm^2", 3.855e-40, 0.0005e-40,
                "DarkNews printout for the issue-3 benchmark (Abdullahi et al. 2023 code)", DarkNewsBenchmark, 5e-3,
                "DarkNews integrates by Monte Carlo: its Dirac and Majorana values (equal at tree level) differ by 0.5%", () => Coherent(true),
                "tree level: equal to the Dirac value (a massless nu_L couples to P_L N only)"),
            .. DarkNewsCrossSectionRows(carbon),
            Row("dark-photon/Gamma(N -> nu e e), heavy Z'", "Gamma(N -> nu e+ e-) through an off-shell Z', GeV", heavyClosed, 0,
                "Arguelles-Foppiani-Hostert 2023, heavy-mediator width alpha alpha_D eps^2 |V_N|^2 m^5/(48 pi m_Z'^4) L(m^2/m_Z'^2) (m_e -> 0)",
                "ND280 benchmark B: m_N = 0.1 GeV, m_Z' = 1.25 GeV, eps^2 = 4.6e-4, alpha_D = 0.4, |V_N|^2 = 1, Dirac", 1e-3,
                "ours has the finite electron mass (-1e-4 at m_N = 0.1 GeV) and the SM Z/W part (|V_muN|^2 = 2.2e-7: ~1e-7)",
                () => DarkPhotonDecays.Hnl(heavy).Width("nu_e_e")),
            Row("dark-photon/Gamma(N -> nu Z'), light Z'", "Gamma(N -> nu Z'), GeV", twoBodyClosed, 0,
                "Arguelles-Foppiani-Hostert 2023: alpha_D |V_N|^2 m^3/(4 m_Z'^2) (1 - r)^2 (1/2 + r), r = m_Z'^2/m^2",
                "ND280 benchmark A: m_N = 0.1 GeV, m_Z' = 0.03 GeV, alpha_D = 0.25, |V_N|^2 = 1, Dirac", 1e-12, Exact,
                () => DarkPhotonDecays.Hnl(light).Width("nu_Zprime")),
            Row("dark-photon/Gamma(Z' -> e e)", "Gamma(Z' -> e+ e-), GeV", zPrimeClosed, 0,
                "Arguelles-Foppiani-Hostert 2023: (alpha eps^2 m_Z'/3)(1 + 2 m_e^2/m_Z'^2) sqrt(1 - 4 m_e^2/m_Z'^2)",
                "ND280 benchmark A: m_Z' = 0.03 GeV, eps = 1.7e-4", 1e-12, Exact, () => DarkPhotonDecays.ZPrime(light).Width("e_e")),
            Row("dark-photon/BR(Z' -> e e), light Z'", "BR(Z' -> e+ e-) below the muon threshold", 1.0, 0,
                "Arguelles-Foppiani-Hostert 2023 (Z' -> e+ e- is the only open channel for m_Z' < 2 m_mu and m_Z' < m_N)",
                "ND280 benchmark A: m_Z' = 0.03 GeV", 1e-12, Exact, () => DarkPhotonDecays.ZPrime(light).BranchingRatio("e_e")),
            Row("dipole/Gamma(N -> nu gamma)", "Gamma(N -> nu gamma), GeV", dipoleClosed, 0,
                "Kamp et al. 2023 eq. 5: d^2 m^3/(4 pi) (Dirac)", "m_N = 0.47 GeV, d_mu = 1.25e-6 GeV^-1, Dirac, kamp2023 convention", 1e-12, Exact,
                () => DipoleDecays.PhotonWidthGeV(dipole),
                $"c tau0 = {PhysicalConstants.HbarCGeVCm / dipoleClosed:0.###} cm from this channel (DarkNews convention: twice as long)"),
            Row("dark-seesaw/m_light, type-I limit", "lightest mass of the dark-seesaw mass matrix for one active and one sterile state, GeV", 1e-8, 0,
                "Abdullahi-Hostert-Pascoli 2021: type-I seesaw m_light = M_D^2/M_N for M_D << M_N",
                "M_D = 1e-4 GeV, M_N = 1 GeV, dark pair decoupled (M_X = 10 GeV, Lambda = 0)", 1e-6, "corrections O(M_D^2/M_N^2) = 1e-8",
                () => seesaw.MassesGeV[0]),
            Row("dark-seesaw/|U_mu4|^2, type-I limit", "|U_mu4|^2 of the heavy state", 1e-8, 0,
                "Abdullahi-Hostert-Pascoli 2021: |U_mu4|^2 = M_D^2/M_N^2 for M_D << M_N", "as above", 1e-6, "corrections O(M_D^2/M_N^2) = 1e-8",
                () => seesaw.MixingSquared(LeptonFlavour.Muon, 1)),
            Row("dark-seesaw/sum |V_jk|^2 = 2d", "sum over all mass states j, k of |V_jk|^2", 2.0, 0,
                "Abdullahi-Hostert-Pascoli 2021, eq. A2: V = U_DL^dagger U_DL - U_DR^dagger U_DR with rank-d projectors (d = 1)",
                "the paper's benchmark shape: one active flavour, n = 3, d = 1, M_N diagonal (0.12, 0.25, 0.6 GeV)", 1e-12, Exact, () => vSum),
        ];
    }

    /// <summary>DarkNews' regression sums of test_xsecs (tests/test_physics.py of DarkNews-generator 0.4.9, also at
    /// 0.4.0): σ(ν_μ C12 → N C12) coherent plus the "p-el" regime (Z = 6 free protons per nucleus, DarkNews' own
    /// multiplicity), both helicities, summed over E_ν = 0.1, 2.575, 5.05, 7.525, 10 GeV (NEVAL = 1000 × NINT = 10 VEGAS
    /// evaluations per energy); m4 = 0.2 GeV, Dirac, e = g s_W, DarkNews' ThreePortalModel defaults g_D = 1, U_D4 = 1.</summary>
    private static IEnumerable<ValidationRow> DarkNewsCrossSectionRows(Nucleus carbon)
    {
        double[] energies = [0.1, 2.575, 5.05, 7.525, 10];
        double Sum(IUpscatteringCrossSection coherent, IUpscatteringCrossSection proton) =>
            energies.Sum(e => coherent.TotalCm2(e) + carbon.Z * proton.TotalCm2(e));
        DarkPhotonModel Vector(double zPrimeMassGeV) =>
            DarkPhotonModel.SingleHnl(0.2, zPrimeMassGeV, 1e-3, DarkPhotonModel.AlphaDarkFromGaugeCoupling(1), 1e-6, 1e-6) with { Charge = ChargeConvention.DarkNews };
        double VectorSum(double zPrimeMassGeV) =>
            Sum(DarkPhotonUpscattering.Coherent(Vector(zPrimeMassGeV), carbon), DarkPhotonUpscattering.ProtonElastic(Vector(zPrimeMassGeV)));
        var dipole = new DipoleParameters { MassGeV = 0.2, DMuonGeVm1 = 1e-6 };
        double r = Math.Max(DarkNewsZExchange.CoherentRatio(carbon, 1e-3, 1, 1.25), DarkNewsZExchange.ProtonRatio(1e-3, 1, 1.25));
        const string Source = "DarkNews-generator tests/test_physics.py, test_xsecs (seeded regression value, tolerance 1e-3 there)";
        const string Quantity = "sum over E_nu = 0.1, 2.575, 5.05, 7.525, 10 GeV of sigma(nu_mu C12 -> N C12) coherent + 6 sigma(nu_mu p -> N p), both helicities, cm^2";
        const string Reason = "DarkNews integrates each sigma by VEGAS (1000 x 10 evaluations); its Dirac and Majorana coherent values, equal at tree level, differ by 0.5% (rows above)";
        yield return Row("dipole/sigma C12 coherent + p-el, DarkNews test_xsecs", Quantity, 1.167635698988556e-38, 0.0000005e-38, Source,
            "m4 = 0.2 GeV, mu_tr_mu4 = 2e-6 GeV^-1 = 2 d_muN (DarkNews' transition moment; d_muN = 1e-6), Dirac", 5e-3, Reason,
            () => Sum(DipoleUpscattering.Coherent(dipole, LeptonFlavour.Muon, carbon), DipoleUpscattering.NucleonElastic(dipole, LeptonFlavour.Muon, Nucleon.Proton)));
        yield return Row("dark-photon/sigma C12 coherent + p-el, light Z', DarkNews test_xsecs", Quantity, 47.71350400042774e-38, 0.0000005e-38, Source,
            "m4 = 0.2 GeV, m_Z' = 0.03 GeV, eps = 1e-3, g_D = 1, |V_mu4|^2 = |U_mu4|^2 = 1e-6, Dirac, e = g s_W", 5e-3, Reason, () => VectorSum(0.03),
            $"SM Z exchange (DarkNews only) relative to the Z' amplitude: r = {Math.Max(DarkNewsZExchange.CoherentRatio(carbon, 1e-3, 1, 0.03), DarkNewsZExchange.ProtonRatio(1e-3, 1, 0.03)):0.#e+0}");
        yield return Row("dark-photon/sigma C12 coherent + p-el, heavy Z', DarkNews test_xsecs", Quantity, 0.0009700678537285885e-38, 0.0000000005e-38, Source,
            "m4 = 0.2 GeV, m_Z' = 1.25 GeV, eps = 1e-3, g_D = 1, |V_mu4|^2 = |U_mu4|^2 = 1e-6, Dirac, e = g s_W", 5e-3, Reason, () => VectorSum(1.25),
            string.Create(CultureInfo.InvariantCulture, $"SM Z exchange (DarkNews only) relative to the Z' amplitude at Q^2 -> 0: r = {r:0.###} (largest of coherent and proton)"))
            with
            {
                KnownDifference = "DarkNews' three-portal model also exchanges the SM Z through the active mixing U_mu4 (DarkNewsZExchange), which "
                    + "DarkSector's dark-photon family leaves out; its interference with the Z' amplitude moves sigma by up to [1/(1+r)^2, 1/(1-r)^2]. "
                    + "The deviation scales as 1/(eps g_D) like r: 2.2% here, 6.9% at the MiniBooNE heavy benchmark (eps g_D 3.4x smaller; "
                    + "row miniboone/DarkNews upscattering, heavy Z'), none at m_Z' = 30 MeV (r ~ 1e-5)",
                ExplainedRatio = DarkNewsZExchange.ZPrimeOnlyOverFull(r),
            };
    }

    /// <summary>L(x) = (12/x⁴)(x − x²/2 − x³/6 − (1 − x) ln(1/(1 − x))) (Argüelles-Foppiani-Hostert 2023), L(0) = 1.</summary>
    private static double LoopFunction(double x) =>
        12 / Math.Pow(x, 4) * (x - x * x / 2 - x * x * x / 6 - (1 - x) * Math.Log(1 / (1 - x)));
}
