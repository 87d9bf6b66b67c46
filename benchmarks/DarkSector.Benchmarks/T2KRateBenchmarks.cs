using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DarkSector.Experiments.T2K;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Benchmarks;

/// <summary>The T2K ND280 analysis-I rate (what <c>darksector rate t2k-nd280 dark-photon</c> computes) at the heavy
/// benchmark (m_N = 0.1, m_Z' = 1.25 GeV, |V_muN|² = 2.2e-7, alpha_D = 0.4, eps² = 4.6e-4, |V_N|² = 1), FHC + RHC.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class T2KRateBenchmarks
{
    private readonly ND280Experiment _experiment = new();
    private readonly DarkPhotonSignal _signal = new(new DarkPhotonModel
    {
        Hnls = [new HeavyNeutralLepton { MassGeV = 0.1, VertexMu2 = 2.2e-7, DecayVertex2 = 1 }],
        ZPrimeMassGeV = 1.25,
        Epsilon = Math.Sqrt(4.6e-4),
        AlphaDark = 0.4,
    });

    /// <summary>Generated events (total over the generator runs).</summary>
    [Params(100_000, 1_000_000)]
    public int Events { get; set; }

    [Benchmark]
    public double HeavyBenchmarkRate()
    {
        var analysis = _experiment.Analyses[0];
        return DetectorSimulation.Run(_experiment, analysis, analysis.Exposures, _signal, new SimulationOptions { Events = Events, Seed = 1 }).Selected;
    }
}
