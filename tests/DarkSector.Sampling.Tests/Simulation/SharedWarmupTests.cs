using DarkSector.Sampling.Simulation;
using DarkSector.Sampling.Vegas;
using static DarkSector.Sampling.Tests.Simulation.DetectorSimulationTests;

namespace DarkSector.Sampling.Tests.Simulation;

/// <summary>The VEGAS adaptations shared between simulations (DetectorSimulation.AdaptRuns) and the adaptation scaled to
/// the events (<see cref="SimulationOptions.ScaleAdaptation"/>).</summary>
[Collection(nameof(SharedWarmupTests))]   // clears the process-wide cache: not in parallel with itself
public class SharedWarmupTests
{
    private static readonly SimulationOptions Options = new()
    {
        Events = 1200,
        Seed = 5,
        Vegas = new VegasOptions { WarmupIterations = 4, WarmupEvaluations = 2000, Iterations = 4, Evaluations = 10_000 },
    };

    [Fact] // a shared adaptation is a function of its key: the same result with an empty cache, after another simulation
           // filled it (a subset of the volumes, same canonical groups), and when repeated
    public void Results_DoNotDependOnWhatRanBefore()
    {
        var experiment = new ToyExperiment(fiducialIsTarget: false, withLead: true);
        var analysis = experiment.Analyses[0];
        var signal = new ToySignal(properDecayLengthCm: 50);
        SimulationResult Run(SimulationOptions options) => DetectorSimulation.Run(experiment, analysis, analysis.Exposures, signal, options);

        DetectorSimulation.ClearSharedWarmups();
        var fresh = Run(Options);
        DetectorSimulation.ClearSharedWarmups();
        var carbonOnly = Run(Options with { Volumes = new VolumeSelection { Include = ["target"] } });
        var afterOther = Run(Options);
        var repeated = Run(Options);

        Assert.True(carbonOnly.Upscattered > 0 && carbonOnly.Upscattered < fresh.Upscattered);
        foreach (var other in new[] { afterOther, repeated })
        {
            Assert.Equal(fresh.Upscattered, other.Upscattered);
            Assert.Equal(fresh.Selected, other.Selected);
            Assert.Equal(fresh.UpscatteredSelected, other.UpscatteredSelected);
        }
    }

    [Theory] // scaled adaptation stays unbiased: the upscattered rate within 3% of an unscaled 20,000-event run (VEGAS on
             // this smooth integrand is good to ~0.1-1% at these sizes): a coarser adaptation costs variance, not bias
    [InlineData(300, true)]
    [InlineData(3000, true)]
    [InlineData(3000, false)]
    public void ScaledAdaptation_KeepsTheUpscatteredRate(int events, bool scale)
    {
        var experiment = new ToyExperiment(fiducialIsTarget: true);
        var analysis = experiment.Analyses[0];
        var result = DetectorSimulation.Run(experiment, analysis, analysis.Exposures, new ToySignal(properDecayLengthCm: 1e-9),
            Options with { Events = events, ScaleAdaptation = scale });
        var reference = DetectorSimulation.Run(experiment, analysis, analysis.Exposures, new ToySignal(properDecayLengthCm: 1e-9),
            Options with { Events = 20_000, ScaleAdaptation = false, Seed = 99 });
        Assert.Equal(1.0, result.Upscattered / reference.Upscattered, 0.03);
    }
}
