namespace DarkSector.Sampling.Validation;

/// <summary>Our value of a <see cref="ValidationRow"/>.</summary>
/// <param name="Value">Our value, units of the row.</param>
/// <param name="McError">Its Monte Carlo error (0 for a deterministic quantity).</param>
/// <param name="Baseline">For a value computed with DarkSector's full physics: the same quantity under the source's
/// assumptions; null otherwise.</param>
/// <param name="BaselineMcError">MC error of <paramref name="Baseline"/>.</param>
/// <param name="Note">What the value contains (breakdown, factors applied), one line; may be empty.</param>
public sealed record ValidationValue(double Value, double McError, double? Baseline = null, double BaselineMcError = 0, string Note = "");
