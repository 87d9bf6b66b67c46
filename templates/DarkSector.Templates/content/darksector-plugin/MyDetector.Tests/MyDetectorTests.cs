using System.Composition;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Simulation;
using Xunit;

namespace MyDetector.Tests;

public class MyDetectorTests
{
    private static readonly MyDetector Experiment = new();

    // The heavy-mediator benchmark of Arguelles, Foppiani, Hostert (PRD 107 (2023) 035027), prompt decays (|V_N|^2 = 1).
    private static DarkPhotonSignal Benchmark() => new(DarkPhotonModel.SingleHnl(massGeV: 0.1, zPrimeMassGeV: 1.25,
        epsilon: Math.Sqrt(4.6e-4), alphaDark: 0.4, vertexMu2: 2.2e-7, decayVertex2: 1.0));

    [Fact]
    public void ExportedId_EqualsInfoId()
    {
        var export = (ExportExperimentAttribute)Attribute.GetCustomAttribute(typeof(MyDetector), typeof(ExportExperimentAttribute))!;
        Assert.Equal(export.Id, Experiment.Info.Id);
        Assert.Equal("my-detector", Experiment.Info.Id);
    }

    [Fact]
    public void Detector_HasAFiducialTargetVolume()
    {
        Assert.Contains(Experiment.Detector.Volumes, v => v.Role.HasFlag(VolumeRole.Fiducial) && v.Role.HasFlag(VolumeRole.Target));
    }

    [Fact]
    public void EveryAnalysisMode_HasANonNegativeFlux()
    {
        foreach (var analysis in Experiment.Analyses)
            foreach (var exposure in analysis.Exposures)
            {
                var beam = Assert.Single(Experiment.Beams, b => b.Mode == exposure.Mode);
                Assert.True(beam.Spectrum.Integral > 0, $"mode {beam.Mode}: the flux integrates to {beam.Spectrum.Integral}");
                for (double e = 0; e <= 5; e += 0.05) Assert.True(beam.Spectrum.Value(e) >= 0, $"flux < 0 at {e} GeV");
            }
    }

    [Fact]
    public void SignalIsPositive_AndScalesExactlyWithExposure()
    {
        var analysis = Experiment.Analyses[0];
        var options = new SimulationOptions { Events = 20_000, Seed = 7 };
        var once = DetectorSimulation.Run(Experiment, analysis, analysis.Exposures, Benchmark(), options);
        var twice = DetectorSimulation.Run(Experiment, analysis,
            analysis.Exposures.Select(x => x with { Amount = 2 * x.Amount }).ToArray(), Benchmark(), options);
        Assert.True(once.Selected > 0 && double.IsFinite(once.Selected), $"selected = {once.Selected}");
        Assert.Equal(2 * once.Selected, twice.Selected, 1e-9 * once.Selected);
    }
}
