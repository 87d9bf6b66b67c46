namespace DarkSector.Physics.Models.Dipole;

/// <summary>
/// The lighter HNL N_4 of the two-HNL dipole model, reached from the primary HNL (then called N_5) through the
/// transition dipole d_45: L ⊃ d_45 · N̄_4 σ_μν F^μν P_R N_5 + h.c., the same normalisation as
/// <see cref="DipoleParameters"/>. N_4 has no active dipole of its own here (it leaves the detector unseen).
/// </summary>
/// <remarks>Immutable; thread-safe; validated in the init accessors.</remarks>
public sealed record DipoleLighterHnl
{
    /// <summary>Mass m_4 in GeV; finite and &gt; 0 (below the primary HNL's mass, checked by <see cref="DipoleParameters"/>).</summary>
    public required double MassGeV { get; init => field = Check.Positive(value, nameof(MassGeV)); }

    /// <summary>|d_45| in GeV⁻¹; finite and ≥ 0.</summary>
    public required double D45GeVm1 { get; init => field = Check.NonNegative(value, nameof(D45GeVm1)); }
}
