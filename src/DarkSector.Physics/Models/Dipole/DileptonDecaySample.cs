using DarkSector.Physics.Kinematics;

namespace DarkSector.Physics.Models.Dipole;

/// <summary>One phase-space point of N → ν ℓ⁻ ℓ⁺ with its weight.</summary>
/// <param name="Neutrino">Four-momentum of ν (GeV), in the frame the sample was requested in.</param>
/// <param name="LeptonMinus">Four-momentum of ℓ⁻ (GeV).</param>
/// <param name="LeptonPlus">Four-momentum of ℓ⁺ (GeV).</param>
/// <param name="WeightGeV">dΓ per unit volume of the unit hypercube, in GeV: its mean over uniform points is Γ(N → ν ℓ⁺ℓ⁻).</param>
public readonly record struct DileptonDecaySample(FourMomentum Neutrino, FourMomentum LeptonMinus, FourMomentum LeptonPlus, double WeightGeV);
