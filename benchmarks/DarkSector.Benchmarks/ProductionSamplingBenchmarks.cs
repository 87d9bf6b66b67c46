using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DarkSector.Experiments.T2K;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Benchmarks;

/// <summary>The MC-precision targets: the ND280 analysis-I rate at the heavy benchmark (m_N = 0.1, m_Z' = 1.25 GeV,
/// |V_muN|² = 2.2e-7, alpha_D = 0.4, eps² = 4.6e-4) with |V_N|² = 1 (c tau0 = 0.54 cm) and 1e-4 (54 m), plain vs
/// line-of-sight production points (<see cref="ProductionPointSampling"/>). The time per run is what BenchmarkDotNet
/// measures; the relative MC error of the same run (it does not depend on the machine) is printed once per case by the
/// setup ("relative MC error ..." in the log), so precision per CPU second follows from the two.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class ProductionSamplingBenchmarks
{
    private readonly ND280Experiment _experiment = new();
    private DarkPhotonSignal _signal = null!;
    private SimulationOptions _options = null!;

    /// <summary>|V_N|² of the decay vertex (sets the lifetime).</summary>
    [Params(1.0, 1e-4)]
    public double VN2 { get; set; }

    /// <summary>Production-point sampler.</summary>
    [Params("uniform", "line-of-sight")]
    public string Sampling { get; set; } = "uniform";

    /// <summary>Generated events (total over the generator runs).</summary>
    [Params(100_000)]
    public int Events { get; set; }

    /// <summary>Builds the signal and runs once to print the relative MC error of this case.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _signal = new DarkPhotonSignal(new DarkPhotonModel
        {
            Hnls = [new HeavyNeutralLepton { MassGeV = 0.1, VertexMu2 = 2.2e-7, DecayVertex2 = VN2 }],
            ZPrimeMassGeV = 1.25,
            Epsilon = Math.Sqrt(4.6e-4),
            AlphaDark = 0.4,
        });
        _options = new SimulationOptions
        {
            Events = Events,
            Seed = 1,
            ProductionSampling = Sampling == "uniform" ? ProductionPointSampling.Uniform : ProductionPointSampling.LineOfSight,
        };
        var analysis = _experiment.Analyses[0];
        var r = DetectorSimulation.Run(_experiment, analysis, analysis.Exposures, _signal, _options);
        Console.WriteLine($"// relative MC error |V_N|^2 = {VN2}, {Sampling}, {Events} events: selected {r.Selected:G4} +- {r.McError:G3} ({r.McError / r.Selected:P2})");
    }

    /// <summary>One simulation of both beam modes.</summary>
    [Benchmark]
    public double Selected()
    {
        var analysis = _experiment.Analyses[0];
        return DetectorSimulation.Run(_experiment, analysis, analysis.Exposures, _signal, _options).Selected;
    }
}
