using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DarkSector.Experiments.MicroBooNE;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Benchmarks;

/// <summary>MicroBooNE's e⁺e⁻ search: the rate of <c>darksector rate microboone dark-photon</c> at the collaboration's
/// example point (m_4 = 106 MeV, m_Z' = 30 MeV, |U_μ4|² = 2e-10, ε = 8e-4, g_D = 2; BNB ν_μ and ν̄_μ in argon and the
/// upstream soil, coherent only) and the dual scenario (N_5 → N_4 e⁺e⁻, Δ = 1) at the same couplings.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class MicroBooNEBenchmarks
{
    private const double AlphaD = 4 / (4 * Math.PI);   // g_D = 2

    private readonly MicroBooNEExperiment _experiment = new();
    private readonly DarkPhotonSignal _single = new(DarkPhotonModel.SingleHnl(0.106, 0.03, 8e-4, AlphaD, 2e-10, 2e-10));
    private readonly DarkPhotonSignal _dual = new(DarkPhotonModel.TwoHnls(0.106, 0.212, 0.03, 8e-4, AlphaD, Math.Sqrt(2e-10), Math.Sqrt(2e-10), 1), 1, 0);

    /// <summary>Generated events (total over the four generator runs: ν_μ, ν̄_μ × argon, soil).</summary>
    [Params(100_000)]
    public int Events { get; set; }

    private AnalysisDefinition Topologies => _experiment.Analyses[0];

    [Benchmark]
    public double ExamplePointRate() =>
        DetectorSimulation.Run(_experiment, Topologies, Topologies.Exposures, _single, new SimulationOptions { Events = Events, Seed = 1 }).Selected;

    [Benchmark]
    public double DualRate() =>
        DetectorSimulation.Run(_experiment, Topologies, Topologies.Exposures, _dual, new SimulationOptions { Events = Events, Seed = 1 }).Selected;
}
