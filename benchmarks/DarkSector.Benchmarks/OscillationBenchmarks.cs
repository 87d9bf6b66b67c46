using BenchmarkDotNet.Attributes;
using DarkSector.Experiments.MiniBooNE;
using DarkSector.Physics.Oscillations;
using DarkSector.Sampling.Oscillations;

namespace DarkSector.Benchmarks;

/// <summary>One MiniBooNE 3+1 oscillated prediction over every ntuple event and bin (targets.md: &lt; 1 ms): neutrino
/// mode (17,204 lines), and the combined fit (neutrino + the combined antineutrino ntuple, 22 bins); vectorised and the
/// scalar Math.Sin reference. Zero allocations expected.</summary>
[MemoryDiagnoser]
public class OscillationBenchmarks
{
    private readonly AppearanceSample _fhc = new MiniBooNEExperiment().Analyses.Single(a => a.Id == "eqe").Appearance!.Value;
    private readonly AppearanceSample _combined = new MiniBooNEExperiment().Analyses.Single(a => a.Id == "eqe-combined").Appearance!.Value;
    private readonly ThreePlusOneParameters _point = new() { Dm2Ev2 = 0.5, Sin22ThetaMuE = 0.01 };
    private readonly double[] _bins11 = new double[11];
    private readonly double[] _bins22 = new double[22];

    [Benchmark]
    public double FhcPrediction()
    {
        _fhc.Predict(_point, _bins11);
        return _bins11[0];
    }

    [Benchmark]
    public double CombinedPrediction()
    {
        _combined.Predict(_point, _bins22);
        return _bins22[0];
    }

    [Benchmark]
    public double CombinedPredictionScalar()
    {
        _combined.PredictScalar(_point, _bins22);
        return _bins22[0];
    }
}
