namespace DarkSector.Sampling.Scans;

/// <summary>Profiling a nuisance (or uninteresting) parameter on a grid: the minimum of −2 ln L over its values at a fixed
/// point of the other parameters (profile likelihood, PDG Review of Statistics §40.3.2.1), with the minimising value.</summary>
/// <remarks>A coarse-grid profile: the minimum is the best grid value, exact only to the grid's resolution. Values the
/// statistic rejects may be returned as +∞ by <c>minusTwoLnL</c>; the first of equal minima wins (deterministic).
/// Thread-safe when <c>minusTwoLnL</c> is.</remarks>
internal static class ProfileMinimum
{
    /// <summary>The grid value minimising <paramref name="minusTwoLnL"/> and that minimum.</summary>
    /// <param name="values">Grid of the profiled parameter; at least one value.</param>
    /// <param name="minusTwoLnL">−2 ln L at a value of the profiled parameter.</param>
    /// <exception cref="ArgumentException">An empty grid.</exception>
    public static (double Value, double MinusTwoLnL) Over(IReadOnlyList<double> values, Func<double, double> minusTwoLnL)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(minusTwoLnL);
        if (values.Count == 0) throw new ArgumentException("the profiled parameter needs at least one grid value", nameof(values));
        double best = values[0], bestValue = minusTwoLnL(values[0]);
        for (int k = 1; k < values.Count; k++)
        {
            double v = minusTwoLnL(values[k]);
            if (v < bestValue || double.IsNaN(bestValue)) (best, bestValue) = (values[k], v);
        }
        return (best, bestValue);
    }
}
