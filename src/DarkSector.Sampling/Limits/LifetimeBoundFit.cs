using System.Globalization;
using DarkSector.Physics;

namespace DarkSector.Sampling.Limits;

/// <summary>
/// The model-independent lower bound on the lifetime as a function of the rate: c τ0_min = α / (log10 R − β).
/// </summary>
/// <remarks>
/// Seed paper (Argüelles, Foppiani, Hostert, PRD 107 (2023) 035027), appendix F: for particles produced upstream of a
/// detector, the short-lifetime edge of the excluded region follows this form, with the published T2K ND280 fit
/// c τ0 / m_N ≳ (1.1 cm / 0.1 GeV) / (log10 R − 0.9) (<see cref="SeedPaperNd280"/>). For a point source at distance z
/// with boost βγ the form is exact at large R: the expected number R e^(−z/(βγ cτ0)) of decays beyond z equals the
/// event limit N_up at cτ0 = [z/(βγ ln 10)] / (log10 R − log10 N_up) (see <see cref="PointSourceLifetimeExclusion"/>).
/// <see cref="Fit"/> determines α and β by least squares of this form in cτ0. Immutable; thread-safe.
/// </remarks>
/// <param name="AlphaCm">α, cm (&gt; 0).</param>
/// <param name="Beta">β, dimensionless: log10 of the rate below which nothing is excluded.</param>
internal readonly record struct LifetimeBoundFit(double AlphaCm, double Beta)
{
    /// <summary>The seed paper's T2K ND280 fit for an N of mass <paramref name="massGeV"/>: α = 1.1 cm × m_N/(0.1 GeV), β = 0.9.</summary>
    /// <param name="massGeV">Heavy-neutrino mass, GeV; &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">Mass not positive.</exception>
    public static LifetimeBoundFit SeedPaperNd280(double massGeV) => new(1.1 * Check.Positive(massGeV) / 0.1, 0.9);

    /// <summary>c τ0_min in cm at rate <paramref name="rate"/>; +∞ when log10 R ≤ β (nothing excluded).</summary>
    /// <param name="rate">Rate R in the fit's convention (events); &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">Rate not positive.</exception>
    public double MinimumCTau0Cm(double rate)
    {
        double excess = Math.Log10(Check.Positive(rate)) - Beta;
        return excess > 0 ? AlphaCm / excess : double.PositiveInfinity;
    }

    /// <summary>Least-squares fit of c τ0_min = α/(log10 R − β) to points (R_i, c τ0_min,i), residuals in cτ0.</summary>
    /// <remarks>
    /// For fixed β the model is linear in α, so α(β) = Σ y g / Σ g² with g_i = 1/(log10 R_i − β); the one-dimensional
    /// sum of squares S(β) is minimised for β &lt; min log10 R_i (all denominators positive) by a grid search around the
    /// linearised solution (1/y linear in log10 R) followed by golden-section refinement to 1e-12 in β.
    /// </remarks>
    /// <param name="rates">Rates R_i, events; &gt; 0; at least 3 distinct values.</param>
    /// <param name="minimumCTau0Cm">c τ0_min,i, cm; &gt; 0; same length.</param>
    /// <exception cref="ArgumentException">Fewer than 3 points, length mismatch, or non-positive or non-finite entries.</exception>
    public static LifetimeBoundFit Fit(ReadOnlySpan<double> rates, ReadOnlySpan<double> minimumCTau0Cm)
    {
        int n = rates.Length;
        if (n < 3) throw new ArgumentException($"the fit needs at least 3 points; {n} given", nameof(rates));
        if (minimumCTau0Cm.Length != n)
            throw new ArgumentException($"{minimumCTau0Cm.Length} lifetimes for {n} rates", nameof(minimumCTau0Cm));
        var logRate = new double[n];
        var y = new double[n];
        double minLog = double.PositiveInfinity, maxLog = double.NegativeInfinity;
        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(rates[i]) || rates[i] <= 0)
                throw new ArgumentOutOfRangeException(nameof(rates), rates[i], $"rates[{i}] = {Format(rates[i])} must be finite and > 0");
            if (!double.IsFinite(minimumCTau0Cm[i]) || minimumCTau0Cm[i] <= 0)
                throw new ArgumentOutOfRangeException(nameof(minimumCTau0Cm), minimumCTau0Cm[i], $"minimumCTau0Cm[{i}] = {Format(minimumCTau0Cm[i])} must be finite and > 0");
            logRate[i] = Math.Log10(rates[i]);
            y[i] = minimumCTau0Cm[i];
            minLog = Math.Min(minLog, logRate[i]);
            maxLog = Math.Max(maxLog, logRate[i]);
        }
        if (!(maxLog > minLog)) throw new ArgumentException("the rates must not all be equal", nameof(rates));

        // Linearised start: 1/y = L/α − β/α.
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < n; i++)
        {
            double v = 1 / y[i];
            sx += logRate[i]; sy += v; sxx += logRate[i] * logRate[i]; sxy += logRate[i] * v;
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double intercept = (sy - slope * sx) / n;
        double span = maxLog - minLog;
        double upper = minLog - 1e-9 * Math.Max(1, Math.Abs(minLog));
        double start = slope > 0 ? Math.Min(-intercept / slope, upper) : minLog - span;
        double lower = Math.Min(start, minLog) - 10 * Math.Max(span, 1);

        // Grid search over [lower, upper] on a scale that resolves the region near the pole, then golden section.
        const int gridPoints = 400;
        double BetaAt(int j) => upper - (upper - lower) * ((double)j / gridPoints) * ((double)j / gridPoints); // dense near the pole
        int bestIndex = 0;
        double bestS = double.PositiveInfinity;
        for (int j = 0; j <= gridPoints; j++)
        {
            double s = SumOfSquares(logRate, y, BetaAt(j), out _);
            if (s < bestS) { bestS = s; bestIndex = j; }
        }
        double a = BetaAt(Math.Min(gridPoints, bestIndex + 1)), b = BetaAt(Math.Max(0, bestIndex - 1));
        double betaHat = GoldenSection(logRate, y, a, b);
        SumOfSquares(logRate, y, betaHat, out double alphaHat);
        return new LifetimeBoundFit(alphaHat, betaHat);
    }

    /// <summary>S(β) = Σ (y − α g)² at the optimal α(β) = Σ y g / Σ g², g = 1/(L − β).</summary>
    internal static double SumOfSquares(double[] logRate, double[] y, double beta, out double alpha)
    {
        double syg = 0, sgg = 0;
        for (int i = 0; i < y.Length; i++)
        {
            double g = 1 / (logRate[i] - beta);
            syg += y[i] * g;
            sgg += g * g;
        }
        alpha = syg / sgg;
        double s = 0;
        for (int i = 0; i < y.Length; i++)
        {
            double r = y[i] - alpha / (logRate[i] - beta);
            s += r * r;
        }
        return s;
    }

    private static double GoldenSection(double[] logRate, double[] y, double a, double b)
    {
        double invPhi = (Math.Sqrt(5) - 1) / 2;
        double c = b - invPhi * (b - a), d = a + invPhi * (b - a);
        double fc = SumOfSquares(logRate, y, c, out _), fd = SumOfSquares(logRate, y, d, out _);
        for (int iteration = 0; iteration < 200 && b - a > 1e-12 * Math.Max(1, Math.Abs(a)); iteration++)
        {
            if (fc < fd) { b = d; d = c; fd = fc; c = b - invPhi * (b - a); fc = SumOfSquares(logRate, y, c, out _); }
            else { a = c; c = d; fc = fd; d = a + invPhi * (b - a); fd = SumOfSquares(logRate, y, d, out _); }
        }
        return 0.5 * (a + b);
    }

    private static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
