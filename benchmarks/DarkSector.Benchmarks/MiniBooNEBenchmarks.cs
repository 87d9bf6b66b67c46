using BenchmarkDotNet.Attributes;
using DarkSector.Experiments.MiniBooNE;
using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Randomness;

namespace DarkSector.Benchmarks;

/// <summary>MiniBooNE hot paths: the collaboration's E_QE χ² (30 × 30 fractional covariance scaled by the prediction,
/// collapsed to 19 × 19, Cholesky), the combined ν + ν̄ χ² (60 × 60 collapsed to 38 × 38) and the single-shower
/// selection (smear, efficiency, E_QE) of one event.</summary>
[MemoryDiagnoser]
public class MiniBooNEBenchmarks
{
    private readonly AnalysisDefinition _eqe = new MiniBooNEExperiment().Analyses.Single(a => a.Id == "eqe");
    private readonly double[] _signal = [150, 130, 135, 108, 160, 123, 107, 79, 44, 32, 21];
    private readonly double[] _zeros = new double[11];
    private readonly AnalysisDefinition _combined = new MiniBooNEExperiment().Analyses.Single(a => a.Id == "eqe-combined");
    private readonly double[] _combinedSignal = [150, 130, 135, 108, 160, 123, 107, 79, 44, 32, 21, 30, 20, 10, 10, 12, 8, 5, 0, 1, 3, 0];
    private readonly double[] _combinedZeros = new double[22];
    private readonly VisibleEvent _pair = new(new FourMomentum(0.30, 0.01, 0.0, 0.2998), new FourMomentum(0.20, 0.015, 0.005, 0.1994),
        new ThreeVector(10, 20, 30), new FourMomentum(0.6, 0, 0, 0.59));

    [Benchmark]
    public double EqeChiSquare() => _eqe.Likelihood.MinusTwoLnL(_eqe.Data.Observed, _signal, _zeros, _eqe.Data.Background);

    [Benchmark]
    public double CombinedEqeChiSquare() =>
        _combined.Likelihood.MinusTwoLnL(_combined.Data.Observed, _combinedSignal, _combinedZeros, _combined.Data.Background);

    [Benchmark]
    public double SingleShowerSelection()
    {
        var random = RandomStream.Create(1, 0);
        var reco = _eqe.Selection.Smear(_pair, ref random);
        return _eqe.Selection.Efficiency(reco) * _eqe.Selection.Observable(reco);
    }
}
