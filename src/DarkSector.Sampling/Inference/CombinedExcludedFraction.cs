namespace DarkSector.Sampling.Inference;

/// <summary>The fraction of the preferred region's grid points that one experiment (or the others combined) excludes.</summary>
/// <param name="Name">Experiment id, or the ids joined by '+' for the combination of all non-preferring experiments.</param>
/// <param name="Fraction">Excluded fraction in [0, 1] (NaN if the region is empty).</param>
public sealed record CombinedExcludedFraction(string Name, double Fraction);
