namespace DarkSector.Sampling.Validation;

/// <summary>
/// One published number DarkSector must reproduce: the quantity as the source defines it, the published value, the
/// source, the assumptions applied to reproduce it, the tolerance with its reason, and how to compute our value.
/// </summary>
/// <remarks>
/// <para>Verdict (<see cref="Validator"/>): "agrees" when |ours/published − 1| ≤ √(t² + (σ_pub/published)² +
/// (2 σ_MC/ours)²), with t = <see cref="RelativeTolerance"/> and σ_pub = <see cref="PublishedUncertainty"/> (the
/// published error, or half a unit of the last printed digit); "explained" when it does not but the value computed
/// under the source's assumptions (<see cref="ValidationValue.Baseline"/>) agrees, so that the whole difference is the
/// physics DarkSector adds (its size is in <see cref="ValidationValue.Note"/>), or when the ratio lies in
/// <see cref="ExplainedRatio"/> for the documented <see cref="KnownDifference"/>; "differs" otherwise.</para>
/// <para>Immutable.</para>
/// </remarks>
public sealed record ValidationRow
{
    /// <summary>Stable id, e.g. "t2k-nd280/B/N_decay".</summary>
    public required string Id { get; init; }

    /// <summary>Experiment id, or "core" for model quantities.</summary>
    public required string Experiment { get; init; }

    /// <summary>The quantity exactly as the source defines it, with units.</summary>
    public required string Quantity { get; init; }

    /// <summary>The published value.</summary>
    public required double Published { get; init; }

    /// <summary>Its absolute uncertainty (the published error, or half a unit of the last printed digit); ≥ 0.</summary>
    public required double PublishedUncertainty { get; init; }

    /// <summary>Paper, table, figure or equation.</summary>
    public required string Source { get; init; }

    /// <summary>The assumptions applied to reproduce it (processes, volumes, masses, exposure, …).</summary>
    public required string Assumptions { get; init; }

    /// <summary>Relative tolerance beyond the published and MC errors (see <see cref="ToleranceReason"/>).</summary>
    public required double RelativeTolerance { get; init; }

    /// <summary>Why <see cref="RelativeTolerance"/> has its size.</summary>
    public required string ToleranceReason { get; init; }

    /// <summary>Computes our value.</summary>
    public required Func<ValidationSettings, ValidationValue> Compute { get; init; }

    /// <summary>A documented difference (reason and size), or null.</summary>
    public string? KnownDifference { get; init; }

    /// <summary>The range of ours/published that <see cref="KnownDifference"/> accounts for.</summary>
    public (double Low, double High)? ExplainedRatio { get; init; }
}
