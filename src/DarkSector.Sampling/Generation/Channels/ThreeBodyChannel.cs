using DarkSector.Physics.Decays;
using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Events;

namespace DarkSector.Sampling.Generation.Channels;

/// <summary>A three-body decay N → f ℓ⁻ ℓ⁺ through a vector mediator (e.g. the dark photon's Z') as a generator channel.</summary>
/// <remarks>
/// Weight w = w_sampler/Γ_sampler, where the model's <see cref="ThreeBodyDecaySampler"/> returns weights averaging to
/// its width Γ_sampler; so E[w] = 1 and the weighted products follow the sampler's spin-resolved matrix element.
/// Products in slot order: f, ℓ⁻, ℓ⁺ (N rest frame). Immutable; thread-safe; allocation-free.
/// </remarks>
internal sealed class ThreeBodyChannel : IHnlDecaySampler
{
    private readonly ThreeBodyDecaySampler _sampler;
    private readonly double _inverseWidth;

    /// <summary>Creates the channel.</summary>
    /// <param name="channel">Name and PDG codes (f, ℓ⁻, ℓ⁺).</param>
    /// <param name="sampler">The model's sampler; its width must be &gt; 0.</param>
    /// <exception cref="ArgumentException">Not three products, or zero width.</exception>
    public ThreeBodyChannel(DecayChannelInfo channel, ThreeBodyDecaySampler sampler)
    {
        Channel = channel ?? throw new ArgumentNullException(nameof(channel));
        _sampler = sampler ?? throw new ArgumentNullException(nameof(sampler));
        if (channel.ProductPdgCodes.Count != 3) throw new ArgumentException($"a three-body channel has 3 products (channel lists {channel.ProductPdgCodes.Count})", nameof(channel));
        if (!(sampler.WidthGeV > 0)) throw new ArgumentException($"the sampler's width {sampler.WidthGeV} GeV must be > 0", nameof(sampler));
        _inverseWidth = 1 / sampler.WidthGeV;
    }

    /// <inheritdoc/>
    public DecayChannelInfo Channel { get; }

    /// <inheritdoc/>
    public int UniformCount => ThreeBodyDecaySampler.UniformCount;

    /// <inheritdoc/>
    public double Sample(ReadOnlySpan<double> uniforms, ThreeVector polarization, Span<FourMomentum> products)
    {
        double w = _sampler.Sample(uniforms, polarization, out var daughter, out var minus, out var plus);
        products[0] = daughter;
        products[1] = minus;
        products[2] = plus;
        return w * _inverseWidth;
    }
}
