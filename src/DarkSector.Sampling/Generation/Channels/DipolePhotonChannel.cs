using DarkSector.Physics;
using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Sampling.Events;

namespace DarkSector.Sampling.Generation.Channels;

/// <summary>The dipole-portal radiative decay N → ν γ (or N_5 → N_4 γ) as a generator channel.</summary>
/// <remarks>
/// The photon direction is drawn exactly from (1 − κ P cosθ_γ)/2 about the spin axis Π/|Π| with P = |Π|
/// (<see cref="DipolePhotonDecay"/>), so the weight is 1. Products in slot order: photon, daughter. Immutable; thread-safe;
/// allocation-free.
/// </remarks>
internal sealed class DipolePhotonChannel : IHnlDecaySampler
{
    private readonly double _parentMassGeV, _daughterMassGeV;
    private readonly DecayingHnl _state;

    /// <summary>Creates the channel.</summary>
    /// <param name="channel">Name and PDG codes (photon 22 first, then the daughter).</param>
    /// <param name="parentMassGeV">m_N in GeV; &gt; 0.</param>
    /// <param name="daughterMassGeV">Daughter mass in GeV (0 for ν); below m_N.</param>
    /// <param name="state">Dirac particle, antiparticle or Majorana (sets κ).</param>
    public DipolePhotonChannel(DecayChannelInfo channel, double parentMassGeV, double daughterMassGeV, DecayingHnl state)
    {
        Channel = channel ?? throw new ArgumentNullException(nameof(channel));
        if (channel.ProductPdgCodes.Count != 2) throw new ArgumentException($"N → γ + daughter has 2 products (channel lists {channel.ProductPdgCodes.Count})", nameof(channel));
        _parentMassGeV = Check.Positive(parentMassGeV);
        _daughterMassGeV = Check.InRange(daughterMassGeV, 0, parentMassGeV * (1 - 1e-12));
        _state = state;
    }

    /// <inheritdoc/>
    public DecayChannelInfo Channel { get; }

    /// <inheritdoc/>
    public int UniformCount => 2;

    /// <inheritdoc/>
    public double Sample(ReadOnlySpan<double> uniforms, ThreeVector polarization, Span<FourMomentum> products)
    {
        double p = Math.Min(1.0, polarization.Norm);
        var axis = p > 0 ? polarization / polarization.Norm : ThreeVector.UnitZ;
        var (photon, daughter) = DipolePhotonDecay.Decay(FourMomentum.AtRest(_parentMassGeV), _daughterMassGeV, axis, p, _state, uniforms[0], uniforms[1]);
        products[0] = photon;
        products[1] = daughter;
        return 1.0;
    }
}
