using BenchmarkDotNet.Attributes;
using DarkSector.Physics.CrossSections;
using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Flux;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Benchmarks;

/// <summary>
/// Event generation throughput with a stand-in model (coherent-like dσ/dQ² ∝ exp(−Q²/Λ²) on ¹²C and an isotropic two-body
/// decay; the model families plug into the same interfaces), and the memory of a stored event sample.
/// </summary>
[MemoryDiagnoser]
public class EventGenerationBenchmarks
{
    private const int Events = 100_000;
    private EventGenerator _generator = null!;
    private EventRecord _record;

    /// <summary>Builds the generator.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var flux = new EnergySpectrum([0.0, 0.8, 3.0], [0.0, 2e-10, 0.0], "triangle");
        var model = new GenerationModel(
            [new UpscatteringProcess { CrossSection = new StandInCrossSection(), Target = new TargetInfo("C12", 1000060120, 11.1749), Helicity = -1 }],
            [new HnlDecayChannel { Sampler = new StandInDecay(), BranchingRatio = 1 }]);
        _generator = new EventGenerator(flux, model);
        _record = new EventRecord { Neutrino = new FourMomentum(1, 0, 0, 1), GeneratorWeight = 1e-42 };
    }

    /// <summary>Adaptation (5 × 1e4 warm-up, 5 × 1e5 production) plus 1e5 weighted events with full kinematics.</summary>
    [Benchmark(OperationsPerInvoke = Events)]
    public int GenerateWeightedEvents() => _generator.Generate(new GenerationOptions
    {
        Vegas = new VegasOptions { WarmupIterations = 5, WarmupEvaluations = 10_000, Iterations = 5, Evaluations = 100_000, Seed = 3 },
        Events = Events,
    }).Events.Count;

    /// <summary>Appending 1e5 events to a columnar sample with (m_N, m_Z'): allocated bytes / 1e5 = memory per event (with growth slack).</summary>
    [Benchmark(OperationsPerInvoke = Events)]
    public int FillSample()
    {
        var sample = new EventSample(new EventSampleMetadata { ParameterNames = ["m_N", "m_Zprime"] }, Events);
        ReadOnlySpan<double> theta = [0.42, 1.25];
        for (int i = 0; i < Events; i++) sample.Add(_record, theta);
        return sample.Count;
    }

    private sealed class StandInCrossSection : IUpscatteringCrossSection
    {
        public string Process => "stand-in";

        public UpscatteringKinematics Kinematics { get; } = new(11.1749, 0.42);

        public double DifferentialCm2PerGeV2(double energyGeV, double q2GeV2) => 1e-38 * Math.Exp(-q2GeV2 / 0.01);

        public double TotalCm2(double energyGeV) => throw new NotSupportedException();
    }

    private sealed class StandInDecay : IHnlDecaySampler
    {
        public DecayChannelInfo Channel { get; } = new("nu_gamma", [14, 22]);

        public int UniformCount => 2;

        public double Sample(ReadOnlySpan<double> uniforms, ThreeVector polarization, Span<FourMomentum> products)
        {
            var n = Directions.Isotropic(uniforms[0], uniforms[1]);
            products[0] = new FourMomentum(0.21, -0.21 * n.X, -0.21 * n.Y, -0.21 * n.Z);
            products[1] = new FourMomentum(0.21, 0.21 * n.X, 0.21 * n.Y, 0.21 * n.Z);
            return 1 + polarization.Dot(n);
        }
    }
}
