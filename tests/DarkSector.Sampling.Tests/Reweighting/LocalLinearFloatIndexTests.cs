using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Reweighting.Kernels;
using MathNet.Numerics.LinearAlgebra;

namespace DarkSector.Sampling.Tests.Reweighting;

/// <summary>
/// The local-linear estimator on the float32 index (issue 27): against an independent double-precision brute force
/// (per-point sums with Math.Exp, the hat weights by MathNet), within the bound documented on
/// <see cref="LocalLinearKernelReweighter"/>, and bit-identical for one and two threads.
/// </summary>
public class LocalLinearFloatIndexTests
{
    private sealed record Event(int Point, double Weight, int Bin, (double A, double B, double Efficiency)[] Crossings);

    /// <summary>A discrete sample of <paramref name="m"/> random points in [1, 10]², 0–40 events each (some points select
    /// none), one or two crossings per event with entries up to 600 cm, random efficiencies, 3 bins.</summary>
    private static (double[][] Points, List<Event> Events, ReweightingEvents Sample) RandomSample(int seed, int m = 60, int bins = 3)
    {
        var random = new System.Random(seed);
        var points = Enumerable.Range(0, m).Select(_ => new[] { Math.Pow(10, random.NextDouble()), Math.Pow(10, random.NextDouble()) }).ToArray();
        var list = new List<Event>();
        for (int p = 0; p < m; p++)
            for (int e = random.Next(0, 41); e > 0; e--)
            {
                double a = 10 + 500 * random.NextDouble();
                // stored as the sample stores them (float distances and efficiencies), so that the comparison is of the estimator
                (double, double, double) Crossing(double entry, double exit, double efficiency) => ((float)entry, (float)exit, (float)efficiency);
                var crossings = random.Next(2) == 0
                    ? new[] { Crossing(a, a + 30 * random.NextDouble(), random.NextDouble()) }
                    : [Crossing(a, a + 40, random.NextDouble()), Crossing(a + 50, a + 50 + 20 * random.NextDouble(), 0.5 + 0.5 * random.NextDouble())];
                list.Add(new Event(p, (0.1 + random.NextDouble()) / m, random.Next(bins), crossings));
            }
        var sample = new ReweightingEvents(2, bins);
        foreach (var e in list)
            sample.Add(points[e.Point], e.Weight, 1, e.Bin, 1, [.. e.Crossings.Select(c => new RaySegment(c.A, c.B))],
                [.. e.Crossings.Select(c => (float)c.Efficiency)]);
        return (points, list, sample);
    }

    /// <summary>Brute force in double: Y_{p,b} = Σ M w s Σ_j ε_j (e^{−κ a_j} − e^{−κ b_j}), ℓ = e₀ᵀ(XᵀKX)⁻¹XᵀK
    /// over the points with K_p &gt; 0 (product Epanechnikov in log10), μ_b = Σ_p ℓ_p Y_{p,b}; with the documented
    /// bound 2⁻²⁴ (2 κ a_max + 20) Σ_p |ℓ_p| Y_{p,b} (a_max over the events of the points used).</summary>
    private static (double[] Mu, double[] Bound) BruteForce(double[][] points, List<Event> events, double[] h, double[] q,
        double s, double ctau, int bins)
    {
        int m = points.Length;
        double kappa = 1 / ctau;
        var y = new double[m, bins];
        var aMax = new double[m];
        foreach (var e in events)
        {
            double p = 0;
            foreach (var (a, b, eff) in e.Crossings)
            {
                p += eff * (Math.Exp(-kappa * a) - Math.Exp(-kappa * b));
                aMax[e.Point] = Math.Max(aMax[e.Point], a);
            }
            y[e.Point, e.Bin] += m * e.Weight * s * p;
        }
        var (used, ell) = ReferenceWeights(points, h, q);
        var mu = new double[bins];
        var bound = new double[bins];
        for (int j = 0; j < used.Length; j++)
            for (int b = 0; b < bins; b++)
            {
                mu[b] += ell[j] * y[used[j], b];
                bound[b] += Math.Pow(2, -24) * (2 * kappa * aMax[used[j]] + 20) * Math.Abs(ell[j]) * y[used[j], b];
            }
        return (mu, bound);
    }

    /// <summary>The local-linear weights ℓ_p = e₀ᵀ(XᵀKX)⁻¹XᵀK (MathNet) of the points with K_p &gt; 0 at <paramref name="q"/>,
    /// product Epanechnikov in log10 with half-widths <paramref name="h"/>: the points used and their weights.</summary>
    internal static (int[] Used, double[] Ell) ReferenceWeights(double[][] points, double[] h, double[] q)
    {
        var rows = new List<double[]>();
        var k = new List<double>();
        var used = new List<int>();
        for (int p = 0; p < points.Length; p++)
        {
            var x = new double[h.Length + 1];
            x[0] = 1;
            double kp = 1;
            for (int a = 0; a < h.Length; a++)
            {
                x[a + 1] = (Math.Log10(points[p][a]) - Math.Log10(q[a])) / h[a];
                kp *= Math.Max(0, 0.75 * (1 - x[a + 1] * x[a + 1]));
            }
            if (!(kp > 0)) continue;
            rows.Add(x);
            k.Add(kp);
            used.Add(p);
        }
        var design = Matrix<double>.Build.DenseOfRowArrays(rows);
        var w = Matrix<double>.Build.DenseOfDiagonalArray([.. k]);
        return ([.. used], ((design.Transpose() * w * design).Inverse() * design.Transpose() * w).Row(0).ToArray());
    }

    private static Kernel Epanechnikov(double[] h) => new(KernelShape.Epanechnikov, KernelForm.Product, h, [DistanceScale.Log10, DistanceScale.Log10]);

    [Theory] // the float32 index against the double brute force, per bin, at 30 random queries and c τ₀ from 30 cm (κ a up to
             // 17: the lifetime factor's bound dominates) to 10⁵ cm, within 2⁻²⁴ (2 κ a_max + 20) Σ_p |ℓ_p| Y_p ≤ 3·10⁻⁶
             // Σ_p |ℓ_p| Y_p, so a wrong event, bin, crossing or weight would miss it by orders of magnitude
    [InlineData(1, 30.0)]
    [InlineData(2, 300.0)]
    [InlineData(3, 1e5)]
    public void FloatIndex_EqualsDoubleBruteForce_WithinTheDocumentedBound(int seed, double ctau)
    {
        const int bins = 3;
        var (points, events, sample) = RandomSample(seed, bins: bins);
        double[] h = [0.3, 0.35];
        var reweighter = new LocalLinearKernelReweighter(sample, points, Epanechnikov(h), KernelRegression.LocalLinear);
        var random = new System.Random(100 + seed);
        int compared = 0;
        for (int t = 0; t < 30; t++)
        {
            double[] q = [Math.Pow(10, 0.2 + 0.6 * random.NextDouble()), Math.Pow(10, 0.2 + 0.6 * random.NextDouble())];
            double s = 0.5 + random.NextDouble();
            var mu = new double[bins];
            var prediction = reweighter.Predict(q, s, ctau, mu, []);
            if (prediction.Flagged) continue;   // a singular local design falls back to the local mean: not this comparison
            var (expected, bound) = BruteForce(points, events, h, q, s, ctau, bins);
            for (int b = 0; b < bins; b++)
            {
                Assert.True(Math.Abs(mu[b] - Math.Max(0, expected[b])) <= bound[b] + 1e-300,
                    $"query {t}, bin {b}: float index {mu[b]:R}, double {expected[b]:R}, bound {bound[b]:G3}");
            }
            compared++;
        }
        Assert.True(compared >= 20, $"only {compared} unflagged queries");
    }

    [Theory] // PredictMany on 1 and on 2 threads (and Predict point by point) give the same bits, for every regression
    [InlineData(KernelRegression.LocalLinear)]
    [InlineData(KernelRegression.LogLinear)]
    [InlineData(KernelRegression.LocalConstant)]
    public void PredictMany_IsBitIdentical_ForOneAndTwoThreads(KernelRegression regression)
    {
        const int bins = 3, n = 200;
        var (points, _, sample) = RandomSample(7, bins: bins);
        var reweighter = new LocalLinearKernelReweighter(sample, points, Epanechnikov([0.25, 0.3]), regression);
        var random = new System.Random(8);
        var thetas = new double[2 * n];
        var scales = new double[n];
        var ctau = new double[n];
        for (int p = 0; p < n; p++)
        {
            (thetas[2 * p], thetas[2 * p + 1]) = (Math.Pow(10, random.NextDouble()), Math.Pow(10, random.NextDouble()));
            (scales[p], ctau[p]) = (Math.Pow(10, -2 + 4 * random.NextDouble()), Math.Pow(10, 1 + 4 * random.NextDouble()));
        }
        double[] mu1 = new double[n * bins], w1 = new double[n * bins], mu2 = new double[n * bins], w2 = new double[n * bins];
        var one = reweighter.PredictMany(thetas, scales, ctau, mu1, w1, maxDegreeOfParallelism: 1);
        var two = reweighter.PredictMany(thetas, scales, ctau, mu2, w2, maxDegreeOfParallelism: 2);
        Assert.Equal(mu1, mu2);
        Assert.Equal(w1, w2);
        Assert.Equal(one, two);
        Assert.Contains(mu1, x => x > 0);
        for (int p = 0; p < n; p += 17)
        {
            var mu = new double[bins];
            var w = new double[bins];
            Assert.Equal(one[p], reweighter.Predict(thetas.AsSpan(2 * p, 2), scales[p], ctau[p], mu, w));
            Assert.Equal(mu1.AsSpan(p * bins, bins).ToArray(), mu);
            Assert.Equal(w1.AsSpan(p * bins, bins).ToArray(), w);
        }
    }
}
