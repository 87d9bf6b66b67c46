using DarkSector.Sampling.IO;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Reweighting.Kernels;

namespace DarkSector.Cli.Tests.Commands.Scan;

/// <summary>The float index on a real joint sample (t2k-nd280 tpc-ee, 6 mass points, per-crossing efficiencies) against
/// the double-precision brute-force sum the index replaced, within the index's stated float bound.</summary>
public sealed class KernelReweighterRealSampleTests(JointSampleFixture fixture) : IClassFixture<JointSampleFixture>
{
    [Fact] // per bin |μ − μ_double| ≤ Σ_i 2⁻²⁴ (64 + 2 κ a_max,i) w_i^peak P_i + 2⁻¹²⁶ w_i^peak Σε (KernelReweighter remarks)
    public void Predictions_EqualDoubleBruteForce_WithinTheStatedFloatBound()
    {
        var events = JointSampleFile.Read(fixture.File).Events;
        int d = events.ParameterCount, bins = events.BinCount;
        var random = new Random(17);
        int compared = 0;
        foreach (double h in new[] { 0.05, 0.3 })
        {
            var kernel = new Kernel(KernelShape.Epanechnikov, KernelForm.Product, [h, h], [DistanceScale.Log10, DistanceScale.Log10]);
            var reweighter = new KernelReweighter(events, kernel);
            for (int trial = 0; trial < 40; trial++)
            {
                int near0 = random.Next(events.Count);   // near a mass point of the sample, so that the kernel finds events
                double[] query = [events.Theta[near0 * d] * Math.Pow(10, h * (random.NextDouble() - 0.5)),
                    events.Theta[near0 * d + 1] * Math.Pow(10, h * (random.NextDouble() - 0.5))];
                double ctau = Math.Pow(10, -1 + 6 * random.NextDouble()), kappa = 1 / ctau;
                var mu = new double[bins];
                var w2 = new double[bins];
                reweighter.Predict(query, 1, ctau, mu, w2);
                var reference = new double[bins];
                var referenceW2 = new double[bins];
                var bound = new double[bins];
                for (int i = 0; i < events.Count; i++)
                {
                    var theta = events.Theta.Slice(i * d, d).ToArray();
                    double peak = events.Weight[i] * kernel.Weight(theta, theta) / (events.Prior[i] / (theta[0] * theta[1]));
                    double k = kernel.Weight(query, theta) / kernel.Weight(theta, theta);
                    bool near = Enumerable.Range(0, d).All(a => Math.Abs(Math.Log10(query[a] / theta[a])) <= h * (1 + 1e-5));
                    double p = 0, efficiency = 0, aMax = 0;
                    for (int j = events.Offset[i]; j < events.Offset[i + 1]; j++)
                    {
                        p += events.Efficiency[j] * (Math.Exp(-kappa * events.ProperEntry[j]) - Math.Exp(-kappa * events.ProperExit[j]));
                        efficiency += events.Efficiency[j];
                        aMax = Math.Max(aMax, events.ProperEntry[j]);
                    }
                    double w = peak * k * p;
                    int b = events.Bin[i];
                    reference[b] += w;
                    referenceW2[b] += w * w;
                    if (near) bound[b] += Math.Pow(2, -24) * (64 + 2 * kappa * aMax) * peak * p + Math.Pow(2, -126) * peak * efficiency;
                }
                for (int b = 0; b < bins; b++)
                {
                    Assert.True(Math.Abs(mu[b] - reference[b]) <= bound[b],
                        $"h {h} θ̄ ({query[0]}, {query[1]}) cτ {ctau} bin {b}: {mu[b]} vs {reference[b]}, bound {bound[b]:E2}");
                    if (reference[b] > 0) compared++;
                }
            }
        }
        Assert.True(compared >= 60, $"only {compared} non-empty bins compared");
    }
}
