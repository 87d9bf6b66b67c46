namespace DarkSector.Sampling.Inference;

/// <summary>How precise one mass column of a <see cref="FamilyScan"/> with a requested precision
/// (<see cref="FamilyScanOptions.Precision"/>) came out.</summary>
/// <param name="Mass">The column's value of the mass axis (0 for a slice without a mass axis).</param>
/// <param name="Events">Generated events of the column's final reference simulation.</param>
/// <param name="RelativeError">The column's relative MC error on the selected signal (the measure of
/// <see cref="FamilyScan.ColumnRelativeError"/>); +∞ when nothing is selected.</param>
/// <param name="Reached">Whether <paramref name="RelativeError"/> is at or below the target.</param>
public sealed record ColumnPrecision(double Mass, int Events, double RelativeError, bool Reached);
