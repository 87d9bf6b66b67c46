using DarkSector.Sampling.Events;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Sampling.Generation;

/// <summary>The outcome of event generation: the weighted events, the integral they estimate, and the VEGAS adaptation run.</summary>
public sealed record GenerationResult
{
    /// <summary>The weighted events; Σ of total weights = <see cref="Integral"/>.</summary>
    public required EventSample Events { get; init; }

    /// <summary>Σ_i w_i of the events: Σ_k n_k ∫ φ σ_k dE Σ_c BR_c, in cm² per POT per exposure unit (per target).</summary>
    public required double Integral { get; init; }

    /// <summary>Monte Carlo standard error of <see cref="Integral"/>.</summary>
    public required double IntegralError { get; init; }

    /// <summary>The VEGAS adaptation run (its production average is an independent estimate of the same integral).</summary>
    public required VegasResult Integration { get; init; }

    /// <summary>Points of the sampling pass that had zero weight (below threshold, zero flux) and were dropped.</summary>
    public required int DroppedPoints { get; init; }
}
