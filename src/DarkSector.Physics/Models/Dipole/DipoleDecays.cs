using DarkSector.Physics.Decays;
using MathNet.Numerics.Integration;

namespace DarkSector.Physics.Models.Dipole;

/// <summary>
/// Decay widths of the dipole-portal HNL (physics.md §2.2): N → ν γ, N → ν ℓ⁺ℓ⁻ through a virtual photon, and
/// N_5 → N_4 γ in the two-HNL model, with the decay table that the CLI prints.
/// </summary>
/// <remarks>
/// Convention of <see cref="DipoleParameters"/>: Γ(N → ν γ) = Σ_α|d_αN|² m_N³/(4π) for a Dirac N, twice that for
/// a Majorana N (ν γ and ν̄ γ) (<see cref="DipoleNormalisation.Kamp2023"/>); every width is halved under
/// <see cref="DipoleNormalisation.DarkNews"/> (<see cref="DipoleParameters.Normalisation"/>). Every width here is
/// proportional to |d|² and carries the same Dirac/Majorana and normalisation factors, so branching ratios depend on
/// neither. Thread-safe (pure functions).
/// </remarks>
public static class DipoleDecays
{
    /// <summary>Channel name of N → ν γ.</summary>
    public const string NuGamma = "nu_gamma";

    /// <summary>Channel name of N → ν e⁺e⁻.</summary>
    public const string NuElectronElectron = "nu_e_e";

    /// <summary>Channel name of N → ν μ⁺μ⁻.</summary>
    public const string NuMuonMuon = "nu_mu_mu";

    /// <summary>Channel name of N_5 → N_4 γ.</summary>
    public const string N4Gamma = "N4_gamma";

    /// <summary>
    /// Decay table of the HNL of <paramref name="parameters"/>: <c>nu_gamma</c>, <c>nu_e_e</c>, <c>nu_mu_mu</c>
    /// (width 0 below threshold) and, with a lighter HNL, <c>N4_gamma</c>.
    /// </summary>
    /// <remarks>N_5 → N_4 ℓ⁺ℓ⁻ (order α/π of N4_gamma) is not included.</remarks>
    public static DecayTable Table(DipoleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        double m = parameters.MassGeV, d2 = EffectiveD2(parameters);
        bool majorana = parameters.IsMajorana;
        var channels = new List<PartialWidth>(4)
        {
            new(NuGamma, PhotonWidthUnchecked(m, 0.0, d2, majorana)),
            new(NuElectronElectron, DileptonWidthUnchecked(m, d2, PhysicalConstants.ElectronMassGeV, majorana)),
            new(NuMuonMuon, DileptonWidthUnchecked(m, d2, PhysicalConstants.MuonMassGeV, majorana)),
        };
        if (parameters.LighterHnl is { } lighter)
            channels.Add(new(N4Gamma, PhotonWidthUnchecked(m, lighter.MassGeV,
                lighter.D45GeVm1 * lighter.D45GeVm1 * NormalisationFactor(parameters.Normalisation), majorana)));
        return new DecayTable(channels);
    }

    /// <summary>Γ(N → ν γ) in GeV, summed over the active flavours (and over ν γ, ν̄ γ for a Majorana N).</summary>
    /// <remarks>Γ = κ_N κ_M Σ_α|d_αN|² m_N³/(4π), κ_M = 1 (Dirac) or 2 (Majorana), κ_N = <see cref="NormalisationFactor"/>
    /// (1 for Kamp2023, ½ for DarkNews); physics.md §2.2; Kamp et al., arXiv:2206.07100, eq. 5; Brdar et al., arXiv:2007.15563.</remarks>
    public static double PhotonWidthGeV(DipoleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return PhotonWidthUnchecked(parameters.MassGeV, 0.0, EffectiveD2(parameters), parameters.IsMajorana);
    }

    /// <summary>Γ(N_5 → N_4 γ) in GeV; 0 without a lighter HNL.</summary>
    /// <remarks>
    /// Γ = κ_M |d_45|² m_5³ (1 − m_4²/m_5²)³/(4π): the radiative transition width of a magnetic plus electric dipole
    /// of equal size (μ = ε = d_45 for the chiral operator), Γ = (m_5² − m_4²)³(|μ|² + |ε|²)/(8π m_5³) (Giunti and
    /// Studenikin, Rev. Mod. Phys. 87 (2015) 531, radiative decay section); it reduces to <see cref="PhotonWidthGeV"/> at m_4 = 0.
    /// </remarks>
    public static double TransitionPhotonWidthGeV(DipoleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return parameters.LighterHnl is { } lighter
            ? PhotonWidthUnchecked(parameters.MassGeV, lighter.MassGeV,
                lighter.D45GeVm1 * lighter.D45GeVm1 * NormalisationFactor(parameters.Normalisation), parameters.IsMajorana)
            : 0.0;
    }

    /// <summary>Γ(N → ν ℓ⁺ℓ⁻) in GeV through a virtual photon, for a lepton of mass <paramref name="leptonMassGeV"/>; 0 below threshold.</summary>
    /// <remarks>
    /// Γ = ∫ ds dΓ/ds over 4m_ℓ² &lt; s &lt; m_N², with dΓ/ds = Γ(N → ν γ)·<see cref="DileptonSpectrum"/>(s) (Kroll–Wada
    /// factorisation; see there). The integral is done in y with s = 4m_ℓ² cosh²y, where the integrand is smooth
    /// (ds/s = 2 tanh y dy, β_ℓ = tanh y), by a 16-panel 24-point Gauss–Legendre rule (tested against an independent
    /// Simpson rule to 1e-6 and the leading-log estimate to 2e-4).
    /// </remarks>
    /// <param name="parameters">The model point.</param>
    /// <param name="leptonMassGeV">m_ℓ in GeV; &gt; 0.</param>
    public static double DileptonWidthGeV(DipoleParameters parameters, double leptonMassGeV)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Check.Positive(leptonMassGeV);
        return DileptonWidthUnchecked(parameters.MassGeV, EffectiveD2(parameters), leptonMassGeV, parameters.IsMajorana);
    }

    /// <summary>
    /// The normalised dilepton mass spectrum (1/Γ(N → νγ)) dΓ(N → ν ℓ⁺ℓ⁻)/ds in GeV⁻² at s = m_ℓℓ²; 0 outside
    /// 4m_ℓ² &lt; s &lt; m_N².
    /// </summary>
    /// <remarks>
    /// dΓ/ds = Γ_V(s)·(1/π)·√s Γ(V_s → ℓℓ)/s², the virtual photon treated as a vector of mass √s with coupling e
    /// (Kroll and Wada, Phys. Rev. 98 (1955) 1355; Landsberg, Phys. Rep. 128 (1985) 301). With the dipole
    /// vertex 2d σ^μν q_ν (transverse, so the −g_μν polarisation sum is exact):
    /// Γ_V(s) = Γ(N → νγ)·(1 − x)²(1 + x/2), x = s/m_N² (derived here from Tr[k̸ σq p̸ P_L σq] = (m² − s)(2m² + s)),
    /// Γ(V_s → ℓℓ) = (α√s/3)(1 + 2m_ℓ²/s)β_ℓ, β_ℓ = √(1 − 4m_ℓ²/s). Hence
    /// (1/Γ_γ) dΓ/ds = α/(3π s) · (1 − x)²(1 + x/2) · (1 + 2m_ℓ²/s) β_ℓ. Tested against the fully differential matrix element.
    /// </remarks>
    /// <param name="hnlMassGeV">m_N in GeV; &gt; 0.</param>
    /// <param name="leptonMassGeV">m_ℓ in GeV; &gt; 0.</param>
    /// <param name="s">m_ℓℓ² in GeV²; finite.</param>
    public static double DileptonSpectrum(double hnlMassGeV, double leptonMassGeV, double s)
    {
        Check.Positive(hnlMassGeV);
        Check.Positive(leptonMassGeV);
        Check.Finite(s);
        return DileptonSpectrumUnchecked(hnlMassGeV, leptonMassGeV, s);
    }

    internal static double DileptonSpectrumUnchecked(double m, double ml, double s)
    {
        double s0 = 4 * ml * ml, m2 = m * m;
        if (!(s > s0) || !(s < m2)) return 0.0;
        double x = s / m2, oneMinusX = 1 - x;
        double beta = Math.Sqrt(1 - s0 / s);
        return PhysicalConstants.Alpha / (3 * Math.PI * s) * oneMinusX * oneMinusX * (1 + 0.5 * x) * (1 + 2 * ml * ml / s) * beta;
    }

    /// <summary>
    /// The factor every width carries relative to <see cref="DipoleNormalisation.Kamp2023"/>: 1, or ½ for
    /// <see cref="DipoleNormalisation.DarkNews"/> (DarkNews <c>decay_rates.gamma_Ni_to_Nj_gamma</c>: |t|² m³/(8π) Dirac with
    /// t = μ_tr/2 = d, against d² m³/(4π); docs/conventions.md).
    /// </summary>
    public static double NormalisationFactor(DipoleNormalisation normalisation) => normalisation switch
    {
        DipoleNormalisation.Kamp2023 => 1.0,
        DipoleNormalisation.DarkNews => 0.5,
        _ => throw new ArgumentOutOfRangeException(nameof(normalisation), normalisation, $"normalisation = {normalisation} is not Kamp2023 or DarkNews"),
    };

    private static double EffectiveD2(DipoleParameters parameters) => parameters.SumD2GeVm2 * NormalisationFactor(parameters.Normalisation);

    /// <summary>Γ of a dipole radiative transition m_heavy → m_light + γ in GeV (m_light = 0 for ν γ), Kamp2023 normalisation.</summary>
    internal static double PhotonWidthUnchecked(double heavyMassGeV, double lightMassGeV, double d2GeVm2, bool majorana)
    {
        double r2 = lightMassGeV * lightMassGeV / (heavyMassGeV * heavyMassGeV);
        double phase = (1 - r2) * (1 - r2) * (1 - r2);
        return (majorana ? 2.0 : 1.0) * d2GeVm2 * heavyMassGeV * heavyMassGeV * heavyMassGeV / (4 * Math.PI) * phase;
    }

    /// <summary>Γ(N → ν ℓ⁺ℓ⁻) / Γ(N → ν γ): the dilepton-to-photon ratio, a function of m_ℓ/m_N only; 0 below threshold.</summary>
    internal static double DileptonToPhotonRatio(double m, double ml)
    {
        if (!(m > 2 * ml)) return 0.0;
        double yMax = Math.Acosh(m / (2 * ml));
        double s0 = 4 * ml * ml, m2 = m * m;
        const int panels = 16;
        double h = yMax / panels, sum = 0;
        for (int i = 0; i < panels; i++)
        {
            sum += GaussLegendreRule.Integrate(y =>
            {
                double c = Math.Cosh(y), t = Math.Tanh(y);
                double s = s0 * c * c, x = s / m2, oneMinusX = 1 - x;
                // (1/Γγ) dΓ/dy = α/(3π) (1−x)²(1+x/2)(1 + 1/(2cosh²y)) tanh y · 2 tanh y
                return oneMinusX * oneMinusX * (1 + 0.5 * x) * (1 + 0.5 / (c * c)) * 2 * t * t;
            }, i * h, (i + 1) * h, 24);
        }
        return PhysicalConstants.Alpha / (3 * Math.PI) * sum;
    }

    internal static double DileptonWidthUnchecked(double m, double d2, double ml, bool majorana) =>
        PhotonWidthUnchecked(m, 0.0, d2, majorana) * DileptonToPhotonRatio(m, ml);
}
