using DarkSector.Experiments.MiniBooNE;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Simulation;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Experiments.Tests.MiniBooNE;

public class MiniBooNERateTests
{
    private static readonly MiniBooNEExperiment Experiment = new();

    private static readonly SimulationOptions Small = new()
    {
        Events = 2000,
        Seed = 5,
        Vegas = new VegasOptions { WarmupIterations = 2, WarmupEvaluations = 500, Iterations = 2, Evaluations = 2000, Seed = 5 },
    };

    // heavy dark-photon benchmark (issue 8 / 10): m_N = 0.1, m_Z' = 1.25 GeV, |V_muN|² = 2.2e-7, α_D = 0.4, ε² = 4.6e-4
    private static DarkPhotonModel Heavy(double vmu2 = 2.2e-7) => new()
    {
        Hnls = [new HeavyNeutralLepton { MassGeV = 0.1, VertexMu2 = vmu2, DecayVertex2 = 1 }],
        ZPrimeMassGeV = 1.25,
        Epsilon = Math.Sqrt(4.6e-4),
        AlphaDark = 0.4,
    };

    [Fact] // the binned E_QE spectrum never exceeds the total (bins cover 200-3000 MeV only); rates linear in POT (1e-12)
    public void EqeSpectrum_IsPartOfTheSelectedRateAndLinearInPot()
    {
        var eqe = Experiment.Analyses.Single(a => a.Id == "eqe");
        var one = DetectorSimulation.Run(Experiment, eqe, [new BeamExposure("FHC", 1e20)], new DarkPhotonSignal(Heavy()), Small);
        var two = DetectorSimulation.Run(Experiment, eqe, [new BeamExposure("FHC", 2e20)], new DarkPhotonSignal(Heavy()), Small);
        Assert.True(one.Selected > 0);
        Assert.True(one.Bins.Sum() <= one.Selected * (1 + 1e-12));
        Assert.True(one.Bins.Sum() > 0);
        Assert.Equal(2.0, two.Selected / one.Selected, 12);
        Assert.True(one.Selected <= one.UpscatteredSelected * 10);   // dirt adds at most a modest amount for a prompt decay
        // the χ² of the release accepts the predicted spectrum
        double chi2 = eqe.ToBinnedAnalysis().MinusTwoLnL(one.Bins.ToArray(), new double[one.Bins.Count]);
        Assert.True(double.IsFinite(chi2) && chi2 > 0);
    }
}
