using DarkSector.Sampling.Limits;

namespace DarkSector.Sampling.Inference;

/// <summary>A preferred region of the preferring experiment.</summary>
/// <param name="Sigma">Significance n.</param>
/// <param name="Threshold">−2 Δ ln L threshold.</param>
/// <param name="Delta">−2 Δ ln L relative to its best grid point (x fastest).</param>
/// <param name="Contours">Contours at the threshold.</param>
public sealed record CombinedPreferredRegion(double Sigma, double Threshold, IReadOnlyList<double> Delta, IReadOnlyList<Contour> Contours);
