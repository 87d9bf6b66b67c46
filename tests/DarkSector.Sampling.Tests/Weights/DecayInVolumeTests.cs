using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Weights;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;
using static DarkSector.Sampling.Tests.Geometry.SolidCatalogue;

namespace DarkSector.Sampling.Tests.Weights;

public class DecayInVolumeTests
{
    /// <summary>Decay lengths from 1e-6 cm to 1e12 cm, log-uniform.</summary>
    private static Gen<double> DecayLengths => Uniform(-6, 12).Select(x => Math.Pow(10, x));

    /// <summary>Up to three disjoint sorted segments, some starting behind the production point.</summary>
    private static Gen<RaySegment[]> SegmentLists =>
        from n in Gen.Choose(0, 3)
        from starts in Gen.ArrayOf(Uniform(-5, 500), n)
        from lengths in Gen.ArrayOf(Uniform(0.001, 100), n)
        select Disjoint(starts, lengths);

    private static RaySegment[] Disjoint(double[] starts, double[] lengths)
    {
        Array.Sort(starts);
        var list = new List<RaySegment>();
        double previousExit = double.NegativeInfinity;
        for (int i = 0; i < starts.Length; i++)
        {
            double entry = Math.Max(starts[i], previousExit + 0.01);
            list.Add(new RaySegment(entry, entry + lengths[i]));
            previousExit = entry + lengths[i];
        }
        return [.. list];
    }

    [Property] // a probability: 0 ≤ P ≤ 1 for any segments and λ
    public Property Probability_IsBetweenZeroAndOne() =>
        Prop.ForAll(Arb.From(SegmentLists), Arb.From(DecayLengths), (segments, lambda) =>
        {
            double p = DecayInVolume.Probability(segments, lambda);
            return p >= 0 && p <= 1;
        });

    [Property] // slab [a, a + L] ahead: exp(−a/λ)(1 − exp(−L/λ)), 1e-12 relative (independent form: difference of exponentials
           // where it has no cancellation, λ within a factor 1e3 of the distances)
    public Property Slab_MatchesAnalyticValue() =>
        Prop.ForAll(Arb.From(Uniform(0, 300)), Arb.From(Uniform(0.1, 100)), Arb.From(Uniform(-1, 3).Select(x => Math.Pow(10, x))), (a, length, lambda) =>
        {
            double exact = Math.Exp(-a / lambda) - Math.Exp(-(a + length) / lambda);
            double p = DecayInVolume.Probability([new RaySegment(a, a + length)], lambda);
            return Math.Abs(p - exact) <= 1e-12 * Math.Max(exact, 1e-300) + 1e-300;
        });

    [Property] // λ ≫ distances: P → Σ L_j/λ, relative error below 2·(max b)/λ ≤ 1e-4 for λ ≥ 1e7 cm
    public Property LongLifetime_ApproachesPathLengthOverDecayLength() =>
        Prop.ForAll(Arb.From(SegmentLists), Arb.From(Uniform(7, 12).Select(x => Math.Pow(10, x))), (segments, lambda) =>
        {
            double inFront = segments.Sum(s => Math.Max(0, s.Exit - Math.Max(0, s.Entry)));
            double p = DecayInVolume.Probability(segments, lambda);
            return inFront == 0 ? p == 0 : Math.Abs(p / (inFront / lambda) - 1) <= 1e-4;
        });

    [Fact] // λ → 0 for volumes ahead of the production point: P = 0 to underflow; produced inside: P → 1
    public void ShortLifetime_VanishesUnlessProducedInside()
    {
        Assert.Equal(0.0, DecayInVolume.Probability([new RaySegment(1, 10)], 1e-6));
        Assert.Equal(1.0, DecayInVolume.Probability([new RaySegment(-1, 10)], 1e-6), 1e-15);
        Assert.Equal(0.0, DecayInVolume.Probability([new RaySegment(1, 10)], double.PositiveInfinity));
    }

    [Fact] // the survival to the entry is included: a second identical volume further away gets exp(−Δ/λ) of the first's share
    public void SurvivalToEntry_IsIncluded()
    {
        double near = DecayInVolume.Probability([new RaySegment(10, 20)], 50);
        double far = DecayInVolume.Probability([new RaySegment(110, 120)], 50);
        Assert.Equal(Math.Exp(-100.0 / 50), far / near, 1e-12);
    }

    [Fact] // sampled decay points: inside the segments, and their mean matches the truncated-exponential mean within 5 sigma
    public void SampledDecayPoints_FollowTheTruncatedExponential()
    {
        RaySegment[] segments = [new RaySegment(-3, 4), new RaySegment(10, 30)];
        var rng = new System.Random(2024);
        foreach (double lambda in new[] { 0.5, 7.0, 1e9 })
        {
            const int n = 20_000;
            double sum = 0, sum2 = 0;
            for (int i = 0; i < n; i++)
            {
                Assert.True(DecayInVolume.TrySampleDistance(segments, lambda, rng.NextDouble(), out double t));
                Assert.True((t >= 0 && t <= 4) || (t >= 10 && t <= 30), $"t = {t}");
                sum += t; sum2 += t * t;
            }
            double mean = sum / n, sigma = Math.Sqrt((sum2 / n - mean * mean) / n);
            double expected = TruncatedMean(0, 4, lambda) * Weight(0, 4, lambda) + TruncatedMean(10, 30, lambda) * Weight(10, 30, lambda);
            expected /= Weight(0, 4, lambda) + Weight(10, 30, lambda);
            Assert.True(Math.Abs(mean - expected) < 5 * sigma, $"λ = {lambda}: {mean} ± {sigma} vs {expected}");
        }
    }

    // Independent closed forms: mean of t e^{−t/λ} on [a, b] over its mass (integration by parts); λ → ∞ midpoint.
    private static double Weight(double a, double b, double lambda) => lambda > 1e6 ? (b - a) / lambda : Math.Exp(-a / lambda) - Math.Exp(-b / lambda);

    private static double TruncatedMean(double a, double b, double lambda)
    {
        if (lambda > 1e6) return (a + b) / 2;
        double ea = Math.Exp(-a / lambda), eb = Math.Exp(-b / lambda);
        return ((a + lambda) * ea - (b + lambda) * eb) / (ea - eb);
    }

    [Fact]
    public void Sampling_FailsWhenNothingCanDecayInside()
    {
        Assert.False(DecayInVolume.TrySampleDistance([new RaySegment(-10, -1)], 5, 0.5, out double t));
        Assert.True(double.IsNaN(t));
        Assert.Contains("decayLengthCm", Assert.Throws<ArgumentOutOfRangeException>(() => DecayInVolume.Probability([], -1)).Message);
    }
}
