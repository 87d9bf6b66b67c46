using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Sampling.Events;

namespace DarkSector.Sampling.Generation.Channels;

/// <summary>The dipole-portal decay N → ν ℓ⁻ ℓ⁺ (through γ*) as a generator channel.</summary>
/// <remarks>
/// Weight w = (dΓ/d⁵u)/Γ from <see cref="DipoleDileptonDecay.SampleInRestFrame"/>, so E[w] = 1. Products in slot order:
/// ν, ℓ⁻, ℓ⁺. Immutable; thread-safe.
/// </remarks>
internal sealed class DipoleDileptonChannel : IHnlDecaySampler
{
    private readonly DipoleDileptonDecay _decay;
    private readonly double _inverseWidth;

    /// <summary>Creates the channel.</summary>
    /// <param name="channel">Name and PDG codes (ν, ℓ⁻, ℓ⁺).</param>
    /// <param name="decay">The model's decay distribution; its width must be &gt; 0.</param>
    public DipoleDileptonChannel(DecayChannelInfo channel, DipoleDileptonDecay decay)
    {
        Channel = channel ?? throw new ArgumentNullException(nameof(channel));
        _decay = decay ?? throw new ArgumentNullException(nameof(decay));
        if (channel.ProductPdgCodes.Count != 3) throw new ArgumentException($"N → ν ℓ ℓ has 3 products (channel lists {channel.ProductPdgCodes.Count})", nameof(channel));
        if (!(decay.WidthGeV > 0)) throw new ArgumentException($"the decay width {decay.WidthGeV} GeV must be > 0 (closed channel)", nameof(decay));
        _inverseWidth = 1 / decay.WidthGeV;
    }

    /// <inheritdoc/>
    public DecayChannelInfo Channel { get; }

    /// <inheritdoc/>
    public int UniformCount => 5;

    /// <inheritdoc/>
    public double Sample(ReadOnlySpan<double> uniforms, ThreeVector polarization, Span<FourMomentum> products)
    {
        var s = _decay.SampleInRestFrame(uniforms, polarization);
        products[0] = s.Neutrino;
        products[1] = s.LeptonMinus;
        products[2] = s.LeptonPlus;
        return s.WeightGeV * _inverseWidth;
    }
}
