using DarkSector.Physics;
using DarkSector.Sampling.Limits;

namespace DarkSector.Sampling.Scans;

/// <summary>A two-parameter likelihood scan: −2 ln L on a grid, −2 Δ ln L relative to the best point, and the
/// contours of the confidence region.</summary>
/// <remarks>
/// Convention (seed paper, Arguelles, Foppiani, Hostert, PRD 107 (2023) 035027, §V; method.md "Statistics"):
/// −2 Δ ln L(θ) = −2 ln L(θ) − min over the plane of −2 ln L, and a point is excluded (or outside the confidence
/// region) at confidence level CL when −2 Δ ln L exceeds the χ² quantile for the degrees of freedom
/// (<see cref="DeltaLogLikelihood.Threshold"/>; 4.61 at 90% CL for 2 dof). With a reference value (e.g. −2 ln L of
/// the background-only hypothesis, which every plane approaches where the signal vanishes) the minimum is taken over
/// the plane and the reference together, so an exclusion never depends on whether the grid reached the
/// signal-free corner. Contours come from <see cref="MarchingSquares"/> on the grid, interpolated in the axes' scales.
/// Points are evaluated in parallel; each value depends only on its point, so results do not depend on the number of
/// threads. Thread-safe.
/// </remarks>
public static class LikelihoodScan
{
    /// <summary>Evaluates the scan.</summary>
    /// <param name="x">Grid x values, strictly increasing (&gt; 0 on a log axis), ≥ 2.</param>
    /// <param name="xScale">Scale of x.</param>
    /// <param name="y">Grid y values, strictly increasing (&gt; 0 on a log axis), ≥ 2.</param>
    /// <param name="yScale">Scale of y.</param>
    /// <param name="minusTwoLnL">−2 ln L at (x[ix], y[iy]); called once per point, concurrently; NaN marks a point
    /// that cannot be evaluated.</param>
    /// <param name="confidenceLevel">Confidence level in (0, 1), e.g. 0.9.</param>
    /// <param name="degreesOfFreedom">Degrees of freedom of the threshold; default 2 (a plane).</param>
    /// <param name="reference">Optional −2 ln L included in the minimum (e.g. background only); finite if given.</param>
    /// <param name="maxDegreeOfParallelism">Threads; ≥ 1 or −1 for all cores.</param>
    /// <exception cref="ArgumentException">Invalid axes or arguments, or no finite value on the grid.</exception>
    public static ScanResult Run(IReadOnlyList<double> x, AxisScale xScale, IReadOnlyList<double> y, AxisScale yScale,
        Func<int, int, double> minusTwoLnL, double confidenceLevel, int degreesOfFreedom = 2, double? reference = null,
        int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(minusTwoLnL);
        var xs = x.ToArray();
        var ys = y.ToArray();
        double threshold = DeltaLogLikelihood.Threshold(confidenceLevel, degreesOfFreedom);
        if (reference is double r) Check.Finite(r, nameof(reference));
        if (maxDegreeOfParallelism == 0 || maxDegreeOfParallelism < -1)
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, $"maxDegreeOfParallelism = {maxDegreeOfParallelism} must be >= 1 or -1");
        int nx = xs.Length, ny = ys.Length;
        // Validate the axes before the (possibly expensive) evaluation.
        MarchingSquares.Extract(xs, ys, new double[nx * ny], 1.0, xScale, yScale);
        var values = new double[nx * ny];
        Parallel.For(0, nx * ny, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            p => values[p] = minusTwoLnL(p % nx, p / nx));
        int best = -1;
        for (int p = 0; p < values.Length; p++)
            if (double.IsFinite(values[p]) && (best < 0 || values[p] < values[best])) best = p;
        if (best < 0) throw new ArgumentException("the scan has no finite -2 ln L value", nameof(minusTwoLnL));
        double minimum = reference is double rf ? Math.Min(rf, values[best]) : values[best];
        var delta = new double[values.Length];
        for (int p = 0; p < values.Length; p++) delta[p] = values[p] - minimum;
        var contours = MarchingSquares.Extract(xs, ys, delta, threshold, xScale, yScale);
        return new ScanResult
        {
            X = xs, Y = ys, XScale = xScale, YScale = yScale, MinusTwoLnL = values, Delta = delta,
            Minimum = minimum, BestX = xs[best % nx], BestY = ys[best / nx], Threshold = threshold,
            ConfidenceLevel = confidenceLevel, DegreesOfFreedom = degreesOfFreedom, Contours = contours,
        };
    }

    /// <summary>Grid values from min to max inclusive, evenly spaced in x or in ln x.</summary>
    /// <param name="min">First value (&gt; 0 if logarithmic).</param>
    /// <param name="max">Last value, &gt; min.</param>
    /// <param name="scale">Spacing.</param>
    /// <param name="count">Number of values, ≥ 2.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument outside its range.</exception>
    public static double[] Axis(double min, double max, AxisScale scale, int count)
    {
        Check.Finite(min);
        Check.Finite(max);
        Check.AtLeast(count, 2);
        if (!(max > min)) throw new ArgumentOutOfRangeException(nameof(max), max, $"max = {max} must be > min = {min}");
        if (scale == AxisScale.Logarithmic) Check.Positive(min);
        var axis = new double[count];
        for (int i = 0; i < count; i++)
        {
            double t = (double)i / (count - 1);
            axis[i] = scale == AxisScale.Logarithmic ? Math.Exp(Math.Log(min) + t * (Math.Log(max) - Math.Log(min))) : min + t * (max - min);
        }
        axis[0] = min;
        axis[^1] = max;
        return axis;
    }
}
