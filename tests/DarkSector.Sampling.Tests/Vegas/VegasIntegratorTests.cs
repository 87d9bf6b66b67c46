using DarkSector.Physics;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Sampling.Tests.Vegas;

public class VegasIntegratorTests
{
    private static VegasOptions Options(ulong seed, int warmup = 5, int warmupN = 2000, int iterations = 5, int n = 10_000) =>
        new() { Seed = seed, WarmupIterations = warmup, WarmupEvaluations = warmupN, Iterations = iterations, Evaluations = n };

    private static void AssertWithin(double exact, VegasResult r, double sigmas, string label)
    {
        double pull = (r.Integral - exact) / r.Error;
        Assert.True(Math.Abs(pull) < sigmas, $"{label}: {r.Integral} ± {r.Error} vs exact {exact} (pull {pull:F2})");
    }

    [Theory] // within 4 standard errors of the closed form (fixed seeds); relative error below 1% so the check has teeth
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(8)]
    public void GaussianPeak_IsWithinErrorsOfExactIntegral(int dimension)
    {
        var f = new GaussianPeak(dimension, 0.5, 0.1);
        var r = new VegasIntegrator(dimension).Integrate(f, Options(11, warmup: 8, warmupN: 5000, n: 20_000));
        AssertWithin(f.Exact, r, 4, $"Gaussian D={dimension}");
        Assert.True(r.Error < 0.01 * f.Exact, $"relative error {r.Error / f.Exact}");
    }

    [Theory] // within 4 standard errors; relative error below 0.5%
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    public void InverseProduct_IsWithinErrorsOfExactIntegral(int dimension)
    {
        var f = new InverseProduct(dimension, 0.01);
        var r = new VegasIntegrator(dimension).Integrate(f, Options(5));
        AssertWithin(f.Exact, r, 4, $"1/(x+a) D={dimension}");
        Assert.True(r.Error < 0.005 * f.Exact, $"relative error {r.Error / f.Exact}");
    }

    [Theory] // within 4 standard errors of π^{D/2}/Γ(D/2+1); relative error below 2%
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void HypersphereVolume_IsWithinErrorsOfExactVolume(int dimension)
    {
        var f = new UnitBall(dimension);
        var r = new VegasIntegrator(UnitBall.Domain(dimension)).Integrate(f, Options(3));
        AssertWithin(f.Exact, r, 4, $"ball D={dimension}");
        Assert.True(r.Error < 0.02 * f.Exact);
    }

    [Fact] // 60 seeds: pulls (I − exact)/σ have |mean| < 4/√60 ≈ 0.52 and sd in [0.7, 1.35]; mean χ²/dof in [0.6, 1.5]
    public void Pulls_AreStandardNormalAndChi2PerDofIsNearOne()
    {
        var f = new GaussianPeak(3, 0.4, 0.15);
        var pulls = new List<double>();
        var chi2 = new List<double>();
        for (ulong seed = 1; seed <= 60; seed++)
        {
            var r = new VegasIntegrator(3).Integrate(f, Options(seed, warmup: 4, warmupN: 1000, iterations: 5, n: 2000));
            pulls.Add((r.Integral - f.Exact) / r.Error);
            chi2.Add(r.Chi2PerDof);
        }
        double mean = pulls.Average(), sd = Math.Sqrt(pulls.Sum(p => (p - mean) * (p - mean)) / (pulls.Count - 1));
        Assert.True(Math.Abs(mean) < 0.52, $"mean pull {mean}");
        Assert.InRange(sd, 0.7, 1.35);
        Assert.InRange(chi2.Average(), 0.6, 1.5);
    }

    [Fact] // σ(n)/σ(16n) ≥ 0.8·√16 = 3.2 (1/√n at least) and ≤ 16 (no faster than 1/n); smooth 4-D integrand, adaptation frozen
    public void Error_ScalesAtLeastAsInverseSquareRootOfEvaluations()
    {
        var f = new GaussianPeak(4, 0.5, 0.2);
        var integrator = new VegasIntegrator(4);
        integrator.Integrate(f, Options(8, warmup: 0, iterations: 8, n: 20_000));
        var frozen = Options(9, warmup: 0, iterations: 4, n: 4000) with { AdaptDuringProduction = false };
        var small = integrator.Integrate(f, frozen);
        var large = integrator.Integrate(f, frozen with { Evaluations = 64_000 });
        double ratio = small.Error / large.Error;
        Assert.InRange(ratio, 3.2, 16);
    }

    [Fact] // bit-identical integral, error and sampled weights for 1, 2 and 4 threads
    public void SameSeed_GivesBitIdenticalResultsForAnyThreadCount()
    {
        var f = new InverseProduct(3, 0.1);
        (double, double, double) Run(int threads)
        {
            var options = Options(77, n: 30_000) with { MaxDegreeOfParallelism = threads };
            var integrator = new VegasIntegrator(3);
            var r = integrator.Integrate(f, options);
            var sample = integrator.Sample(f, 10_000, options);
            double checksum = 0;
            for (int i = 0; i < sample.Count; i++) checksum += sample.Weights[i] * (i + 1) + sample.Points[3 * i];
            return (r.Integral, r.Error, checksum);
        }
        var one = Run(1);
        Assert.Equal(one, Run(2));
        Assert.Equal(one, Run(4));
    }

    [Fact] // Σ w of a sample equals its reported integral (1e-12 relative) and agrees with the exact value within 4 σ
    public void SampleWeights_SumToIntegral()
    {
        var f = new GaussianPeak(2, 0.3, 0.1);
        var integrator = new VegasIntegrator(2);
        var options = Options(4);
        integrator.Integrate(f, options);
        var sample = integrator.Sample(f, 50_000, options);
        double sum = 0;
        foreach (double w in sample.Weights) sum += w;
        Assert.Equal(sample.Integral, sum, 1e-12 * sample.Integral);
        Assert.True(Math.Abs(sample.Integral - f.Exact) < 4 * sample.Error);
    }

    [Fact] // an adapted map reloaded from text is bit-identical and integrates with a smaller error than a fresh map
    public void SavedMap_RoundTripsExactlyAndKeepsItsAdaptation()
    {
        var f = new GaussianPeak(3, 0.5, 0.05);
        var integrator = new VegasIntegrator(3);
        integrator.Integrate(f, Options(1, warmup: 10));
        var text = new StringWriter();
        integrator.Map.Save(text);
        var loaded = AdaptiveMap.Load(new StringReader(text.ToString()));
        for (int d = 0; d < 3; d++) Assert.True(integrator.Map.Grid(d).SequenceEqual(loaded.Grid(d)));
        var production = Options(2, warmup: 0, iterations: 2, n: 5000) with { AdaptDuringProduction = false };
        var reused = new VegasIntegrator(loaded).Integrate(f, production);
        var fresh = new VegasIntegrator(3).Integrate(f, production);
        Assert.True(reused.Error < 0.5 * fresh.Error, $"reused {reused.Error} vs fresh {fresh.Error}");
    }

    [Fact]
    public void NonFiniteIntegrand_IsReportedWithThePoint()
    {
        var ex = Assert.Throws<DarkSectorException>(() => new VegasIntegrator(2).Integrate(new NaNAbove(), Options(1, warmup: 0, iterations: 1, n: 1000)));
        Assert.Contains("not finite", ex.Message);
    }

    [Fact]
    public void DimensionMismatch_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new VegasIntegrator(3).Integrate(new InverseProduct(2, 0.1), new VegasOptions()));

    [Fact]
    public void InvalidOptions_AreRejectedWithTheirRange()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new VegasOptions { Beta = 1.5 });
        Assert.Contains("Beta", ex.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new VegasOptions { Evaluations = 1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new VegasOptions { Alpha = double.NaN });
    }

    private readonly struct NaNAbove : IBatchIntegrand
    {
        public int Dimension => 2;

        public void Evaluate(ReadOnlySpan<double> points, Span<double> values)
        {
            for (int i = 0; i < values.Length; i++) values[i] = points[2 * i] > 0.5 ? double.NaN : 1;
        }
    }
}
