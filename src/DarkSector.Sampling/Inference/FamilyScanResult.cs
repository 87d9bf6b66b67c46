using DarkSector.Sampling.Scans;

namespace DarkSector.Sampling.Inference;

/// <summary>A scanned 2-D slice: the likelihood scan (−2 ln L, −2 Δ ln L, contours) and each grid point's signal and MC error.</summary>
/// <param name="Scan">−2 ln L on the grid, the minimum, the threshold and the contours at the confidence level.</param>
/// <param name="Points">Every grid point, x varying fastest (entry j · nx + i), as <see cref="ScanResult.MinusTwoLnL"/>.</param>
/// <param name="BackgroundOnly">−2 ln L of the background-only hypothesis.</param>
public sealed record FamilyScanResult(ScanResult Scan, IReadOnlyList<GridPoint> Points, double BackgroundOnly)
{
    /// <summary>Preferred regions around the minimum at the given significances (<see cref="PreferredRegions"/>).</summary>
    /// <param name="sigmas">Significances, e.g. 1, 2, 3.</param>
    public IReadOnlyList<PreferredRegions.Region> Regions(IReadOnlyList<double> sigmas) => PreferredRegions.Extract(Scan, sigmas);
}
