using DarkSector.Sampling.Limits;

namespace DarkSector.Sampling.Inference;

/// <summary>The part of the preferred region that no other experiment excludes.</summary>
/// <param name="Mask">Per grid point (x fastest).</param>
/// <param name="Points">Grid points allowed.</param>
/// <param name="PreferredPoints">Grid points in the preferred region.</param>
/// <param name="Contours">Its outline (contour of the mask at 1/2).</param>
public sealed record CombinedAllowedRegion(IReadOnlyList<bool> Mask, int Points, int PreferredPoints, IReadOnlyList<Contour> Contours);
