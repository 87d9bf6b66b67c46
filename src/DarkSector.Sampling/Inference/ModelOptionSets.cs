using DarkSector.Physics;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Physics.Oscillations;

namespace DarkSector.Sampling.Inference;

/// <summary>
/// The model-point inputs of the built-in families (what the tool's <c>decay</c>, <c>xsec</c>, <c>generate</c>,
/// <c>rate</c> and <c>limit</c> take as options): names, help, units, allowed ranges and defaults, and the model each
/// builds. Masses are accepted in (0, <see cref="MaxMassGeV"/>] GeV.
/// </summary>
public static class ModelOptionSets
{
    /// <summary>Largest accepted mass, GeV: the models take any positive mass; the bound keeps a mistyped exponent
    /// (1e300) from ending in an overflowed width instead of an error that names the input.</summary>
    public const double MaxMassGeV = 1000;

    private static ModelOption Mass(string name, string description, bool required = false) =>
        new(name, description) { Unit = "GeV", Minimum = 0, ExcludesMinimum = true, Maximum = MaxMassGeV, Required = required };

    private static ModelOption Probability(string name, string description, double? fallback = 0.0) =>
        new(name, description) { Minimum = 0, Maximum = 1, Default = fallback };

    private static ModelOption DipoleCoupling(string name, string description) =>
        new(name, description) { Unit = "GeV^-1", Minimum = 0, Default = 0.0 };

    /// <summary>The value of dark-photon <c>charge-convention</c> that uses DarkNews' e = g s_W.</summary>
    public const string DarkNewsCharge = "darknews";

    /// <summary>The value of dipole <c>coupling-convention</c> that reads the couplings as DarkNews' μ_tr = 2d.</summary>
    public const string MuTrConvention = "mu-tr";

    /// <summary>Dark photon: <c>mn</c> (alias <c>m-n</c>), <c>mzprime</c>, <c>epsilon</c>|<c>epsilon2</c>,
    /// <c>alpha-d</c>|<c>g-d</c>, the vertices <c>v-mu-n2 v-e-n2 v-tau-n2 v-n2</c>, the active mixings
    /// <c>u-e-n2 u-mu-n2 u-tau-n2</c>, <c>majorana</c>, a lighter HNL <c>m4</c> with <c>v-45</c> (then <c>mn</c> is N5),
    /// and <c>charge-convention</c>.</summary>
    public static ModelOptionSet<DarkPhotonModel> DarkPhoton { get; } = new("dark-photon",
    [
        Mass("mn", "HNL mass m_N in GeV (the heavier N5 when --m4 is given; --m-n, the scan axis name, is the same).", required: true) with { Aliases = ["m-n"] },
        Mass("mzprime", "Dark photon mass m_Z' in GeV.", required: true),
        new("epsilon", "Kinetic mixing epsilon in (0, 1) (or give --epsilon2).") { Minimum = 0, Maximum = 1, ExcludesMinimum = true, ExcludesMaximum = true },
        new("epsilon2", "Kinetic mixing squared epsilon^2 in (0, 1) (instead of --epsilon).") { Minimum = 0, Maximum = 1, ExcludesMinimum = true, ExcludesMaximum = true },
        new("alpha-d", "Dark fine-structure constant alpha_D = g_D^2/(4 pi) (or give --g-d).") { Minimum = 0, ExcludesMinimum = true, Maximum = 4 * Math.PI },
        new("g-d", "Dark gauge coupling g_D in (0, 4 pi] (instead of --alpha-d; alpha_D = g_D^2/(4 pi)).") { Minimum = 0, ExcludesMinimum = true, Maximum = 4 * Math.PI },
        Probability("v-mu-n2", "|V_muN|^2: Z' vertex with nu_mu (production from nu_mu)."),
        Probability("v-e-n2", "|V_eN|^2: Z' vertex with nu_e."),
        Probability("v-tau-n2", "|V_tauN|^2: Z' vertex with nu_tau."),
        Probability("v-n2", "|V_N|^2 = sum over light states of |V_iN|^2 (decays); default |V_eN|^2 + |V_muN|^2 + |V_tauN|^2.", fallback: null),
        Probability("u-e-n2", "|U_eN|^2 active mixing (SM Z/W decay channels)."),
        Probability("u-mu-n2", "|U_muN|^2 active mixing (SM Z/W decay channels)."),
        Probability("u-tau-n2", "|U_tauN|^2 active mixing (SM Z decay channels)."),
        new("majorana", "Majorana HNLs (default: Dirac).") { Kind = ModelOptionKind.Switch },
        Mass("m4", "Mass in GeV of a lighter HNL N4 coupled by --v-45 (two-HNL model; --mn is then N5)."),
        Probability("v-45", "|V_45| (modulus) between N5 and N4 (with --m4)."),
        new("charge-convention", "Electric charge multiplying epsilon: 'alpha0' (e = sqrt(4 pi alpha(0)), default) or 'darknews' (e = g s_W).")
            { Kind = ModelOptionKind.Choice, Choices = ["alpha0", DarkNewsCharge] },
    ], BuildDarkPhoton);

    /// <summary>The dipole normalisation input (kamp2023 by default, or darknews), also taken by scans of the dipole family.</summary>
    public static ModelOption DipoleNormalisationOption { get; } = new("dipole-convention",
        "Normalisation of sigma and Gamma together: 'kamp2023' (default; one Lagrangian, Gamma(N -> nu gamma) = d^2 m^3/4pi, "
        + "Kamp et al. eq. 5) or 'darknews' (DarkNews/SIREN with d = mu_tr/2: same sigma, Gamma = d^2 m^3/8pi).")
        { Kind = ModelOptionKind.Choice, Choices = [.. DipoleConvention.Names] };

    /// <summary>Dipole portal: <c>mn</c> (alias <c>m-n</c>), <c>d-e d-mu d-tau</c>, <c>d-tau-scaled</c>,
    /// <c>majorana</c>, a lighter HNL <c>m4</c> with <c>d-45</c>, <c>coupling-convention</c> (how the numbers are read:
    /// d, or DarkNews' μ_tr = 2d) and <c>dipole-convention</c> (the normalisation of σ and Γ together, docs/conventions.md).</summary>
    public static ModelOptionSet<DipoleParameters> Dipole { get; } = new("dipole",
    [
        Mass("mn", "HNL mass m_N in GeV (the decaying N5 when --m4 is given; --m-n, the scan axis name, is the same).", required: true) with { Aliases = ["m-n"] },
        DipoleCoupling("d-e", "Dipole coupling |d_eN| in GeV^-1."),
        DipoleCoupling("d-mu", "Dipole coupling |d_muN| in GeV^-1."),
        DipoleCoupling("d-tau", "Dipole coupling |d_tauN| in GeV^-1."),
        new("d-tau-scaled", "Set d_tauN = (m_tau/m_mu) d_muN (overrides --d-tau).") { Kind = ModelOptionKind.Switch },
        new("majorana", "Majorana HNL (default: Dirac).") { Kind = ModelOptionKind.Switch },
        Mass("m4", "Mass in GeV of a lighter HNL N4 reached by the transition dipole --d-45 (two-HNL model; --mn is then N5)."),
        DipoleCoupling("d-45", "Transition dipole |d_45| in GeV^-1 (with --m4)."),
        new("coupling-convention", "How to read the numbers given to --d-e/--d-mu/--d-tau/--d-45: 'd' (the coefficient of L = d nubar sigma F N) or 'mu-tr' "
            + "(DarkNews mu_tr = 2d; halved on input). Independent of --dipole-convention, which chooses the width formula (docs/conventions.md).")
            { Kind = ModelOptionKind.Choice, Choices = ["d", MuTrConvention] },
        DipoleNormalisationOption,
    ], BuildDipole);

    /// <summary>3+1 oscillation: <c>dm2</c> (Δm²₄₁, eV²) and <c>sin2-2theta</c> (sin²2θ_μe).</summary>
    public static ModelOptionSet<ThreePlusOneParameters> ThreePlusOne { get; } = new("3p1",
    [
        new("dm2", "Mass splitting Delta m^2_41 in eV^2 (> 0).") { Unit = "eV^2", Minimum = 0, ExcludesMinimum = true, Required = true },
        new("sin2-2theta", "Appearance amplitude sin^2(2 theta_mue) = 4|U_e4|^2|U_mu4|^2, in [0, 1].") { Minimum = 0, Maximum = 1, Required = true },
    ], v => new ThreePlusOneParameters { Dm2Ev2 = v.Value("dm2"), Sin22ThetaMuE = v.Value("sin2-2theta") });

    private static DarkPhotonModel BuildDarkPhoton(ModelOptionValues v)
    {
        double mass = v.Value("mn");
        double epsilon = (v.Number("epsilon"), v.Number("epsilon2")) switch
        {
            (double e, null) => e,
            (null, double e2) => Math.Sqrt(e2),
            (null, null) => throw new ArgumentException($"give the kinetic mixing with {v.Label("epsilon")} or {v.Label("epsilon2")}"),
            _ => throw new ArgumentException($"give either {v.Label("epsilon")} or {v.Label("epsilon2")}, not both"),
        };
        double alphaD = (v.Number("alpha-d"), v.Number("g-d")) switch
        {
            (double a, null) => a,
            (null, double g) => DarkPhotonModel.AlphaDarkFromGaugeCoupling(g),
            (null, null) => throw new ArgumentException($"give the dark coupling with {v.Label("alpha-d")} or {v.Label("g-d")}"),
            _ => throw new ArgumentException($"give either {v.Label("alpha-d")} or {v.Label("g-d")}, not both"),
        };
        double vmu = v.Value("v-mu-n2"), ve = v.Value("v-e-n2"), vtau = v.Value("v-tau-n2");
        var heavy = new HeavyNeutralLepton
        {
            MassGeV = mass,
            VertexE2 = ve,
            VertexMu2 = vmu,
            VertexTau2 = vtau,
            DecayVertex2 = v.Number("v-n2") ?? Math.Min(1, ve + vmu + vtau),
            MixingE2 = v.Value("u-e-n2"),
            MixingMu2 = v.Value("u-mu-n2"),
            MixingTau2 = v.Value("u-tau-n2"),
        };
        double v45 = v.Value("v-45");
        IReadOnlyList<HeavyNeutralLepton> hnls;
        if (v.Number("m4") is double m4)
        {
            Check.InOpenRange(m4, 0, mass, v.Label("m4"));
            hnls = [new HeavyNeutralLepton { MassGeV = m4 }, heavy with { TransitionVertices2 = [v45 * v45] }];
        }
        else if (v45 > 0)
            throw new ArgumentException($"{v.Label("v-45")} needs {v.Label("m4")} (the mass of the lighter HNL)");
        else
            hnls = [heavy];
        return new DarkPhotonModel
        {
            Hnls = hnls,
            ZPrimeMassGeV = v.Value("mzprime"),
            Epsilon = epsilon,
            AlphaDark = alphaD,
            IsMajorana = v.Switch("majorana"),
            Charge = v.Choice("charge-convention") == DarkNewsCharge ? ChargeConvention.DarkNews : ChargeConvention.ThomsonLimit,
        };
    }

    private static DipoleParameters BuildDipole(ModelOptionValues v)
    {
        Func<double, double> asD = v.Choice("coupling-convention") == MuTrConvention ? DipoleConvention.DFromMuTr : d => d;
        double mass = v.Value("mn");
        double d45 = asD(v.Value("d-45"));
        DipoleLighterHnl? lighter = null;
        if (v.Number("m4") is double m4)
        {
            Check.InOpenRange(m4, 0, mass, v.Label("m4"));
            lighter = new DipoleLighterHnl { MassGeV = m4, D45GeVm1 = d45 };
        }
        else if (d45 > 0)
            throw new ArgumentException($"{v.Label("d-45")} needs {v.Label("m4")} (the mass of the lighter HNL)");
        var parameters = new DipoleParameters
        {
            MassGeV = mass,
            DElectronGeVm1 = asD(v.Value("d-e")),
            DMuonGeVm1 = asD(v.Value("d-mu")),
            DTauGeVm1 = asD(v.Value("d-tau")),
            IsMajorana = v.Switch("majorana"),
            LighterHnl = lighter,
            Normalisation = DipoleConvention.Parse(v.Choice("dipole-convention")),
        };
        return v.Switch("d-tau-scaled") ? parameters.WithTauScaledFromMuon() : parameters;
    }
}
