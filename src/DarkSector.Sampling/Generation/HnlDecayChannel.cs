using DarkSector.Physics;

namespace DarkSector.Sampling.Generation;

/// <summary>A decay channel of N for generation: its sampler and branching ratio.</summary>
/// <remarks>Immutable; validated on init.</remarks>
public sealed record HnlDecayChannel
{
    /// <summary>Sampler of the channel's normalised decay distribution.</summary>
    public required IHnlDecaySampler Sampler { get; init => field = value ?? throw new ArgumentNullException(nameof(Sampler)); }

    /// <summary>Branching ratio Γ_c/Γ; in [0, 1].</summary>
    public required double BranchingRatio { get; init => field = Check.InRange(value, 0, 1, nameof(BranchingRatio)); }
}
