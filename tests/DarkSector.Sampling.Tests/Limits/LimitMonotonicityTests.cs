using DarkSector.Sampling.Likelihoods;
using DarkSector.Sampling.Limits;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static DarkSector.Tests.PhysicalArbitraries;

namespace DarkSector.Sampling.Tests.Limits;

/// <summary>
/// Limits move the right way with exposure and background. For background-only (Asimov) data n = b the Poisson
/// Δ(−2 ln L)(μ) = 2 Σ [μ s − b ln(1 + μ s/b)] is exactly linear in the exposure (s and b scaled together) and falls
/// with the background at fixed signal; hence the 90% CL upper limit on the signal strength falls with exposure and rises
/// with background. The zero-background Poisson limit rises with the observed count and the confidence level.
/// </summary>
public class LimitMonotonicityTests
{
    private static readonly Gen<(double[] S, double[] B)> Bins =
        from n in Gen.Choose(1, 6)
        from s in Gen.ArrayOf(LogUniform(0.01, 50), n)
        from b in Gen.ArrayOf(LogUniform(0.1, 500), n)
        select (s, b);

    private static double Delta(double mu, double[] s, double[] b)
    {
        double[] signal = [.. s.Select(x => mu * x)], zeros = new double[s.Length];
        return PoissonLikelihood.Instance.MinusTwoLnL(b, signal, zeros, b) - PoissonLikelihood.Instance.MinusTwoLnL(b, zeros, zeros, b);
    }

    /// <summary>μ where Δ(μ) crosses the 90% CL one-parameter threshold (bisection; Δ rises monotonically for μ ≥ 0).</summary>
    private static double UpperLimit(double[] s, double[] b)
    {
        double threshold = DeltaLogLikelihood.Threshold(0.9, 1), lo = 0, hi = 1;
        while (Delta(hi, s, b) < threshold) hi *= 2;
        for (int i = 0; i < 200 && hi - lo > 1e-13 * hi; i++)
        {
            double mid = 0.5 * (lo + hi);
            if (Delta(mid, s, b) < threshold) lo = mid; else hi = mid;
        }
        return 0.5 * (lo + hi);
    }

    [Property] // Δ(μ; k s, k b) = k Δ(μ; s, b) for k in [1.01, 100]; Δ is a difference of two −2 ln L of size
               // ~Σ 2kb(1 + |ln kb|), each rounded at ~1e-15 relative, so the comparison is absolute, 1e-12 of that size
    public Property AsimovDelta_IsLinearInExposure() =>
        Prop.ForAll(Arb.From(Bins), Arb.From(LogUniform(1.01, 100)), Arb.From(LogUniform(0.01, 10)), (bins, k, mu) =>
        {
            double one = Delta(mu, bins.S, bins.B);
            double scaled = Delta(mu, [.. bins.S.Select(x => k * x)], [.. bins.B.Select(x => k * x)]);
            double size = bins.B.Sum(b => 2 * k * b * (1 + Math.Abs(Math.Log(k * b))));
            return (one > 0 && Math.Abs(scaled - k * one) <= 1e-12 * size).Label($"k={k} mu={mu}: {scaled} vs {k * one} (size {size})");
        });

    [Property] // the 90% CL upper limit on μ falls strictly with the exposure and rises strictly with every bin's background
    public Property UpperLimit_FallsWithExposure_AndRisesWithBackground() =>
        Prop.ForAll(Arb.From(Bins), Arb.From(LogUniform(1.1, 100)), Arb.From(Gen.Choose(0, 5)), (bins, k, bin) =>
        {
            double limit = UpperLimit(bins.S, bins.B);
            double moreExposure = UpperLimit([.. bins.S.Select(x => k * x)], [.. bins.B.Select(x => k * x)]);
            double[] moreBackground = [.. bins.B];
            moreBackground[bin % moreBackground.Length] *= k;
            double withBackground = UpperLimit(bins.S, moreBackground);
            return (moreExposure < limit && withBackground > limit).Label($"limit {limit}, exposure ×{k}: {moreExposure}, background ×{k}: {withBackground}");
        });

    [Property] // zero-background Poisson limit: strictly rising in the observed count and in the confidence level
    public Property ZeroBackgroundLimit_RisesWithCountsAndConfidence() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 500)), Arb.From(Uniform(0.5, 0.98)), (n, cl) =>
            PoissonUpperLimit.ZeroBackground(n + 1, cl) > PoissonUpperLimit.ZeroBackground(n, cl)
            && PoissonUpperLimit.ZeroBackground(n, cl + 0.01) > PoissonUpperLimit.ZeroBackground(n, cl));
}
