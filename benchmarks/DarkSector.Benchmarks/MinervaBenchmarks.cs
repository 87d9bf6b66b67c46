using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DarkSector.Experiments.MINERvA;
using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Randomness;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Simulation;
using DarkSector.Sampling.Weights;

namespace DarkSector.Benchmarks;

/// <summary>The MINERvA dipole single-photon signal (photon-conversion topology): the ME-RHC rate (what
/// <c>darksector rate minerva dipole --mn 0.3 --d-mu 1e-6 --analysis me-rhc</c> computes), the same run storing the
/// conversion reweighting segments (what <c>scan</c> does per mass), and the per-event kernels: the conversion draw and
/// the decay-line quadrature for an N flying through the whole detector.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class MinervaBenchmarks
{
    private readonly MINERvAExperiment _experiment = new();
    private readonly DipolePhotonSignal _signal = new(new DipoleParameters { MassGeV = 0.3, DMuonGeVm1 = 1e-6 });
    private AnalysisDefinition _analysis = null!;
    private PhotonConversion _conversion = null!;
    private VolumeSegment[] _traced = null!;
    private RaySegment[] _segments = null!;
    private float[] _values = null!;
    private readonly Ray _flight = new(new ThreeVector(10, -5, -150), ThreeVector.UnitZ);   // from the veto region through the detector
    private readonly FourMomentum _photon = new(3, 3 * Math.Sin(0.02), 0, 3 * Math.Cos(0.02));
    private RandomStream _random;

    /// <summary>Generated events (total over the generator runs).</summary>
    [Params(100_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _analysis = _experiment.Analyses.Single(a => a.Id == "me-rhc");
        _conversion = new PhotonConversion(_experiment.Detector);
        _traced = new VolumeSegment[_experiment.Detector.MaxSegments];
        _segments = new RaySegment[DetectorSimulation.MaxConversionSegments];
        _values = new float[DetectorSimulation.MaxConversionSegments];
        _random = RandomStream.Create(1, 0);
    }

    [Benchmark]
    public double MeRhcDipoleRate() =>
        DetectorSimulation.Run(_experiment, _analysis, _analysis.Exposures, _signal, new SimulationOptions { Events = Events, Seed = 1 }).Selected;

    [Benchmark]
    public int MeRhcDipoleReweightingSample()
    {
        var events = new ReweightingEvents(1, _analysis.Binning.Count);
        SimulationReweighting.Collect(_experiment, _analysis, _signal, new SimulationOptions { Events = Events, Seed = 1 }, [0.3], 1, 1, events);
        return events.Count;
    }

    /// <summary>One conversion draw (decay point, photon trace, conversion point), 1000 per invocation.</summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public double ConversionWeight()
    {
        double sum = 0;
        for (int i = 0; i < 1000; i++)
            sum += DetectorSimulation.ConversionWeight(_experiment.Detector, _conversion, _flight, 300, _photon, ref _random, out _);
        return sum;
    }

    /// <summary>The decay-line quadrature of one event (adaptive segments of ε·P_conv).</summary>
    [Benchmark]
    public int ConversionSegments() =>
        DetectorSimulation.ConversionSegments(_experiment.Detector, _conversion, _flight, _photon.P3 / _photon.P, 1, _traced, _segments, _values);
}
