namespace DarkSector.Physics.Models.Dipole;

/// <summary>
/// Which state decays, as far as its spin correlations are concerned. The numeric value is the sign κ with which
/// the spin enters the decay matrix elements: the effective vector ñ = p + κ·m·P·S (see <see cref="DipolePhotonDecay"/>).
/// </summary>
public enum DecayingHnl
{
    /// <summary>A Majorana N: the ν and ν̄ final states contribute equally and the spin dependence cancels (κ = 0).</summary>
    Majorana = 0,

    /// <summary>A Dirac N (lepton number +1): N → ν_L γ, κ = +1.</summary>
    DiracParticle = 1,

    /// <summary>A Dirac N̄ (lepton number −1): N̄ → ν̄_R γ, κ = −1 (CP conjugate of <see cref="DiracParticle"/>).</summary>
    DiracAntiparticle = -1,
}
