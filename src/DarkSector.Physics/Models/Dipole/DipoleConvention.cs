namespace DarkSector.Physics.Models.Dipole;

/// <summary>
/// Conversions between the dipole coupling d of <see cref="DipoleParameters"/> and the transition magnetic moment
/// μ_tr used by DarkNews and SIREN.
/// </summary>
/// <remarks>
/// μ_tr = 2d (physics.md §2.2; the issue's convention note; DarkNews' dilepton code uses the vertex d_ij = T_ij/2 with
/// T_ij = μ_tr). With μ_tr = 2d the m_N → 0 limit of the dipole ν e → N e cross section is the Vogel–Engel
/// magnetic-moment cross section dσ/dT = α μ_ν² (1/T − 1/E) with μ_ν = μ_tr, and the upscattering cross sections
/// agree with DarkNews' at μ_tr = 2d (tested to 0.1% on C12).
/// <para><b>Widths differ by 2 (the other way round from what this page used to say).</b> DarkNews' <c>gamma_Ni_to_Nj_gamma</c>
/// gives Γ(N → νγ) = |t|² m³/(8π) for a Dirac N and twice that for a Majorana N, with the vertex t = μ_tr/2
/// (<c>model.py</c>: <c>t_aj = 0.5 · mu_tr</c>, since v0.4.0, commit 2bfd8dd "Fix factor of 2 in dipole coupling"; before
/// that t = μ_tr and both σ and Γ were 4× larger). At μ_tr = 2d that is <b>half</b> the widths of <see cref="DipoleDecays"/>
/// (Kamp et al. eq. 5: Γ = d² m³/(4π) Dirac, d² m³/(2π) Majorana), while DarkNews' cross section equals ours: σ/Γ in
/// DarkNews is twice the value of one Lagrangian (docs/conventions.md). <see cref="DipoleNormalisation.DarkNews"/>
/// reproduces it. Thread-safe (pure functions).</para>
/// </remarks>
public static class DipoleConvention
{
    /// <summary>CLI and JSON name of <see cref="DipoleNormalisation.Kamp2023"/>.</summary>
    public const string Kamp2023Name = "kamp2023";

    /// <summary>CLI and JSON name of <see cref="DipoleNormalisation.DarkNews"/>.</summary>
    public const string DarkNewsName = "darknews";

    /// <summary>The names accepted by <see cref="Parse"/>, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = [Kamp2023Name, DarkNewsName];

    /// <summary>The CLI/JSON name of <paramref name="normalisation"/> ("kamp2023" or "darknews").</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined enum value.</exception>
    public static string Name(DipoleNormalisation normalisation) => normalisation switch
    {
        DipoleNormalisation.Kamp2023 => Kamp2023Name,
        DipoleNormalisation.DarkNews => DarkNewsName,
        _ => throw new ArgumentOutOfRangeException(nameof(normalisation), normalisation, $"normalisation = {normalisation} is not Kamp2023 or DarkNews"),
    };

    /// <summary>The normalisation named <paramref name="name"/> (ordinal, case-sensitive: "kamp2023" or "darknews").</summary>
    /// <exception cref="ArgumentException">Any other name; the message lists the allowed ones.</exception>
    public static DipoleNormalisation Parse(string name) => name switch
    {
        Kamp2023Name => DipoleNormalisation.Kamp2023,
        DarkNewsName => DipoleNormalisation.DarkNews,
        _ => throw new ArgumentException($"'{name}' is not a dipole convention; allowed: {string.Join(", ", Names)}", nameof(name)),
    };

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
