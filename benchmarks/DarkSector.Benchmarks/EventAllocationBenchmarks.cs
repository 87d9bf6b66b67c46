using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DarkSector.Experiments.T2K;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Benchmarks;

/// <summary>The ND280 heavy-benchmark precision target (≤ 1% relative MC error on `selected` in ≤ 10 s CPU): the rate
/// at m_N = 0.1, m_Z' = 1.25 GeV, |V_μN|² = 2.2e-7, α_D = 0.4, ε² = 4.6e-4, |V_N|² = 1 (c τ₀ = 0.54 cm) with equal
/// events per generator run (before) and <see cref="EventAllocation.ByVariance"/> (after), in the same run. The
/// relative MC error of each case (machine-independent) is printed by the setup ("relative MC error ..."); error × √time
/// follows from it and BenchmarkDotNet's time.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 2)]
public class EventAllocationBenchmarks
{
    private readonly ND280Experiment _experiment = new();
    private DarkPhotonSignal _signal = null!;
    private SimulationOptions _options = null!;

    /// <summary>Sharing of the events among runs and volumes.</summary>
    [Params(EventAllocation.Equal, EventAllocation.ByVariance)]
    public EventAllocation Allocation { get; set; }

    /// <summary>Generated events (total over the generator runs).</summary>
    [Params(1_000_000)]
    public int Events { get; set; }

    /// <summary>Builds the signal and runs once to print the relative MC error of this case.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _signal = new DarkPhotonSignal(new DarkPhotonModel
        {
            Hnls = [new HeavyNeutralLepton { MassGeV = 0.1, VertexMu2 = 2.2e-7, DecayVertex2 = 1 }],
            ZPrimeMassGeV = 1.25,
            Epsilon = Math.Sqrt(4.6e-4),
            AlphaDark = 0.4,
        });
        _options = new SimulationOptions { Events = Events, Seed = 1, Allocation = Allocation };
        var analysis = _experiment.Analyses[0];
        var r = DetectorSimulation.Run(_experiment, analysis, analysis.Exposures, _signal, _options);
        Console.WriteLine($"// relative MC error {Allocation}, {Events} events: selected {r.Selected:G4} +- {r.McError:G3} ({r.McError / r.Selected:P2})");
    }

    /// <summary>One simulation of both beam modes.</summary>
    [Benchmark]
    public double Selected()
    {
        var analysis = _experiment.Analyses[0];
        return DetectorSimulation.Run(_experiment, analysis, analysis.Exposures, _signal, _options).Selected;
    }
}
