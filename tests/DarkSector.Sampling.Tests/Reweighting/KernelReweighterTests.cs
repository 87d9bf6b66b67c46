using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Reweighting.Kernels;
using DarkSector.Sampling.Weights;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;

namespace DarkSector.Sampling.Tests.Reweighting;

public class KernelReweighterTests
{
    private static Kernel Epanechnikov(double h) =>
        new(KernelShape.Epanechnikov, KernelForm.Product, [h, h], [DistanceScale.Log10, DistanceScale.Log10]);

    /// <summary>1-D moment generating function of the unit Epanechnikov kernel, E[e^{xU}] = 3(x cosh x − sinh x)/x³.</summary>
    private static double EpanechnikovMgf(double x) => 3 * (x * Math.Cosh(x) - Math.Sinh(x)) / (x * x * x);

    [Fact] // Noise-free lattice sample of N(θ) = m2/m1 with prior q = m2²/m1 (density in ln θ), stable N, s = 1:
           // the smoothed rate is exactly N(θ̄) Π_k M(±ln10·h) (M the Epanechnikov MGF) — the closed-form bandwidth bias.
           // Tolerance 2e-5 relative: the midpoint rule's error, (step²/24)·|jump of f'| ≈ 3e-6 per axis at 200 cells per
           // half-width, is 100 times smaller than the bias being tested (1.3e-3 per axis).
    public void ProductionRate_EqualsKernelSmoothedRate_OnLattice()
    {
        const double h = 0.05;
        const int perHalfWidth = 200;
        double step = h / perHalfWidth;   // log10 lattice aligned with the support edges: midpoint rule per smooth piece
        double x = Math.Log(10) * h;
        RaySegment[] crossing = [new(0, 1)];
        foreach (var (m1, m2) in new[] { (0.3, 0.3), (0.2, 0.6), (0.5, 0.25) })
        {
            var events = new ReweightingEvents(2, 1, PriorMeasure.LogParameters, 4 * perHalfWidth * perHalfWidth);
            double cell = Math.Log(10) * step * Math.Log(10) * step;   // lattice cell in (ln m1, ln m2)
            for (int a = -perHalfWidth; a < perHalfWidth; a++)
                for (int b = -perHalfWidth; b < perHalfWidth; b++)
                {
                    double t1 = m1 * Math.Pow(10, (a + 0.5) * step), t2 = m2 * Math.Pow(10, (b + 0.5) * step);
                    double q = t2 * t2 / t1, rate = t2 / t1;
                    events.Add([t1, t2], q * rate * cell, q, 0, 1.0, crossing);
                }
            var reweighter = new KernelReweighter(events, Epanechnikov(h));
            using var neighbours = reweighter.Neighbours([m1, m2]);
            double expected = m2 / m1 * EpanechnikovMgf(-x) * EpanechnikovMgf(x);
            Assert.Equal(1.0, neighbours.ProducedWeight / expected, 2e-5);
        }
        Assert.True(EpanechnikovMgf(x) - 1 > 1e-3);   // the bias is resolved: (ln10 h)²/10 = 1.3e-3 per axis
    }

    [Property] // the index returns exactly the brute-force sum over all events with Kernel.Weight and DecayInVolume.Probability;
           // relative 1e-12 (summation order and float storage of the proper crossings, rounding 6e-8, are shared:
           // the brute force uses the same float-rounded crossings)
    public Property Predict_EqualsBruteForceSum() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 100_000)), seed =>
        {
            var random = new System.Random(seed);
            var shape = random.Next(2) == 0 ? KernelShape.Epanechnikov : KernelShape.Gaussian;
            var form = random.Next(2) == 0 ? KernelForm.Product : KernelForm.Spherical;
            var scales = new[] { DistanceScale.Log10, random.Next(2) == 0 ? DistanceScale.Linear : DistanceScale.Log10 };
            double[] h = [0.02 + 0.2 * random.NextDouble(), scales[1] == DistanceScale.Linear ? 0.05 + 0.3 * random.NextDouble() : 0.02 + 0.2 * random.NextDouble()];
            var kernel = new Kernel(shape, form, h, scales);
            var measure = random.Next(2) == 0 ? PriorMeasure.LogParameters : PriorMeasure.Parameters;
            int n = 2000, bins = 3;
            var events = new ReweightingEvents(2, bins, measure);
            var rows = new List<(double[] Theta, double W, double Q, int Bin, double Bg, RaySegment[] Segs)>();
            for (int i = 0; i < n; i++)
            {
                double[] theta = [Math.Exp(random.NextDouble() * 2.3 - 2.3), 0.1 + random.NextDouble()];
                double a = 500 * random.NextDouble() - 50;
                var segs = random.Next(3) switch
                {
                    0 => Array.Empty<RaySegment>(),
                    1 => [new RaySegment(a, a + 100)],
                    _ => [new RaySegment(a, a + 30), new RaySegment(a + 80, a + 200)],
                };
                double bg = 0.5 + 20 * random.NextDouble();
                var row = (theta, random.NextDouble(), 0.1 + random.NextDouble(), random.Next(bins), bg, segs);
                rows.Add(row);
                events.Add(row.theta, row.Item2, row.Item3, row.Item4, bg, segs);
            }
            var reweighter = new KernelReweighter(events, kernel);
            double[] query = [Math.Exp(random.NextDouble() * 2.3 - 2.3), 0.1 + random.NextDouble()];
            double ctau = Math.Exp(random.NextDouble() * 10);
            double s = 3 * random.NextDouble();
            var mu = new double[bins];
            var w2 = new double[bins];
            reweighter.Predict(query, s, ctau, mu, w2);

            var refMu = new double[bins];
            var refW2 = new double[bins];
            foreach (var (theta, w, q, bin, bg, segs) in rows)
            {
                double qTheta = measure == PriorMeasure.LogParameters ? q / (theta[0] * theta[1]) : q;
                var proper = segs.Select(x => new RaySegment((float)(Math.Max(0, x.Entry) / bg), (float)(x.Exit / bg))).ToArray();
                double weight = w * kernel.Weight(query, theta) / qTheta * s * DecayInVolume.Probability(proper, ctau);
                if (shape == KernelShape.Gaussian && Enumerable.Range(0, 2).Any(k =>
                        Math.Abs(ParameterDistance.Coordinate(query[k], scales[k]) - ParameterDistance.Coordinate(theta[k], scales[k])) > 5 * h[k]))
                    weight = 0;   // the documented truncation at 5 bandwidths
                refMu[bin] += weight;
                refW2[bin] += weight * weight;
            }
            // The index computes in float (KernelReweighter remarks): each weight within its stated bound.
            var (tolMu, tolW2) = FloatBound(events, kernel, query, s, ctau);
            for (int b = 0; b < bins; b++)
            {
                if (Math.Abs(mu[b] - refMu[b]) > tolMu[b] || Math.Abs(w2[b] - refW2[b]) > tolW2[b])
                    throw new InvalidOperationException($"{shape} {form} {scales[1]} {measure} bin {b}: {mu[b]} vs {refMu[b]} (bound {tolMu[b]:E2}), {w2[b]} vs {refW2[b]} (bound {tolW2[b]:E2})");
            }
            return true;
        });

    [Fact] // the two-pass fill through buckets of 2^16 sorted slots: with 200 000 events (four buckets, events of 0-2
           // crossings in random order) every column reaches its event's slot: the index equals the brute-force sum
           // within the float bound at points spread over the box, for the 2-D fast path and the generic walk
    public void Predict_ManyBuckets_EqualsBruteForceSum()
    {
        var random = new System.Random(5);
        int n = 200_000, bins = 3;
        var events = new ReweightingEvents(2, bins);
        var rows = new List<(double[] Theta, double W, double Q, int Bin, double Bg, RaySegment[] Segs)>();
        for (int i = 0; i < n; i++)
        {
            double[] theta = [0.02 * Math.Pow(10, random.NextDouble()), 0.5 * Math.Pow(10, random.NextDouble())];
            double a = 400 * random.NextDouble();
            RaySegment[] segs = random.Next(3) switch
            {
                0 => [],
                1 => [new RaySegment(a, a + 100)],
                _ => [new RaySegment(a, a + 30), new RaySegment(a + 80, a + 200)],
            };
            var row = (theta, random.NextDouble(), 0.1 + random.NextDouble(), random.Next(bins), 1 + 10 * random.NextDouble(), segs);
            rows.Add(row);
            events.Add(theta, row.Item2, row.Item3, row.Item4, row.Item5, segs);
        }
        foreach (var kernel in new[] { Epanechnikov(0.05), new Kernel(KernelShape.Epanechnikov, KernelForm.Spherical, [0.05, 0.08], [DistanceScale.Log10, DistanceScale.Log10]) })
        {
            var reweighter = new KernelReweighter(events, kernel);
            foreach (double[] query in new double[][] { [0.03, 0.7], [0.07, 1.5], [0.15, 4.0], [0.021, 4.9] })
            {
                var mu = new double[bins];
                var w2 = new double[bins];
                reweighter.Predict(query, 1, 300, mu, w2);
                var refMu = new double[bins];
                foreach (var (theta, w, q, bin, bg, segs) in rows)
                {
                    var proper = segs.Select(x => new RaySegment((float)(x.Entry / bg), (float)(x.Exit / bg))).ToArray();
                    refMu[bin] += w * kernel.Weight(query, theta) / (q / (theta[0] * theta[1])) * DecayInVolume.Probability(proper, 300);
                }
                var (tolMu, _) = FloatBound(events, kernel, query, 1, 300);
                Assert.True(refMu.Sum() > 0, "a query inside the sample has events in its kernel");
                for (int b = 0; b < bins; b++)
                    Assert.True(Math.Abs(mu[b] - refMu[b]) <= tolMu[b], $"{kernel.Form} ({query[0]}, {query[1]}) bin {b}: {mu[b]} vs {refMu[b]} (bound {tolMu[b]:E2})");
            }
        }
    }

    [Fact] // bit-identical: PredictMany on 1 and 2 threads equals Predict point by point (reused neighbour sets included)
    public void PredictMany_IsDeterministicAndEqualsPredict()
    {
        var toy = new ToyModel();
        var events = toy.JointSample(20_000, new System.Random(5));
        var reweighter = new KernelReweighter(events, Epanechnikov(0.05));
        int masses = 7, couplings = 23, m = masses * couplings;
        var thetas = new double[2 * m];
        var scales = new double[m];
        var ctaus = new double[m];
        for (int a = 0; a < masses; a++)
            for (int c = 0; c < couplings; c++)
            {
                int p = a * couplings + c;
                thetas[2 * p] = 0.15 + 0.1 * a;
                thetas[2 * p + 1] = 0.5;
                scales[p] = Math.Pow(10, -2 + 0.2 * c);
                ctaus[p] = toy.ProperDecayLengthCm(thetas[2 * p]) / scales[p];
            }
        var one = new double[m * 2];
        var oneW2 = new double[m * 2];
        var two = new double[m * 2];
        var twoW2 = new double[m * 2];
        reweighter.PredictMany(thetas, scales, ctaus, one, oneW2, maxDegreeOfParallelism: 1);
        reweighter.PredictMany(thetas, scales, ctaus, two, twoW2, maxDegreeOfParallelism: 2);
        Assert.Equal(one, two);
        Assert.Equal(oneW2, twoW2);
        var single = new double[2];
        var singleW2 = new double[2];
        for (int p = 0; p < m; p++)
        {
            reweighter.Predict(thetas.AsSpan(2 * p, 2), scales[p], ctaus[p], single, singleW2);
            Assert.Equal(one.AsSpan(2 * p, 2).ToArray(), single);
            Assert.Equal(oneW2.AsSpan(2 * p, 2).ToArray(), singleW2);
        }
        Assert.Contains(one, x => x > 0);
    }

    [Fact] // closure: at four points the reweighted prediction per bin agrees with a dedicated simulation at that point
           // within 4 combined standard deviations √(Σw²_reweighted + Σw²_dedicated) (fixed seeds; the bandwidth bias of
           // this toy at h = 0.03 decades is below 0.5%, far inside the 1–16% statistical errors)
    public void ReweightedPrediction_AgreesWithDedicatedSimulation()
    {
        var toy = new ToyModel();
        var events = toy.JointSample(1_000_000, new System.Random(11));
        var reweighter = new KernelReweighter(events, Epanechnikov(0.03));
        var report = new List<string>();
        foreach (var (m1, m2, scale) in new[] { (0.2, 0.3, 1.0), (0.35, 0.6, 0.3), (0.5, 0.5, 2.0), (0.8, 0.8, 1.0) })
        {
            double ctau = toy.ProperDecayLengthCm(m1) / scale;   // lifetime ∝ 1/coupling, as |V_N|² does
            var mu = new double[2];
            var w2 = new double[2];
            reweighter.Predict([m1, m2], scale, ctau, mu, w2);
            var (direct, directW2) = toy.Dedicated(m1, m2, scale, ctau, 200_000, new System.Random(13));
            for (int b = 0; b < 2; b++)
            {
                double sigma = Math.Sqrt(w2[b] + directW2[b]);
                Assert.True(mu[b] > 0 && direct[b] > 0);
                report.Add($"({m1}, {m2}) bin {b}: reweighted {mu[b]:G5} ± {Math.Sqrt(w2[b]):G3}, dedicated {direct[b]:G5} ± {Math.Sqrt(directW2[b]):G3}, pull {(mu[b] - direct[b]) / sigma:F2}");
                Assert.True(sigma < 0.2 * direct[b], "statistics too poor to test: " + report[^1]);
                Assert.True(Math.Abs(mu[b] - direct[b]) < 4 * sigma, string.Join("\n", report));
            }
        }
        Console.WriteLine(string.Join("\n", report));
    }

    [Fact] // exact: the prediction is linear in the coupling ratio and its Σw² quadratic (1e-13 relative)
    public void Prediction_ScalesWithCouplingRatio()
    {
        var toy = new ToyModel();
        var reweighter = new KernelReweighter(toy.JointSample(5000, new System.Random(3)), Epanechnikov(0.1));
        var mu1 = new double[2]; var w1 = new double[2]; var mu3 = new double[2]; var w3 = new double[2];
        reweighter.Predict([0.3, 0.4], 1, 200, mu1, w1);
        reweighter.Predict([0.3, 0.4], 3, 200, mu3, w3);
        for (int b = 0; b < 2; b++)
        {
            Assert.Equal(3 * mu1[b], mu3[b], 1e-13 * mu3[b]);
            Assert.Equal(9 * w1[b], w3[b], 1e-13 * w3[b]);
        }
    }

    [Fact] // limits of the lifetime weight: a stable N never decays in the volume; a very short-lived one decays before it
    public void Prediction_VanishesForStableAndPromptHnl()
    {
        var toy = new ToyModel();
        var reweighter = new KernelReweighter(toy.JointSample(5000, new System.Random(3)), Epanechnikov(0.1));
        var mu = new double[2];
        reweighter.Predict([0.3, 0.4], 1, double.PositiveInfinity, mu, []);
        Assert.Equal([0.0, 0.0], mu);
        reweighter.Predict([0.3, 0.4], 1, 1e-6, mu, []);
        Assert.Equal([0.0, 0.0], mu);
    }

    [Fact] // a query far outside the sampled region finds no events and predicts exactly zero
    public void Prediction_IsZeroOutsideSampledRegion()
    {
        var toy = new ToyModel();
        var reweighter = new KernelReweighter(toy.JointSample(2000, new System.Random(3)), Epanechnikov(0.1));
        var mu = new double[2];
        reweighter.Predict([5.0, 0.4], 1, 100, mu, []);
        Assert.Equal([0.0, 0.0], mu);
        using var neighbours = reweighter.Neighbours([5.0, 0.4]);
        Assert.Equal(0, neighbours.Count);
    }

    [Fact] // exact: a sample assembled from parts with AddRange predicts the same as the parts added event by event
    public void AddRange_EqualsAddingEventByEvent()
    {
        var toy = new ToyModel();
        var a = toy.JointSample(3000, new System.Random(21));
        var b = toy.JointSample(2000, new System.Random(22));
        var combined = new ReweightingEvents(2, 2);
        combined.AddRange(a);
        combined.AddRange(b);
        var direct = toy.JointSample(3000, new System.Random(21));
        var again = toy.JointSample(2000, new System.Random(22));
        var mu1 = new double[2]; var mu2 = new double[2]; var muA = new double[2]; var muB = new double[2];
        new KernelReweighter(combined, Epanechnikov(0.1)).Predict([0.3, 0.4], 1, 300, mu1, []);
        new KernelReweighter(direct, Epanechnikov(0.1)).Predict([0.3, 0.4], 1, 300, muA, []);
        new KernelReweighter(again, Epanechnikov(0.1)).Predict([0.3, 0.4], 1, 300, muB, []);
        Assert.Equal(5000, combined.Count);
        var bound = FloatBound(combined, Epanechnikov(0.1), [0.3, 0.4], 1, 300).Mu;   // three float indices, each within it
        for (int k = 0; k < 2; k++) Assert.Equal(muA[k] + muB[k], mu1[k], 2 * bound[k]);
        combined.PredictAtSampledPoint(1, 300, mu2, []);
        var partA = new double[2];
        var partB = new double[2];
        direct.PredictAtSampledPoint(1, 300, partA, []);
        again.PredictAtSampledPoint(1, 300, partB, []);
        for (int k = 0; k < 2; k++) Assert.Equal(partA[k] + partB[k], mu2[k], 1e-12 * mu2[k]);
        Assert.True(mu2[0] > 0);
    }

    [Fact] // Σ_j ε_j [e^{−a_j/λ} − e^{−b_j/λ}] is linear in the crossings: events with per-crossing efficiencies must predict
           // exactly what the same crossings give as separate events of weight w·ε_j with ε = 1, through the kernel
           // reweighter (which reorders the events), the fixed-point prediction and AddRange (relative 1e-12: summation order)
    public void PerCrossingEfficiencies_WeightEachCrossingsDecayProbability()
    {
        var withEfficiency = new ReweightingEvents(2, 2);
        var split = new ReweightingEvents(2, 2);
        var random = new System.Random(3);
        for (int i = 0; i < 200; i++)
        {
            double[] theta = [0.1 * (1 + 0.01 * random.NextDouble()), 1.0 * (1 + 0.01 * random.NextDouble())];
            double w = random.NextDouble(), bg = 1 + 10 * random.NextDouble(), a = 500 * random.NextDouble();
            RaySegment[] crossings = [new(a, a + 100), new(a + 150, a + 300)];
            float[] efficiencies = [(float)random.NextDouble(), i % 3 == 0 ? 0f : (float)random.NextDouble()];
            withEfficiency.Add(theta, w, 1, i % 2, bg, crossings, efficiencies);
            for (int j = 0; j < 2; j++) split.Add(theta, w * efficiencies[j], 1, i % 2, bg, crossings.AsSpan(j, 1));
        }
        var appended = new ReweightingEvents(2, 2);
        appended.AddRange(withEfficiency);
        double[] a1 = new double[2], a2 = new double[2], a3 = new double[2], k1 = new double[2], k2 = new double[2];
        var kernelWithEfficiency = new KernelReweighter(withEfficiency, Epanechnikov(0.01));
        var kernelSplit = new KernelReweighter(split, Epanechnikov(0.01));
        foreach (double ctau in new[] { 10.0, 300, 1e4 })
        {
            withEfficiency.PredictAtSampledPoint(2, ctau, a1, []);
            split.PredictAtSampledPoint(2, ctau, a2, []);
            appended.PredictAtSampledPoint(2, ctau, a3, []);
            kernelWithEfficiency.Predict([0.1005, 1.005], 2, ctau, k1, []);
            kernelSplit.Predict([0.1005, 1.005], 2, ctau, k2, []);
            Assert.True(a2[0] > 0 && a2[1] > 0 && k2[0] > 0 && k2[1] > 0);
            var bound1 = FloatBound(withEfficiency, kernelWithEfficiency.Kernel, [0.1005, 1.005], 2, ctau).Mu;
            var bound2 = FloatBound(split, kernelSplit.Kernel, [0.1005, 1.005], 2, ctau).Mu;
            for (int b = 0; b < 2; b++)
            {
                Assert.Equal(a2[b], a1[b], Math.Abs(a2[b]) * 1e-12);
                Assert.Equal(a2[b], a3[b], Math.Abs(a2[b]) * 1e-12);
                Assert.Equal(k2[b], k1[b], bound1[b] + bound2[b]);   // both through the float index
            }
        }
        Assert.Equal("efficiencies", Assert.Throws<ArgumentException>(() => split.Add([0.1, 1], 1, 1, 0, 1, [new(0, 1)], [0.5f, 0.5f])).ParamName);
        Assert.Equal("efficiencies", Assert.Throws<ArgumentOutOfRangeException>(() => split.Add([0.1, 1], 1, 1, 0, 1, [new(0, 1)], [1.5f])).ParamName);
    }

    [Fact]
    public void InvalidInput_IsRejectedWithParameterName()
    {
        var events = new ReweightingEvents(2, 2);
        Assert.Equal("theta", Assert.Throws<ArgumentOutOfRangeException>(() => events.Add([0.1, -1], 1, 1, 0, 1, [])).ParamName);
        Assert.Equal("weight", Assert.Throws<ArgumentOutOfRangeException>(() => events.Add([0.1, 1], double.NaN, 1, 0, 1, [])).ParamName);
        Assert.Equal("bin", Assert.Throws<ArgumentOutOfRangeException>(() => events.Add([0.1, 1], 1, 1, 2, 1, [])).ParamName);
        Assert.Equal("betaGamma", Assert.Throws<ArgumentOutOfRangeException>(() => events.Add([0.1, 1], 1, 1, 0, 0, [])).ParamName);
        Assert.Throws<ArgumentException>(() => new KernelReweighter(events, Epanechnikov(0.1)));
        events.Add([0.1, 1], 1, 1, 0, 1, []);
        var reweighter = new KernelReweighter(events, Epanechnikov(0.1));
        Assert.Equal("properDecayLengthCm", Assert.Throws<ArgumentOutOfRangeException>(() => reweighter.Predict([0.1, 1], 1, 0, new double[2], [])).ParamName);
        Assert.Equal("couplingScale", Assert.Throws<ArgumentOutOfRangeException>(() => reweighter.Predict([0.1, 1], -1, 1, new double[2], [])).ParamName);
        Assert.Equal("expected", Assert.Throws<ArgumentException>(() => reweighter.Predict([0.1, 1], 1, 1, new double[3], [])).ParamName);
    }

    /// <summary>
    /// The stated float bound of the index (KernelReweighter remarks) summed per bin: for each event near the support,
    /// 2⁻²⁴ (64 + 2 κ a_max) · N J w/q · s · Σ_j [e^{−κa_j} − e^{−κb_j}] + 2⁻¹²⁶ N J w/q s Σ_j ε_j (N J the kernel's
    /// peak at the event), plus, at the Gaussian's truncation edge (±10⁻⁵ h), the event's whole weight; and the implied
    /// bound on Σw², δ(2w + δ).
    /// </summary>
    private static (double[] Mu, double[] W2) FloatBound(ReweightingEvents events, Kernel kernel, double[] query, double s, double ctau)
    {
        var mu = new double[events.BinCount];
        var w2 = new double[events.BinCount];
        double kappa = 1 / ctau, radius = kernel.Shape == KernelShape.Epanechnikov ? 1 : 5;
        int d = events.ParameterCount;
        for (int i = 0; i < events.Count; i++)
        {
            var theta = events.Theta.Slice(i * d, d).ToArray();
            bool near = true, edge = false;
            for (int k = 0; k < d; k++)
            {
                double distance = Math.Abs(ParameterDistance.Signed(query[k], theta[k], kernel.Scale(k))), reach = radius * kernel.Bandwidth(k);
                near &= distance <= reach * (1 + 1e-5);
                edge |= Math.Abs(distance - reach) <= 1e-5 * reach;
            }
            if (!near) continue;
            double qTheta = events.Measure == PriorMeasure.LogParameters ? events.Prior[i] / theta.Aggregate(1.0, (x, y) => x * y) : events.Prior[i];
            double peak = events.Weight[i] * kernel.Weight(theta, theta) / qTheta * s;
            double p = 0, efficiency = 0, aMax = 0;
            for (int j = events.Offset[i]; j < events.Offset[i + 1]; j++)
            {
                p += events.Efficiency[j] * (Math.Exp(-kappa * events.ProperEntry[j]) - Math.Exp(-kappa * events.ProperExit[j]));
                efficiency += events.Efficiency[j];
                aMax = Math.Max(aMax, events.ProperEntry[j]);
            }
            double weight = peak * p;
            double delta = Math.Pow(2, -24) * (64 + 2 * kappa * aMax) * weight + Math.Pow(2, -126) * peak * efficiency
                + (edge && kernel.Shape == KernelShape.Gaussian ? peak * efficiency : 0);
            mu[events.Bin[i]] += delta;
            w2[events.Bin[i]] += delta * (2 * weight + delta);
        }
        return (mu, w2);
    }

    /// <summary>
    /// A toy model with the structure of the real one: rate N(θ) = 50 m2/m1 (m = (m1, m2) in GeV), N momentum
    /// p = 0.3 + Exp(mean 2 m1) GeV (kinematics change with m1), βγ = p/m1, c τ₀(m1) = 300 cm (0.3/m1)³; the line of
    /// flight crosses a 150 cm fiducial volume starting uniformly 0–400 cm away, and half the events a second 50 cm
    /// volume 50 cm further; bin 0 for p &lt; 0.8 GeV, else bin 1.
    /// </summary>
    private sealed class ToyModel
    {
        private const double Low = 0.1, High = 1.0;

        public double Rate(double m1, double m2) => 50 * m2 / m1;

        public double ProperDecayLengthCm(double m1) => 300 * Math.Pow(0.3 / m1, 3);

        /// <summary>Prior in ln θ, q = m2²/m1: θ drawn from q (normalised by Z over the box), weight Z N/n.</summary>
        public ReweightingEvents JointSample(int n, System.Random random)
        {
            double z = (1 / Low - 1 / High) * (High * High - Low * Low) / 2;
            var events = new ReweightingEvents(2, 2, PriorMeasure.LogParameters, n);
            Span<RaySegment> segments = stackalloc RaySegment[2];
            for (int i = 0; i < n; i++)
            {
                double m1 = 1 / (1 / Low - random.NextDouble() * (1 / Low - 1 / High));
                double m2 = Math.Sqrt(Low * Low + random.NextDouble() * (High * High - Low * Low));
                int count = Kinematics(m1, random, segments, out double p);
                events.Add([m1, m2], z * Rate(m1, m2) / n, m2 * m2 / m1, p < 0.8 ? 0 : 1, p / m1, segments[..count]);
            }
            return events;
        }

        /// <summary>A dedicated simulation at one point: per-bin expected events and Σw².</summary>
        public (double[] Mu, double[] W2) Dedicated(double m1, double m2, double scale, double ctau, int n, System.Random random)
        {
            var mu = new double[2];
            var w2 = new double[2];
            Span<RaySegment> segments = stackalloc RaySegment[2];
            for (int i = 0; i < n; i++)
            {
                int count = Kinematics(m1, random, segments, out double p);
                double w = scale * Rate(m1, m2) / n * DecayInVolume.Probability(segments[..count], p / m1 * ctau);
                int b = p < 0.8 ? 0 : 1;
                mu[b] += w;
                w2[b] += w * w;
            }
            return (mu, w2);
        }

        private static int Kinematics(double m1, System.Random random, Span<RaySegment> segments, out double p)
        {
            p = 0.3 - 2 * m1 * Math.Log(1 - random.NextDouble());
            double a = 400 * random.NextDouble();
            segments[0] = new RaySegment(a, a + 150);
            if (random.Next(2) == 0) return 1;
            segments[1] = new RaySegment(a + 200, a + 250);
            return 2;
        }
    }
}
