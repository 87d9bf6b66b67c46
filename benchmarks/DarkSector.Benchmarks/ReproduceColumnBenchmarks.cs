using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DarkSector.Experiments.T2K;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Benchmarks;

/// <summary>One mass column of `reproduce` (issue 23: ≤ 5 s wall for the default figure's 20 columns): the ND280 heavy
/// plane's reference simulation at m_N = 0.1 GeV, 30,000 events, with DarkSector's assumptions and then the
/// as-published variant (coherent only, no upstream rock), each invocation from an empty warm-up cache. Before: every
/// run adapts VEGAS with the fixed 60,000 evaluations (<see cref="SimulationOptions.ScaleAdaptation"/> false, the
/// variant still shares the figure's adaptation); after: adaptation scaled to the events. The setup prints each case's
/// relative MC error on `selected` (machine-independent), so error² × time compares the two.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ReproduceColumnBenchmarks
{
    private readonly ND280Experiment _experiment = new();
    private DarkPhotonSignal _signal = null!;
    private SimulationOptions _figure = null!, _variant = null!;

    /// <summary>Whether VEGAS's adaptation is scaled to the events a run draws.</summary>
    [Params(false, true)]
    public bool ScaleAdaptation { get; set; }

    /// <summary>Builds the signal and the two simulations' options; prints the relative MC errors.</summary>
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
        _figure = new SimulationOptions { Events = 30_000, Seed = 1, ScaleAdaptation = ScaleAdaptation };
        _variant = _figure with { Processes = UpscatteringProcessKinds.Coherent, Volumes = new VolumeSelection { Exclude = ["upstream-rock"] } };
        var (a, b) = Column();
        Console.WriteLine($"// relative MC error, ScaleAdaptation = {ScaleAdaptation}: variant {b.McError / b.Selected:P2}, figure {a.McError / a.Selected:P2}");
    }

    /// <summary>The as-published variant, then the figure, from an empty warm-up cache (as `reproduce` runs them).</summary>
    [Benchmark]
    public double ReferenceColumn() => Column().Figure.Selected;

    private (SimulationResult Figure, SimulationResult Variant) Column()
    {
        DetectorSimulation.ClearSharedWarmups();
        var analysis = _experiment.Analyses[0];
        var variant = DetectorSimulation.Run(_experiment, analysis, analysis.Exposures, _signal, _variant);
        var figure = DetectorSimulation.Run(_experiment, analysis, analysis.Exposures, _signal, _figure);
        return (figure, variant);
    }
}
