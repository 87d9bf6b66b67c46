using DarkSector.Physics;

namespace DarkSector.Sampling.Limits;

/// <summary>
/// The excluded range of proper decay lengths c τ0 as a function of the rate, for particles from a point source
/// decaying inside a detector downstream.
/// </summary>
/// <remarks>
/// Seed paper (PRD 107 (2023) 035027), appendix F, in its simplest geometry: particles with boost βγ travel from the
/// source to a detector occupying path lengths [z, z + ℓ]; with R the number of events expected if every particle
/// decayed inside the detector (the "rate"), the expected number is
/// N(cτ0) = R [exp(−z/λ) − exp(−(z + ℓ)/λ)], λ = βγ cτ0 (decay-in-volume probability, method.md w_τ).
/// N is unimodal in λ with its maximum at λ* = ℓ / ln(1 + ℓ/z); the excluded range is where N &gt; N_up (N_up = 2.30 at
/// 90% CL with no background, <see cref="PoissonUpperLimit"/>), with both ends found by bisection on ln λ to 1e-12
/// relative. For large R the lower end tends to [z/(βγ ln 10)] / (log10 R − log10 N_up), the form of
/// <see cref="LifetimeBoundFit"/>, and the upper end to R ℓ/(βγ N_up). Thread-safe.
/// </remarks>
internal static class PointSourceLifetimeExclusion
{
    /// <summary>The excluded c τ0 interval in cm, or null if nothing is excluded.</summary>
    /// <param name="rate">R, events if every particle decayed in the detector; &gt; 0.</param>
    /// <param name="distanceCm">z, source-to-detector distance, cm; &gt; 0.</param>
    /// <param name="lengthCm">ℓ, detector length along the flight path, cm; &gt; 0.</param>
    /// <param name="betaGamma">βγ = p/m of the particle; &gt; 0.</param>
    /// <param name="eventLimit">N_up, the excluded number of events (e.g. 2.30); &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument not positive or not finite.</exception>
    public static Interval? ExcludedCTau0Cm(double rate, double distanceCm, double lengthCm, double betaGamma, double eventLimit)
    {
        Check.Positive(rate);
        Check.Positive(distanceCm);
        Check.Positive(lengthCm);
        Check.Positive(betaGamma);
        Check.Positive(eventLimit);
        double z = distanceCm, l = lengthCm;
        double Excess(double lnLambda)
        {
            double lambda = Math.Exp(lnLambda);
            // e^(−z/λ) (1 − e^(−ℓ/λ)) without cancellation
            return rate * Math.Exp(-z / lambda) * -StableMath.ExpM1(-l / lambda) - eventLimit;
        }
        double peak = Math.Log(l / Math.Log(1 + l / z));
        if (!(Excess(peak) > 0)) return null;
        // Brackets: far below the peak N → 0; far above, N ≈ R ℓ/λ → 0.
        double lo = peak, hi = peak;
        while (Excess(lo) > 0) lo -= 1;
        while (Excess(hi) > 0) hi += 1;
        double low = Bisect(Excess, lo, peak), high = Bisect(Excess, peak, hi);
        return new Interval(Math.Exp(low) / betaGamma, Math.Exp(high) / betaGamma);
    }

    /// <summary>Root of f on [a, b] with f changing sign, to 1e-13 in ln λ.</summary>
    private static double Bisect(Func<double, double> f, double a, double b)
    {
        double fa = f(a);
        for (int i = 0; i < 200 && b - a > 1e-13; i++)
        {
            double m = 0.5 * (a + b), fm = f(m);
            if ((fm > 0) == (fa > 0)) { a = m; fa = fm; } else b = m;
        }
        return 0.5 * (a + b);
    }
}
