using DarkSector.Experiments.MINERvA;
using DarkSector.Experiments.MINERvA.Analyses;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Likelihoods;

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
}
