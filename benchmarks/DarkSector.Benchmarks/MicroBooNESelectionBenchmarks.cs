using BenchmarkDotNet.Attributes;
using DarkSector.Experiments.MicroBooNE;
using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Experiments;

namespace DarkSector.Benchmarks;

/// <summary>Per-event and per-evaluation MicroBooNE hot paths (default job): the pair selection and the CNP χ².</summary>
[MemoryDiagnoser]
public class MicroBooNESelectionBenchmarks
{
    private readonly AnalysisDefinition _topologies = new MicroBooNEExperiment().Analyses[0];
    private readonly double[] _signal = [33.3, 16.1, 21.2];
    private readonly double[] _zeros = new double[3];
    private readonly VisibleEvent _pair = new(new FourMomentum(0.30, 0.01, 0.0, 0.2998), new FourMomentum(0.20, 0.035, 0.005, 0.1969),
        new ThreeVector(10, 20, 30), new FourMomentum(0.6, 0, 0, 0.59));

    [Benchmark]
    public double PairSelection() => _topologies.Selection.Efficiency(_pair) + _topologies.Selection.Observable(_pair);

    [Benchmark]
    public double TopologyChiSquare() => _topologies.Likelihood.MinusTwoLnL(_topologies.Data.Observed, _signal, _zeros, _topologies.Data.Background);
}
