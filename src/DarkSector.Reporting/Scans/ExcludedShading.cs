using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Scans;

namespace DarkSector.Reporting.Scans;

/// <summary>Polygons covering the excluded side of a scan (−2 Δ ln L ≥ threshold), for shading under the contour.</summary>
/// <remarks>−2 Δ ln L is interpolated bilinearly between the grid points (in log10 of a log axis), as the contour's
/// marching squares interpolate along the cell edges, and sampled on a fine raster of <see cref="Columns"/> ×
/// <see cref="Rows"/>. Each raster column is cut into the y intervals where it is excluded (ends interpolated linearly).
/// Runs of columns with the same number of intervals become one strip polygon per interval (lower edge left to right,
/// upper edge back), so the shading follows the contour to a fraction of a percent of the axis and works for any
/// topology (bands, islands, holes) without seams between columns.</remarks>
public static class ExcludedShading
{
    private const int Columns = 240;
    private const int Rows = 240;

    /// <summary>The polygons (in data coordinates) of the region where <see cref="ScanResult.Delta"/> ≥ <paramref name="threshold"/>.</summary>
    /// <param name="result">The scan.</param>
    /// <param name="threshold">The −2 Δ ln L level.</param>
    /// <param name="band">Another scan on the same grid, or null: then the region shaded is where exactly one of the two
    /// is at or above the threshold (the band between their contours, <see cref="McBandShading"/>), each interpolated on
    /// its own.</param>
    public static IReadOnlyList<ContourPoint[]> Polygons(ScanResult result, double threshold, ScanResult? band = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        int nx = result.X.Count, ny = result.Y.Count;
        var polygons = new List<ContourPoint[]>();
        if (nx < 2 || ny < 2) return polygons;
        bool logX = result.XScale == AxisScale.Logarithmic, logY = result.YScale == AxisScale.Logarithmic;
        var u = result.X.Select(v => logX ? Math.Log10(v) : v).ToArray();
        var w = result.Y.Select(v => logY ? Math.Log10(v) : v).ToArray();
        double FromX(double s) => logX ? Math.Pow(10, s) : s;
        double FromY(double s) => logY ? Math.Pow(10, s) : s;

        double Interpolated(IReadOnlyList<double> values, double su, double sw)
        {
            int i = Cell(u, su), j = Cell(w, sw);
            double t = (su - u[i]) / (u[i + 1] - u[i]), s = (sw - w[j]) / (w[j + 1] - w[j]);
            double d00 = values[j * nx + i], d10 = values[j * nx + i + 1];
            double d01 = values[(j + 1) * nx + i], d11 = values[(j + 1) * nx + i + 1];
            return (1 - t) * (1 - s) * d00 + t * (1 - s) * d10 + (1 - t) * s * d01 + t * s * d11;
        }

        // with a band: ≥ threshold exactly where one scan is at or above it and the other below
        double Delta(double su, double sw)
        {
            double a = Interpolated(result.Delta, su, sw);
            if (band is null) return a;
            double b = Interpolated(band.Delta, su, sw);
            return threshold + Math.Min(Math.Max(a, b) - threshold, threshold - Math.Min(a, b));
        }

        List<(double Low, double High)> Intervals(double su)
        {
            var intervals = new List<(double, double)>();
            double? start = null;
            double previousW = w[0], previous = Delta(su, w[0]);
            if (previous >= threshold) start = w[0];
            for (int r = 1; r < Rows; r++)
            {
                double sw = w[0] + (w[^1] - w[0]) * r / (Rows - 1), d = Delta(su, sw);
                bool excluded = d >= threshold;
                double Crossing() => previous == d || !double.IsFinite(previous) || !double.IsFinite(d)
                    ? 0.5 * (previousW + sw)
                    : previousW + Math.Clamp((threshold - previous) / (d - previous), 0, 1) * (sw - previousW);
                if (excluded && start is null) start = Crossing();
                else if (!excluded && start is double a)
                {
                    intervals.Add((a, Crossing()));
                    start = null;
                }
                (previousW, previous) = (sw, d);
            }
            if (start is double open) intervals.Add((open, w[^1]));
            return intervals;
        }

        var strips = new List<(List<ContourPoint> Lower, List<ContourPoint> Upper)>();
        void Close()
        {
            foreach (var (lower, upper) in strips)
                if (lower.Count >= 2) polygons.Add([.. lower, .. Enumerable.Reverse(upper)]);
            strips.Clear();
        }
        List<(double Low, double High)>? last = null;
        double lastU = u[0];
        for (int c = 0; c < Columns; c++)
        {
            double su = u[0] + (u[^1] - u[0]) * c / (Columns - 1);
            var intervals = Intervals(su);
            if (last is not null && intervals.Count != last.Count)
            {
                // the number of intervals changes between two raster columns: end the old strips and start the new
                // ones at the midpoint, flat
                double mid = 0.5 * (lastU + su);
                for (int m = 0; m < strips.Count; m++)
                {
                    strips[m].Lower.Add(new ContourPoint(FromX(mid), FromY(last[m].Low)));
                    strips[m].Upper.Add(new ContourPoint(FromX(mid), FromY(last[m].High)));
                }
                Close();
                foreach (var (a, b) in intervals)
                    strips.Add(([new ContourPoint(FromX(mid), FromY(a))], [new ContourPoint(FromX(mid), FromY(b))]));
            }
            else if (last is null)
                foreach (var _ in intervals) strips.Add(([], []));
            for (int m = 0; m < intervals.Count; m++)
            {
                strips[m].Lower.Add(new ContourPoint(FromX(su), FromY(intervals[m].Low)));
                strips[m].Upper.Add(new ContourPoint(FromX(su), FromY(intervals[m].High)));
            }
            (last, lastU) = (intervals, su);
        }
        Close();
        return polygons;
    }

    /// <summary>The index i of the grid cell [a[i], a[i+1]] holding <paramref name="value"/> (clamped to the grid).</summary>
    private static int Cell(double[] a, double value)
    {
        int i = Array.BinarySearch(a, value);
        if (i < 0) i = ~i - 1;
        return Math.Clamp(i, 0, a.Length - 2);
    }
}
