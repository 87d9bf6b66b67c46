using DarkSector.Experiments.MINERvA;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Sampling.Simulation;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Experiments.Tests.MINERvA;

public class MINERvARateTests
{
    private static readonly MINERvAExperiment Experiment = new();

    private static readonly SimulationOptions Small = new()
    {
        Events = 2000,
        Seed = 5,
        Vegas = new VegasOptions { WarmupIterations = 2, WarmupEvaluations = 500, Iterations = 2, Evaluations = 2000, Seed = 5 },
    };

    private static SimulationResult Run(string id, double d)
    {
        var analysis = Experiment.Analyses.Single(a => a.Id == id);
        return DetectorSimulation.Run(Experiment, analysis, analysis.Exposures,
            new DipolePhotonSignal(new DipoleParameters { MassGeV = 0.1, DMuonGeVm1 = d }), Small);
    }

    [Fact] // the cut flow ends at the selected events (1e-12 relative) with the dE/dx acceptance 0.91 as the last
           // step (RHC), and each acceptance is in [0, 1]
    public void CutFlow_EndsAtTheSelectedEvents()
    {
        var result = Run("me-rhc", 1e-6);
        Assert.True(result.Selected > 0);
        Assert.Equal(4, result.CutFlow.Count);
        Assert.Equal(result.Selected, result.CutFlow[^1].Events, 1e-12 * result.Selected);
        Assert.Equal(0.91, result.CutFlow[^1].Acceptance, 1e-12);
        Assert.All(result.CutFlow, c => Assert.InRange(c.Acceptance, 0, 1));
    }

    [Fact] // for the same seed, the LE-FHC rate scales with POT and the ME-FHC/ME-RHC rates differ (different fluxes)
    public void Rates_DependOnTheAnalysisFlux()
    {
        var fhc = Run("me-fhc", 1e-6);
        var rhc = Run("me-rhc", 1e-6);
        Assert.NotEqual(fhc.Upscattered / 1.16e21, rhc.Upscattered / 1.22e21);
    }
}
