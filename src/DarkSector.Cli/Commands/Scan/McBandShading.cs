using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Scans;

namespace DarkSector.Cli.Commands.Scan;

/// <summary>Polygons of the MC band (<see cref="McBand"/>): where one of the shifted scans excludes a point and the other
/// does not, for shading around the contour.</summary>
/// <remarks>The band is the region where (Δ₊ − T)(Δ₋ − T) ≤ 0 (Δ± the −2 Δ ln L of the signal-up and -down scans, T the
/// threshold). It is shaded with <see cref="ExcludedShading"/> on the function T + min(max(Δ₊, Δ₋) − T, T − min(Δ₊, Δ₋)),
/// which is ≥ T exactly inside the band and interpolates as the contours do.</remarks>
internal static class McBandShading
{
    /// <summary>The band's polygons in data coordinates.</summary>
    public static IReadOnlyList<ContourPoint[]> Polygons(McBand band)
    {
        ArgumentNullException.ThrowIfNull(band);
        var up = band.SignalUp;
        var down = band.SignalDown;
        double t = up.Threshold;
        var inside = new double[up.Delta.Count];
        for (int p = 0; p < inside.Length; p++)
        {
            double a = up.Delta[p], b = down.Delta[p];
            inside[p] = t + Math.Min(Math.Max(a, b) - t, t - Math.Min(a, b));
        }
        return ExcludedShading.Polygons(up with { Delta = inside }, t);
    }
}
