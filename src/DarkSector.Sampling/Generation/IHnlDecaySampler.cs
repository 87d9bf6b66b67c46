using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Events;

namespace DarkSector.Sampling.Generation;

/// <summary>
/// Samples the decay of a (polarised) heavy neutral lepton into one channel from caller-supplied uniform numbers, in the
/// N rest frame, with a weight normalised to the channel: E[w] = 1 over uniform inputs, so that the weighted products are
/// distributed as (1/Γ_c) dΓ_c.
/// </summary>
/// <remarks>
/// A model's sampler that returns w with E[w] = Γ_c (e.g. the dark-photon three-body sampler) is adapted by dividing by
/// Γ_c. Implementations are immutable, thread-safe and allocation-free: the generator calls them concurrently.
/// </remarks>
public interface IHnlDecaySampler
{
    /// <summary>The channel's name and product PDG codes, in the order products are written.</summary>
    DecayChannelInfo Channel { get; }

    /// <summary>Number of uniforms <see cref="Sample"/> consumes.</summary>
    int UniformCount { get; }

    /// <summary>Draws one decay; returns its weight (dimensionless, E[w] = 1).</summary>
    /// <param name="uniforms">At least <see cref="UniformCount"/> numbers in [0, 1).</param>
    /// <param name="polarization">N spin expectation Π in its rest frame, |Π| ≤ 1 (h·p̂_N for helicity h).</param>
    /// <param name="products">Receives the products in the N rest frame (GeV), length ≥ the channel's product count.</param>
    double Sample(ReadOnlySpan<double> uniforms, ThreeVector polarization, Span<FourMomentum> products);
}
