using DarkSector.Physics.Decays;
using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Generation;

namespace DarkSector.Sampling.Simulation;

/// <summary>The dark-photon decay N → ν e⁻ e⁺ (Z' off or on shell) as a generator channel.</summary>
/// <remarks>Weight w = (sampler weight)/Γ_channel so that E[w] = 1 (<see cref="ThreeBodyDecaySampler"/>). Products in slot
/// order: ν (or the lighter HNL N_k for N_j → N_k e⁺e⁻, named by <c>channel</c>), e⁻, e⁺ (N rest frame). Immutable; thread-safe.</remarks>
internal sealed class DarkPhotonDileptonChannel(ThreeBodyDecaySampler sampler, DecayChannelInfo? channel = null) : IHnlDecaySampler
{
    private readonly double _inverseWidth = 1 / sampler.WidthGeV;

    /// <inheritdoc/>
    public DecayChannelInfo Channel { get; } = channel ?? new("nu_e_e", [14, 11, -11]);

    /// <inheritdoc/>
    public int UniformCount => ThreeBodyDecaySampler.UniformCount;

    /// <inheritdoc/>
    public double Sample(ReadOnlySpan<double> uniforms, ThreeVector polarization, Span<FourMomentum> products)
    {
        double w = sampler.Sample(uniforms, polarization, out var nu, out var minus, out var plus);
        products[0] = nu;
        products[1] = minus;
        products[2] = plus;
        return w * _inverseWidth;
    }
}
