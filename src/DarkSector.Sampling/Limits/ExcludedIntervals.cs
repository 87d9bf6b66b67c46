using MathNet.Numerics.RootFinding;

namespace DarkSector.Sampling.Limits;

/// <summary>1-D excluded intervals from a scan of −2 Δ ln L: the ranges where it exceeds a threshold.</summary>
/// <remarks>
/// A scan point is excluded when −2 Δ ln L &gt; threshold (see <see cref="DeltaLogLikelihood.Threshold"/>). Ends between
/// scan points are found by linear interpolation of −2 Δ ln L in x (or ln x on a log axis), or, given the function,
/// refined by Brent's method within the bracketing scan interval. Several disjoint intervals are returned in
/// increasing order; an interval touching the scan's end is flagged (its true end may lie outside the scan).
/// Features narrower than the scan spacing can be missed. Thread-safe.
/// </remarks>
internal static class ExcludedIntervals
{
    /// <summary>Excluded intervals from scan values, ends by interpolation.</summary>
    /// <param name="x">Scan points, strictly increasing (&gt; 0 on a log axis).</param>
    /// <param name="deltaMinusTwoLnL">−2 Δ ln L at each point; same length; finite or +∞.</param>
    /// <param name="threshold">Exclusion threshold; finite, &gt; 0.</param>
    /// <param name="scale">Interpolation scale of the x axis.</param>
    /// <exception cref="ArgumentException">Invalid axis, length mismatch, NaN values or a non-positive threshold.</exception>
    public static Interval[] Find(ReadOnlySpan<double> x, ReadOnlySpan<double> deltaMinusTwoLnL, double threshold,
        AxisScale scale = AxisScale.Linear)
        => Find(x, deltaMinusTwoLnL, threshold, scale, refine: null, tolerance: 0);

    /// <summary>Excluded intervals from scan values, each end refined by Brent root finding on <paramref name="function"/>.</summary>
    /// <param name="x">Scan points, strictly increasing (&gt; 0 on a log axis).</param>
    /// <param name="deltaMinusTwoLnL">−2 Δ ln L at each point (the function at <paramref name="x"/>); same length.</param>
    /// <param name="threshold">Exclusion threshold; finite, &gt; 0.</param>
    /// <param name="function">−2 Δ ln L as a function of x, continuous between scan points.</param>
    /// <param name="relativeTolerance">Tolerance on each end relative to the bracketing interval's width; in (0, 0.1].</param>
    /// <param name="scale">Scale of the x axis.</param>
    /// <exception cref="ArgumentException">Invalid input.</exception>
    public static Interval[] Find(ReadOnlySpan<double> x, ReadOnlySpan<double> deltaMinusTwoLnL, double threshold,
        Func<double, double> function, double relativeTolerance = 1e-10, AxisScale scale = AxisScale.Linear)
    {
        ArgumentNullException.ThrowIfNull(function);
        Physics.Check.InRange(relativeTolerance, 1e-15, 0.1);
        return Find(x, deltaMinusTwoLnL, threshold, scale, function, relativeTolerance);
    }

    private static Interval[] Find(ReadOnlySpan<double> x, ReadOnlySpan<double> v, double threshold, AxisScale scale,
        Func<double, double>? refine, double tolerance)
    {
        ScanAxis.Validate(x, scale, nameof(x));
        if (v.Length != x.Length) throw new ArgumentException($"{v.Length} values for {x.Length} scan points", "deltaMinusTwoLnL");
        for (int i = 0; i < v.Length; i++)
            if (double.IsNaN(v[i]) || double.IsNegativeInfinity(v[i]))
                throw new ArgumentOutOfRangeException("deltaMinusTwoLnL", v[i], $"deltaMinusTwoLnL[{i}] = {v[i]} must be a number or +∞");
        Physics.Check.Positive(threshold);

        var result = new List<Interval>();
        int n = x.Length;
        bool inside = v[0] > threshold;
        double low = x[0];
        bool lowIsEdge = inside;
        for (int i = 1; i < n; i++)
        {
            bool now = v[i] > threshold;
            if (now == inside) continue;
            double end = End(x[i - 1], x[i], v[i - 1], v[i], threshold, scale, refine, tolerance);
            if (now)
            {
                low = end;
                lowIsEdge = false;
            }
            else
            {
                result.Add(new Interval(low, end, lowIsEdge, false));
            }
            inside = now;
        }
        if (inside) result.Add(new Interval(low, x[n - 1], lowIsEdge, true));
        return result.ToArray();
    }

    private static double End(double xa, double xb, double va, double vb, double threshold, AxisScale scale,
        Func<double, double>? refine, double tolerance)
    {
        double guess = double.IsPositiveInfinity(va) ? xa : double.IsPositiveInfinity(vb) ? xb
            : ScanAxis.Crossing(xa, xb, va, vb, threshold, scale);
        if (refine is null) return guess;
        if (Brent.TryFindRoot(t => refine(t) - threshold, xa, xb, tolerance * (xb - xa), 200, out double root))
            return root;
        return guess;
    }
}
