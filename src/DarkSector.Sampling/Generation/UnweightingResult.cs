using DarkSector.Sampling.Events;

namespace DarkSector.Sampling.Generation;

/// <summary>Equal-weight events and the unweighting efficiency.</summary>
public sealed record UnweightingResult
{
    /// <summary>The kept events, each with total weight <see cref="MaxWeight"/>.</summary>
    public required EventSample Events { get; init; }

    /// <summary>⟨W⟩/W_max of the input: the expected fraction of events kept; in (0, 1].</summary>
    public required double Efficiency { get; init; }

    /// <summary>The largest total weight of the input, W_max.</summary>
    public required double MaxWeight { get; init; }
}
