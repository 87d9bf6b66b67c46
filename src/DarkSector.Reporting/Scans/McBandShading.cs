using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Limits;

namespace DarkSector.Reporting.Scans;

/// <summary>Polygons of the MC band (<see cref="McBand"/>): where one of the shifted scans excludes a point and the other
/// does not, for shading around the contour.</summary>
/// <remarks>The band is the region where (Δ₊ − T)(Δ₋ − T) ≤ 0 (Δ± the −2 Δ ln L of the signal-up and -down scans, T the
/// threshold). It is shaded with <see cref="ExcludedShading"/> on the function T + min(max(Δ₊, Δ₋) − T, T − min(Δ₊, Δ₋))
/// of the separately interpolated Δ₊ and Δ₋, which is ≥ T exactly inside the band, so the band follows the two contours
/// between the grid points.</remarks>
internal static class McBandShading
{
    /// <summary>The band's polygons in data coordinates.</summary>
    public static IReadOnlyList<ContourPoint[]> Polygons(McBand band)
    {
        ArgumentNullException.ThrowIfNull(band);
        return ExcludedShading.Polygons(band.SignalUp, band.SignalUp.Threshold, band.SignalDown);
    }
}
