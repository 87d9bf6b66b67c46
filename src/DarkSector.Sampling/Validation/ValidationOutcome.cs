namespace DarkSector.Sampling.Validation;

/// <summary>A computed row.</summary>
/// <param name="Row">The row.</param>
/// <param name="Ours">Our value.</param>
/// <param name="Ratio">ours / published.</param>
/// <param name="Allowed">The allowed relative deviation |ratio − 1|.</param>
/// <param name="Verdict">The verdict.</param>
public sealed record ValidationOutcome(ValidationRow Row, ValidationValue Ours, double Ratio, double Allowed, ValidationVerdict Verdict);
