namespace DarkSector.Physics.Models.Dipole;

/// <summary>
/// Which published normalisation of the dipole coupling d the rates of a <see cref="DipoleParameters"/> point follow.
/// Applied together to the upscattering cross sections, the decay widths and therefore the branching ratios
/// (docs/conventions.md, "Dipole: one Lagrangian for σ and Γ").
/// </summary>
/// <remarks>
/// <para>Both conventions read d as DarkNews' vertex t = μ_tr/2 (DarkNews <c>model.py</c>: <c>t_aj = 0.5 · mu_tr</c>,
/// since DarkNews v0.4.0, commit 2bfd8dd) and give the <b>same</b> Primakoff cross section at that d
/// (<see cref="DipoleUpscattering"/>; pinned to DarkNews' C12 reference value in the tests). They differ in the widths only:</para>
/// <list type="bullet">
/// <item><see cref="Kamp2023"/> (default): one Lagrangian, L = d ν̄_L σ_μν F^μν N_R + h.c.; Γ(N → ν γ) = Σ_α|d_αN|² m_N³/(4π)
/// for a Dirac N (Kamp et al., arXiv:2206.07100, eq. 5), ×2 for a Majorana N. Cross section and width come from
/// the same |M|², so this is the internally consistent choice.</item>
/// <item><see cref="DarkNews"/>: DarkNews' <c>decay_rates.gamma_Ni_to_Nj_gamma</c>, Γ = |t|² m_N³/(8π) (Dirac),
/// 2|t|² m_N³/(8π) (Majorana) with t = μ_tr/2 = d: <b>half</b> of <see cref="Kamp2023"/> at the same d, while its
/// cross section is that of <see cref="Kamp2023"/>. σ/Γ is therefore twice the one-Lagrangian value (an N twice as
/// long-lived at a given production rate). Use it only to reproduce DarkNews- or SIREN-based results
/// (e.g. Liu, Kamp, Argüelles 2025).</item>
/// </list>
/// </remarks>
public enum DipoleNormalisation
{
    /// <summary>Kamp et al. 2023, eq. 5: Γ(N → νγ) = Σ|d|² m³/(4π) (Dirac); σ and Γ from one Lagrangian. The default.</summary>
    Kamp2023 = 0,

    /// <summary>DarkNews (≥ v0.4.0) with d = μ_tr/2: same σ, Γ(N → νγ) = Σ|d|² m³/(8π) (Dirac), half of <see cref="Kamp2023"/>.</summary>
    DarkNews = 1,
}
