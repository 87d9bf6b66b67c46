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

/// <summary>Our value of a <see cref="ValidationRow"/>.</summary>
/// <param name="Value">Our value, units of the row.</param>
/// <param name="McError">Its Monte Carlo error (0 for a deterministic quantity).</param>
/// <param name="Baseline">For a value computed with DarkSector's full physics: the same quantity under the source's
/// assumptions; null otherwise.</param>
/// <param name="BaselineMcError">MC error of <paramref name="Baseline"/>.</param>
/// <param name="Note">What the value contains (breakdown, factors applied), one line; may be empty.</param>
public sealed record ValidationValue(double Value, double McError, double? Baseline = null, double BaselineMcError = 0, string Note = "");

/// <summary>How a validation run computes its rows.</summary>
/// <param name="Quick">Small samples for CI (seconds per row); MC errors widen the tolerance accordingly.</param>
/// <param name="Seed">Seed of every simulation.</param>
public sealed record ValidationSettings(bool Quick, ulong Seed = 1)
{
    /// <summary>Events per simulation: 2e4 quick, 1e5 otherwise.</summary>
    public int Events => Quick ? 20_000 : 100_000;
}

/// <summary>Verdict of a row.</summary>
public enum ValidationVerdict
{
    /// <summary>Within the tolerance.</summary>
    Agrees,

    /// <summary>Differs by a documented, quantified amount.</summary>
    Explained,

    /// <summary>Differs without explanation.</summary>
    Differs,
}

/// <summary>A computed row.</summary>
/// <param name="Row">The row.</param>
/// <param name="Ours">Our value.</param>
/// <param name="Ratio">ours / published.</param>
/// <param name="Allowed">The allowed relative deviation |ratio − 1|.</param>
/// <param name="Verdict">The verdict.</param>
public sealed record ValidationOutcome(ValidationRow Row, ValidationValue Ours, double Ratio, double Allowed, ValidationVerdict Verdict);

/// <summary>An experiment plugin (or any other source) that declares validation rows.</summary>
public interface IValidationSource
{
    /// <summary>The rows, in report order.</summary>
    IReadOnlyList<ValidationRow> ValidationRows { get; }
}
