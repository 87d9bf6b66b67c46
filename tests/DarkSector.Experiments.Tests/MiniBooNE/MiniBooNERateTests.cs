using DarkSector.Experiments.MiniBooNE;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Models.Dipole;
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

    // dipole benchmark m_N = 0.47 GeV, d_mu = 1.25e-6 GeV^-1: the single-shower signal counts N -> nu gamma and N -> nu e+e-,
    // so its visible BR is the sum of the table's two (1e-12) and, with the same upscattering, it selects more than the
    // e+e- channel alone (N -> nu gamma dominates the dipole decays: BR_gamma > 0.9)
    [Fact]
    public void DipoleSingleShowerSignal_AddsThePhotonChannel()
    {
        var parameters = new DipoleParameters { MassGeV = 0.47, DMuonGeVm1 = 1.25e-6 };
        var table = DipoleDecays.Table(parameters);
        var both = new DipoleSingleShowerSignal(parameters);
        Assert.Equal(table.BranchingRatio(DipoleDecays.NuGamma) + table.BranchingRatio(DipoleDecays.NuElectronElectron), both.VisibleBranchingRatio, 12);
        Assert.True(both.PhotonBranchingRatio > 0.9);
        var eqe = Experiment.Analyses.Single(a => a.Id == "eqe");
        var exposure = new BeamExposure("FHC", 1e20);
        double withPhoton = DetectorSimulation.Run(Experiment, eqe, [exposure], both, Small).Selected;
        double pairsOnly = DetectorSimulation.Run(Experiment, eqe, [exposure], new DipoleSignal(parameters), Small).Selected;
        Assert.True(withPhoton > 3 * pairsOnly, $"with photon {withPhoton}, pairs only {pairsOnly}");
    }

    // eqe-combined: the RHC exposure fills bins 11-21 only, exactly as eqe-rhc fills its 11 bins with the same runs
    // (same beams, seeds and events: equal to 1e-12), and bins 0-10 stay empty
    [Fact]
    public void CombinedAnalysis_FillsTheAntineutrinoBlockFromTheRhcExposure()
    {
        var combined = Experiment.Analyses.Single(a => a.Id == "eqe-combined");
        var rhc = Experiment.Analyses.Single(a => a.Id == "eqe-rhc");
        var signal = new DarkPhotonSignal(Heavy());
        var fromCombined = DetectorSimulation.Run(Experiment, combined, [combined.Exposures.Single(e => e.Mode == "RHC")], signal, Small);
        var alone = DetectorSimulation.Run(Experiment, rhc, rhc.Exposures, signal, Small);
        Assert.Equal(22, fromCombined.Bins.Count);
        Assert.All(fromCombined.Bins.Take(11), b => Assert.Equal(0.0, b));
        Assert.True(alone.Bins.Sum() > 0);
        for (int i = 0; i < 11; i++) Assert.Equal(alone.Bins[i], fromCombined.Bins[11 + i], 12);
    }
}
