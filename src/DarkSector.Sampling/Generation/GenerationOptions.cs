using DarkSector.Physics;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Sampling.Generation;

/// <summary>Settings of an event generation run.</summary>
/// <remarks>Immutable; validated on init.</remarks>
public sealed record GenerationOptions
{
    /// <summary>VEGAS settings for the adaptation (warm-up and production iterations) and the seed.</summary>
    public VegasOptions Vegas { get; init => field = value ?? throw new ArgumentNullException(nameof(Vegas)); } = new();

    /// <summary>Number of weighted points to draw after adaptation; ≥ 2. Points of zero weight are dropped. Default 10 000.</summary>
    public int Events { get; init => field = Check.AtLeast(value, 2, nameof(Events)); } = 10_000;

    /// <summary>Model description recorded in the sample metadata.</summary>
    public string Model { get; init; } = "";

    /// <summary>PDG code of the incoming neutrino recorded in the sample (default 14, ν_μ).</summary>
    public int NeutrinoPdgCode { get; init; } = 14;
}
