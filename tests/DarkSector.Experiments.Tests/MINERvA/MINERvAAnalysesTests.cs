using DarkSector.Experiments.MINERvA;
using DarkSector.Experiments.MINERvA.Analyses;
using DarkSector.Sampling.Experiments;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Sampling.Likelihoods;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Experiments.Tests.MINERvA;

public class MINERvAAnalysesTests
{
    private static readonly MINERvAExperiment Experiment = new();

    [Theory] // sideband data and Standard-Model prediction agree within 20% (independent digitisations of data and MC:
             // a check of the reading of the stacked histograms), and the counts are in the published range (10² to 10⁴)
    [InlineData("le-fhc")]
    [InlineData("me-fhc")]
    [InlineData("me-rhc")]
    public void Sideband_DataAgreeWithPrediction(string id)
    {
        var data = Experiment.Analyses.Single(a => a.Id == id).Data;
        Assert.InRange(data.Observed[0] / data.Background[0], 0.8, 1.2);
        Assert.InRange(data.Observed[0], 100, 1e4);
    }

    [Fact] // nominal 30% and conservative 100% background uncertainty; same data; conservative −2 ln L at a signal of
           // 10% of the background is smaller (a weaker exclusion)
    public void ConservativeVariant_HasWeakerExclusion()
    {
        foreach (var id in new[] { "le-fhc", "me-fhc", "me-rhc" })
        {
            var nominal = Experiment.Analyses.Single(a => a.Id == id);
            var conservative = Experiment.Analyses.Single(a => a.Id == id + "-conservative");
            Assert.Equal(0.3, ((EffectiveLikelihood)nominal.Likelihood).FractionalSystematic);
            Assert.Equal(1.0, ((EffectiveLikelihood)conservative.Likelihood).FractionalSystematic);
            double s = 0.1 * nominal.Data.Background[0];
            double n0 = nominal.ToBinnedAnalysis().MinusTwoLnL([s], [0]) - nominal.ToBinnedAnalysis().MinusTwoLnL([0], [0]);
            double c0 = conservative.ToBinnedAnalysis().MinusTwoLnL([s], [0]) - conservative.ToBinnedAnalysis().MinusTwoLnL([0], [0]);
            Assert.True(c0 < n0);
        }
    }

    [Fact] // the combination sums the three analyses' −2 ln L (1e-12 relative)
    public void Combination_SumsTheThreeAnalyses()
    {
        var three = new[] { "le-fhc", "me-fhc", "me-rhc" }.Select(id => Experiment.Analyses.Single(a => a.Id == id)).ToArray();
        var combination = MINERvAAnalyses.Combination(three);
        double[] s = [5, 20, 8];
        double sum = three.Select((a, i) => a.ToBinnedAnalysis().MinusTwoLnL([s[i]], [0])).Sum();
        Assert.Equal(sum, combination.MinusTwoLnL(s, [0, 0, 0]), 1e-12 * Math.Abs(sum));
        Assert.Equal(0.95, Experiment.Defaults.ConfidenceLevel);
        Assert.All(three, a => Assert.Equal(SignalTopology.PhotonConversionInFiducial, a.Signal));
    }

    [Theory] // "combined": bin b is sample b, filled from its own beam (block b); its −2 ln L equals the sum of the three
             // analyses' (1e-12 relative) once the RHC bin carries the 0.91/0.93 acceptance ratio folded into its POT
    [InlineData("combined", "")]
    [InlineData("combined-conservative", "-conservative")]
    public void CombinedAnalysis_EqualsTheSumOfTheThree(string id, string suffix)
    {
        var combined = Experiment.Analyses.Single(a => a.Id == id);
        var three = new[] { "le-fhc", "me-fhc", "me-rhc" }.Select(s => Experiment.Analyses.Single(a => a.Id == s + suffix)).ToArray();
        Assert.Equal(3, combined.Binning.Count);
        Assert.Equal(three.Select(a => a.Exposures[0].Mode), combined.Exposures.Select(e => e.Mode));
        Assert.Equal([0, 1, 2], combined.Exposures.Select(e => e.Block));
        Assert.Equal(three[0].Exposures[0].Amount, combined.Exposures[0].Amount);
        Assert.Equal(three[2].Exposures[0].Amount * 0.91 / 0.93, combined.Exposures[2].Amount, 1e-6 * combined.Exposures[2].Amount);
        double[] s = [5, 20, 8];
        double sum = three.Select((a, i) => a.ToBinnedAnalysis().MinusTwoLnL([s[i]], [0])).Sum();
        Assert.Equal(sum, combined.ToBinnedAnalysis().MinusTwoLnL(s, [0, 0, 0]), 1e-12 * Math.Abs(sum));
    }

    [Fact] // the combined analysis simulates each sample from its own beam into its own bin: with three times the events
           // (the same events per generator run) its LE-FHC bin is bit-identical to the le-fhc analysis, and its ME-FHC
           // bin is positive and of the separate analysis's size within the MC errors (5σ); equal allocation over the runs
           // is the premise of the same events per generator run
    public void CombinedAnalysis_FillsEachBinFromItsOwnBeam()
    {
        var signal = new DipolePhotonSignal(new DipoleParameters { MassGeV = 0.3, DMuonGeVm1 = 1e-6 });
        AnalysisDefinition Get(string id) => Experiment.Analyses.Single(a => a.Id == id);
        var combined = DetectorSimulation.Run(Experiment, Get("combined"), Get("combined").Exposures, signal, new SimulationOptions { Events = 6000, Seed = 4, Allocation = EventAllocation.Equal });
        var le = DetectorSimulation.Run(Experiment, Get("le-fhc"), Get("le-fhc").Exposures, signal, new SimulationOptions { Events = 2000, Seed = 4, Allocation = EventAllocation.Equal });
        var me = DetectorSimulation.Run(Experiment, Get("me-fhc"), Get("me-fhc").Exposures, signal, new SimulationOptions { Events = 2000, Seed = 8, Allocation = EventAllocation.Equal });
        Assert.Equal(le.Bins[0], combined.Bins[0]);
        Assert.True(combined.Bins[1] > 0 && combined.Bins[2] > 0);
        Assert.True(Math.Abs(combined.Bins[1] - me.Bins[0]) < 5 * Math.Sqrt(combined.McError * combined.McError + me.McError * me.McError));
    }
}
