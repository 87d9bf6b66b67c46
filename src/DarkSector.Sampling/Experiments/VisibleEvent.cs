using DarkSector.Physics.Kinematics;

namespace DarkSector.Sampling.Experiments;

/// <summary>What a detector can see of one signal event: up to two visible particles (an e⁺e⁻ pair, or a single
/// photon or shower with <see cref="Second"/> zero), the vertex and the parent's momentum.</summary>
/// <remarks>Four-momenta in GeV (lab frame, z along the beam), positions in cm. Immutable value type.</remarks>
/// <param name="First">The leading visible particle (e.g. e⁺, or the photon).</param>
/// <param name="Second">The second visible particle (e.g. e⁻); default (zero) for single-shower signals.</param>
/// <param name="VertexCm">Decay or conversion vertex, cm.</param>
/// <param name="Parent">Four-momentum of the decaying particle (the heavy neutral lepton), GeV.</param>
public readonly record struct VisibleEvent(FourMomentum First, FourMomentum Second, ThreeVector VertexCm, FourMomentum Parent)
{
    /// <summary>Whether there is a second visible particle.</summary>
    public bool HasSecond => Second.E > 0;

    /// <summary>Sum of the visible four-momenta, GeV.</summary>
    public FourMomentum Total => First + Second;
}
