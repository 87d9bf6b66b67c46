using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Flux;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Sampling.Tests.Generation;

public class EventGeneratorTests
{
    private const double MassC12 = 11.1749, MassProton = 0.93827, HnlMass = 0.3;
    internal static readonly EnergySpectrum Flux = new([0.0, 0.8, 3.0], [0.0, 2e-10, 0.0], "toy-triangle");

    internal static GenerationModel Model(double mass = HnlMass) => new(
        [
            new UpscatteringProcess { CrossSection = new ToyCrossSection(MassC12, mass, 1e-38, 0.01), Target = new TargetInfo("C12", 1000060120, MassC12), Helicity = -1 },
            new UpscatteringProcess { CrossSection = new ToyCrossSection(MassProton, mass, 2e-39, 0.5), Target = new TargetInfo("proton", 2212, MassProton), Multiplicity = 6, Helicity = 1 },
        ],
        [
            new HnlDecayChannel { Sampler = new ToyPhotonDecay(mass, 1.0), BranchingRatio = 0.7 },
            new HnlDecayChannel { Sampler = new ToyPhotonDecay(mass, -0.5, "nu_gamma_b"), BranchingRatio = 0.3 },
        ]);

    internal static GenerationOptions Options(ulong seed, int events = 20_000, int threads = -1) => new()
    {
        Vegas = new VegasOptions { Seed = seed, WarmupIterations = 6, WarmupEvaluations = 4000, Iterations = 4, Evaluations = 10_000, MaxDegreeOfParallelism = threads },
        Events = events,
        Model = "toy",
    };

    /// <summary>Independent reference: Σ_k n_k ∫ φ(E) σ_k(E) dE by adaptive quadrature, split at the flux nodes and thresholds.</summary>
    private static double ExactRate(GenerationModel model)
    {
        double total = 0;
        foreach (var p in model.Processes)
        {
            double threshold = p.CrossSection.Kinematics.ThresholdEnergyGeV;
            var cuts = new[] { 0.0, 0.8, 3.0, threshold }.Where(e => e >= threshold && e <= 3.0).Distinct().Order().ToArray();
            for (int i = 0; i + 1 < cuts.Length; i++)
                total += p.Multiplicity * MathNet.Numerics.Integrate.OnClosedInterval(e => Flux.Value(e) * p.CrossSection.TotalCm2(e), cuts[i], cuts[i + 1], 1e-60);
        }
        return total;
    }

    [Fact] // Σ w within 4σ of the quadrature value of Σ_k n_k ∫ φ σ_k dE × Σ BR (= 1); relative error below 1%
    public void SumOfWeights_EstimatesFluxTimesCrossSection()
    {
        var model = Model();
        var result = new EventGenerator(Flux, model).Generate(Options(3));
        double exact = ExactRate(model);
        double sum = result.Events.SumOfWeights();
        Assert.Equal(result.Integral, sum, 1e-12 * sum);
        Assert.True(Math.Abs(sum - exact) < 4 * result.IntegralError, $"{sum} ± {result.IntegralError} vs {exact}");
        Assert.True(result.IntegralError < 0.01 * exact);
        Assert.True(Math.Abs(result.Integration.Integral - exact) < 4 * result.Integration.Error);
        Assert.Equal(sum, result.Events.Metadata.Integral, 1e-12 * sum);
    }

    [Fact] // per event: ν + T(rest) = N + recoil and N = Σ products, to 1e-5 GeV (float storage); m_N from E,p to 1e-3 relative
    public void Events_ConserveFourMomentum()
    {
        var sample = new EventGenerator(Flux, Model()).Generate(Options(5, events: 3000)).Events;
        Assert.True(sample.Count > 2500);
        for (int i = 0; i < sample.Count; i++)
        {
            var e = sample[i];
            double targetMass = sample.Metadata.Targets[e.Target].MassGeV;
            var before = e.Neutrino + FourMomentum.AtRest(targetMass);
            var after = e.Hnl + e.Recoil;
            var decay = e.Product1 + e.Product2 + e.Product3;
            foreach (var (a, b) in new[] { (before, after), (e.Hnl, decay) })
            {
                Assert.True(Math.Abs(a.E - b.E) < 1e-5 * Math.Max(1, a.E), $"event {i}: E {a.E} vs {b.E}");
                Assert.True(Math.Abs(a.Px - b.Px) + Math.Abs(a.Py - b.Py) + Math.Abs(a.Pz - b.Pz) < 3e-5 * Math.Max(1, a.E), $"event {i}: p");
            }
            Assert.Equal(HnlMass, e.Hnl.Mass, 1e-3 * HnlMass);
            Assert.Equal(targetMass, e.Recoil.Mass, 1e-4 * targetMass);
        }
    }

    [Fact] // channel share of Σw = BR (0.7) within 4σ; branching column equals the channel's BR exactly; helicity per target
    public void WeightFactors_AreStoredSeparately()
    {
        var sample = new EventGenerator(Flux, Model()).Generate(Options(7, events: 10_000)).Events;
        double first = 0, all = 0, sumW2 = 0;
        for (int i = 0; i < sample.Count; i++)
        {
            double w = sample.TotalWeight(i);
            all += w;
            sumW2 += w * w;
            if (sample.Channels[i] == 0) first += w;
            Assert.Equal(sample.Channels[i] == 0 ? 0.7 : 0.3, sample.Weights(WeightFactor.BranchingRatio)[i]);
            Assert.Equal(sample.Targets[i] == 0 ? -1 : 1, sample.Helicities[i]);
            Assert.Equal(1.0, sample.Weights(WeightFactor.Selection)[i]);
        }
        Assert.True(Math.Abs(first / all - 0.7) < 4 * Math.Sqrt(sumW2) / all, $"share {first / all}");
    }

    [Fact] // dΓ/dcosθ* ∝ 1 + a h cosθ* (θ* of γ to the N direction in its rest frame): weighted ⟨cosθ*⟩ = a h/3 within 4σ
    public void DecayAngularDistribution_FollowsHelicity()
    {
        var model = new GenerationModel(
            [new UpscatteringProcess { CrossSection = new ToyCrossSection(MassC12, HnlMass, 1e-38, 0.01), Target = new TargetInfo("C12", 1000060120, MassC12), Helicity = -1 }],
            [new HnlDecayChannel { Sampler = new ToyPhotonDecay(HnlMass, 1.0), BranchingRatio = 1 }]);
        var sample = new EventGenerator(Flux, model).Generate(Options(9, events: 10_000)).Events;
        var pairs = new List<(double W, double Cos)>(); // a = +1, h = −1: expect ⟨cosθ*⟩ = −1/3
        for (int i = 0; i < sample.Count; i++)
        {
            var e = sample[i];
            var frame = RestFrame.Of(e.Hnl);
            pairs.Add((sample.TotalWeight(i), frame.ToRest(e.Product2).P3.CosAngleTo(e.Hnl.P3)));
        }
        double sw = pairs.Sum(p => p.W), mean = pairs.Sum(p => p.W * p.Cos) / sw;
        double error = Math.Sqrt(pairs.Sum(p => p.W * p.W * (p.Cos - mean) * (p.Cos - mean))) / sw; // ratio-estimator error
        Assert.True(Math.Abs(mean - (-1.0 / 3)) < 4 * error, $"<cos> = {mean} ± {error}");
        Assert.True(error < 0.03, $"error {error}, mean {mean}, n {pairs.Count}");
    }

    [Fact] // the same seed gives byte-identical .dsev output for 1 and 2 threads
    public void Generation_IsReproducibleAcrossThreadCounts()
    {
        byte[] Run(int threads)
        {
            var sample = new EventGenerator(Flux, Model()).Generate(Options(11, events: 3000, threads: threads)).Events;
            var stream = new MemoryStream();
            DsevFile.Write(sample, stream);
            return stream.ToArray();
        }
        Assert.Equal(Run(1), Run(2));
    }

    private sealed class MassFamily : IModelFamily
    {
        public IReadOnlyList<ParameterRange> Parameters { get; } = [new ParameterRange("m_N", 0.1, 0.5)];

        public double Prior(ReadOnlySpan<double> theta) => 1 / (theta[0] * theta[0]);

        public GenerationModel At(ReadOnlySpan<double> theta) => Model(theta[0]);
    }

    [Fact] // joint sampling: Σ w_i/q(θ_i) estimates ∫ d ln m_N N(m_N) (nested quadrature) within 4σ; θ stored within range
    public void JointSampling_WithPriorDividedOut_EstimatesRateIntegral()
    {
        var result = new EventGenerator(Flux, new MassFamily()).Generate(Options(13, events: 20_000));
        var sample = result.Events;
        Assert.Equal(["m_N"], sample.Metadata.ParameterNames);
        double sum = 0, sum2 = 0;
        for (int i = 0; i < sample.Count; i++)
        {
            double m = sample.Parameters(0)[i];
            Assert.InRange(m, 0.1, 0.5);
            Assert.Equal(m, sample[i].Hnl.Mass, 2e-3 * m);
            double v = sample.TotalWeight(i) * m * m;
            sum += v;
            sum2 += v * v;
        }
        double exact = MathNet.Numerics.Integrate.OnClosedInterval(lnM => ExactRate(Model(Math.Exp(lnM))), Math.Log(0.1), Math.Log(0.5), 1e-50);
        double error = Math.Sqrt(sum2); // conservative for weights that sum to a Monte Carlo estimate
        Assert.True(Math.Abs(sum - exact) < 4 * error, $"{sum} ± {error} vs {exact}");
        Assert.True(error < 0.05 * exact, $"relative error {error / exact}");
    }

    [Fact] // efficiency = ⟨W⟩/W_max; kept count within 5σ (binomial) of N·eff; all kept totals equal W_max; Σ kept within 5σ of Σ W
    public void Unweighting_KeepsEventsWithProbabilityProportionalToWeight()
    {
        var weighted = new EventGenerator(Flux, Model()).Generate(Options(17, events: 20_000)).Events;
        var result = Unweighter.Unweight(weighted, 99);
        int n = weighted.Count, kept = result.Events.Count;
        double eff = result.Efficiency;
        Assert.InRange(eff, 1e-6, 1.0);
        Assert.True(Math.Abs(kept - n * eff) < 5 * Math.Sqrt(n * eff * (1 - eff)) + 1, $"kept {kept}, expected {n * eff}");
        for (int i = 0; i < kept; i++) Assert.Equal(result.MaxWeight, result.Events.TotalWeight(i), 1e-12 * result.MaxWeight);
        double total = weighted.SumOfWeights();
        Assert.True(Math.Abs(result.Events.SumOfWeights() - total) < 5 * Math.Sqrt(kept + 1.0) * result.MaxWeight);
    }
}
