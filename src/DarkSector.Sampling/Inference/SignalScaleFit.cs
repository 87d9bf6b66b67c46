using DarkSector.Sampling.Likelihoods;

namespace DarkSector.Sampling.Inference;

/// <summary>The best-fit normalisation of a predicted signal: the scale μ ≥ 0 minimising −2 ln L(b + μ s; μ² Σw²) of an
/// analysis, with that minimum.</summary>
/// <remarks>
/// <para>μ s is the whole model prediction scaled (e.g. a coupling⁴ or an exposure factor). The statistic minimised is
/// the one <see cref="Prediction.MinusTwoLnL"/> reports, MC term included: scaling every event weight by μ scales the
/// signal by μ and its Σw² per bin by μ² (the effective likelihood's MC variance, e.g. Argüelles, Schneider, Yuan, JHEP 06
/// (2019) 030), so the fitted minimum never exceeds −2 ln L at μ = 1 or μ = 0 (both are evaluated as candidates). The statistic may depend on μ
/// beyond the residual (MiniBooNE's covariance is scaled by the prediction and holds the signal's Poisson variance), so
/// the minimum is found numerically: −2 ln L on a grid μ ∈ {0} ∪ {10^(−4 + 0.05k), k = 0 … 160} (10⁻⁴ to 10⁴), then a
/// golden-section search between the neighbours of the best grid point, to a relative width of 1e−10 (the position of
/// a smooth minimum is defined only to ~√ε_machine ≈ 1e−8 relative; the minimum value to rounding). A prediction the
/// statistic rejects (e.g. a covariance that is not positive definite) counts as +∞. Unimodality between the neighbours
/// is assumed; the grid's ratio 10^0.05 = 1.12 resolves any narrower second minimum only if it lies on the grid.</para>
/// </remarks>
public static class SignalScaleFit
{
    private const int GridPoints = 161;
    private const double GridLog10Start = -4, GridLog10Step = 0.05;

    /// <summary>The best-fit scale and its −2 ln L without an MC error term (a prediction without Monte Carlo error, e.g.
    /// the 3+1 oscillation), or null when the signal is zero in every bin (no scale to fit).</summary>
    /// <param name="analysis">The analysis (observed counts, background, statistic).</param>
    /// <param name="signal">Predicted signal per bin (μ = 1).</param>
    public static (double Scale, double MinusTwoLnL)? Fit(BinnedAnalysis analysis, IReadOnlyList<double> signal) =>
        Fit(analysis, signal, null);

    /// <summary>The best-fit scale and its −2 ln L with the MC term (Σw² per bin at μ = 1, scaled by μ²), or null when
    /// the signal is zero in every bin (no scale to fit).</summary>
    /// <param name="analysis">The analysis (observed counts, background, statistic).</param>
    /// <param name="signal">Predicted signal per bin (μ = 1).</param>
    /// <param name="sumOfSquares">Σw² per bin at μ = 1, or null (or empty) for none.</param>
    /// <exception cref="ArgumentException"><paramref name="sumOfSquares"/> has another length than the signal.</exception>
    public static (double Scale, double MinusTwoLnL)? Fit(BinnedAnalysis analysis, IReadOnlyList<double> signal, IReadOnlyList<double>? sumOfSquares)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(signal);
        if (sumOfSquares is { Count: > 0 } && sumOfSquares.Count != signal.Count)
            throw new ArgumentException($"sumOfSquares has {sumOfSquares.Count} bins, the signal {signal.Count}", nameof(sumOfSquares));
        if (!signal.Any(s => s > 0)) return null;
        var s = signal.ToArray();
        var w2 = sumOfSquares is { Count: > 0 } ? sumOfSquares.ToArray() : new double[s.Length];
        var scaled = new double[s.Length];
        var scaledW2 = new double[s.Length];
        double F(double mu)
        {
            for (int i = 0; i < s.Length; i++) (scaled[i], scaledW2[i]) = (mu * s[i], mu * mu * w2[i]);
            try
            {
                return analysis.MinusTwoLnL(scaled, scaledW2);
            }
            catch (ArgumentException)
            {
                return double.PositiveInfinity;
            }
        }

        double Grid(int k) => k == 0 ? 0 : Math.Pow(10, GridLog10Start + GridLog10Step * (k - 1));
        int best = 0;
        double bestValue = F(0);
        for (int k = 1; k <= GridPoints; k++)
        {
            double v = F(Grid(k));
            if (v < bestValue) (best, bestValue) = (k, v);
        }
        if (best == 0) return (0, bestValue);
        double lo = Grid(best - 1), hi = Grid(Math.Min(best + 1, GridPoints));
        double ratio = (Math.Sqrt(5) - 1) / 2;
        double a = hi - ratio * (hi - lo), b = lo + ratio * (hi - lo), fa = F(a), fb = F(b);
        while (hi - lo > 1e-10 * hi)
        {
            if (fa <= fb)
            {
                (hi, b, fb) = (b, a, fa);
                a = hi - ratio * (hi - lo);
                fa = F(a);
            }
            else
            {
                (lo, a, fa) = (a, b, fb);
                b = lo + ratio * (hi - lo);
                fb = F(b);
            }
        }
        double mu = 0.5 * (lo + hi), value = F(mu);
        var fit = value <= bestValue ? (mu, value) : (Grid(best), bestValue);
        double atOne = F(1);   // the prediction itself: the fit is never worse than it
        return atOne < fit.Item2 ? (1, atOne) : fit;
    }
}
