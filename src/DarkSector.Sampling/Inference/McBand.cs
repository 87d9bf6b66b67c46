using DarkSector.Sampling.Scans;

namespace DarkSector.Sampling.Inference;

/// <summary>The Monte Carlo band of a limit contour: the contours of the scan with every grid point's signal moved one MC
/// standard deviation up and down (μ(1 ± r), r = √Σw²/Σw of the point, <see cref="GridPoint.MinusTwoLnLSignalUp"/>), and
/// the band's relative width along the second axis at each value of the first.</summary>
/// <remarks>
/// <para>Each shifted grid is its own scan (<see cref="LikelihoodScan"/>: the minimum over the grid and the
/// background-only value, the same confidence level and degrees of freedom), so the band is what the limit would be if the
/// MC prediction were 1σ high or low everywhere at once — a conservative, fully correlated reading of the MC error. The
/// fit's own use of the MC error is separate: the effective likelihood widens each bin's Poisson term by its Σw²
/// (<see cref="AnalysisInference.MinusTwoLnL"/>).</para>
/// <para>Edges: along y at each x, the crossings of −2 Δ ln L through the threshold, interpolated linearly in the y scale
/// (log10 on a log axis) as the contour's marching squares do. The band's relative width at an edge is
/// |y₋ − y₊| / y of the nominal edge, with y₊ (y₋) the same-numbered crossing of the up (down) scan; an x where the three
/// scans have different numbers of crossings reports NaN (the band changes the topology there).</para>
/// </remarks>
/// <param name="SignalUp">The scan with the signal 1σ up.</param>
/// <param name="SignalDown">The scan with the signal 1σ down.</param>
/// <param name="Edges">Per x value, the nominal crossings along y with the band's relative width at each.</param>
public sealed record McBand(ScanResult SignalUp, ScanResult SignalDown, IReadOnlyList<McBandEdges> Edges)
{
    /// <summary>The largest relative width over every edge with a finite width (0 when there is none).</summary>
    public double MaxRelativeWidth => Edges.SelectMany(e => e.RelativeWidths).Where(double.IsFinite).DefaultIfEmpty(0).Max();

    /// <summary>Computes the band of a scanned slice.</summary>
    /// <param name="nominal">The scan (its grid, scales, confidence level and degrees of freedom).</param>
    /// <param name="points">Its grid points, x fastest, with <see cref="GridPoint.MinusTwoLnLSignalUp"/> and
    /// <see cref="GridPoint.MinusTwoLnLSignalDown"/>.</param>
    /// <param name="backgroundOnly">−2 ln L of the background-only hypothesis (the reference of the minimum), or null.</param>
    /// <exception cref="ArgumentException">The points do not match the grid.</exception>
    public static McBand Of(ScanResult nominal, IReadOnlyList<GridPoint> points, double? backgroundOnly)
    {
        ArgumentNullException.ThrowIfNull(nominal);
        ArgumentNullException.ThrowIfNull(points);
        int nx = nominal.X.Count, ny = nominal.Y.Count;
        if (points.Count != nx * ny) throw new ArgumentException($"{points.Count} grid points for a {nx} x {ny} grid", nameof(points));
        ScanResult Shifted(Func<GridPoint, double> value) => LikelihoodScan.Run(nominal.X, nominal.XScale, nominal.Y, nominal.YScale,
            (i, j) => value(points[j * nx + i]), nominal.ConfidenceLevel, nominal.DegreesOfFreedom, backgroundOnly);
        var up = Shifted(p => p.MinusTwoLnLSignalUp);
        var down = Shifted(p => p.MinusTwoLnLSignalDown);
        var edges = new McBandEdges[nx];
        for (int i = 0; i < nx; i++)
        {
            var y0 = Crossings(nominal, i);
            var yUp = Crossings(up, i);
            var yDown = Crossings(down, i);
            var widths = new double[y0.Length];
            for (int k = 0; k < y0.Length; k++)
                widths[k] = yUp.Length == y0.Length && yDown.Length == y0.Length ? Math.Abs(yDown[k] - yUp[k]) / y0[k] : double.NaN;
            edges[i] = new McBandEdges(nominal.X[i], y0, widths);
        }
        return new McBand(up, down, edges);
    }

    /// <summary>The y values where −2 Δ ln L crosses the threshold along the column x[i], increasing.</summary>
    internal static double[] Crossings(ScanResult scan, int i)
    {
        int nx = scan.X.Count;
        bool log = scan.YScale == Limits.AxisScale.Logarithmic;
        double S(double y) => log ? Math.Log10(y) : y;
        var crossings = new List<double>();
        for (int j = 0; j + 1 < scan.Y.Count; j++)
        {
            double a = scan.Delta[j * nx + i] - scan.Threshold, b = scan.Delta[(j + 1) * nx + i] - scan.Threshold;
            if (!double.IsFinite(a) || !double.IsFinite(b) || (a >= 0) == (b >= 0)) continue;
            double s0 = S(scan.Y[j]), s1 = S(scan.Y[j + 1]);
            double s = s0 + a / (a - b) * (s1 - s0);
            crossings.Add(log ? Math.Pow(10, s) : s);
        }
        return [.. crossings];
    }
}
