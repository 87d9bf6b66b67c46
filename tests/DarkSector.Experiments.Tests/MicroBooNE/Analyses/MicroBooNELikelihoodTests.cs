using DarkSector.Experiments.MicroBooNE;
using DarkSector.Experiments.MicroBooNE.Analyses;
using DarkSector.Sampling.Likelihoods;
using DarkSector.Sampling.Limits;

namespace DarkSector.Experiments.Tests.MicroBooNE.Analyses;

public class MicroBooNELikelihoodTests
{
    private static readonly MicroBooNEExperiment Experiment = new();

    private static double CnpVariance(double n, double mu) => 3 / (1 / n + 2 / mu);   // Ji et al., NIM A 961 (2020) 163677

    [Fact] // uncorrelated topologies: chi^2 = sum (n - b - s)^2 / (sigma_b^2 + sigma_CNP^2) (closed form; 1e-10 relative)
    public void Topologies_ChiSquareIsTheUncorrelatedClosedForm()
    {
        var analysis = Experiment.Analyses.Single(a => a.Id == "ee-topologies").ToBinnedAnalysis();
        double[] signal = [3.0, 5.0, 2.0];
        double expected = 0;
        for (int i = 0; i < 3; i++)
        {
            double mu = MicroBooNEAnalyses.Background[i] + signal[i], n = MicroBooNEAnalyses.Observed[i], s = MicroBooNEAnalyses.BackgroundError[i];
            expected += (n - mu) * (n - mu) / (s * s + CnpVariance(n, mu));
        }
        Assert.Equal(1.0, analysis.MinusTwoLnL(signal, new double[3]) / expected, 10);
    }

    [Fact] // the common correlation reproduces the quoted total uncertainty: 1^T C 1 = 17.3^2 (1e-12); rho in (0, 1)
    public void CorrelatedCovariance_ReproducesTheTotalUncertainty()
    {
        double rho = MicroBooNEAnalyses.TopologyCorrelation;
        Assert.InRange(rho, 0.2, 0.23);   // (299.29 - 220.46)/(2 * 182.59) = 0.2159
        var c = MicroBooNEAnalyses.TopologyCovariance(rho);
        double sum = 0;
        foreach (double x in c) sum += x;
        Assert.Equal(17.3 * 17.3, sum, 10);
    }

    [Fact] // one bin: chi^2 = (95 - 69.7 - s)^2 / (17.3^2 + sigma_CNP^2) (closed form; 1e-10 relative)
    public void Total_ChiSquareIsTheOneBinClosedForm()
    {
        var analysis = Experiment.Analyses.Single(a => a.Id == "ee-total").ToBinnedAnalysis();
        foreach (double s in new[] { 0.0, 10.0, 40.0 })
        {
            double mu = 69.7 + s;
            double expected = (95 - mu) * (95 - mu) / (17.3 * 17.3 + CnpVariance(95, mu));
            Assert.Equal(1.0, analysis.MinusTwoLnL([s], [0.0]) / expected, 10);
        }
    }

    [Fact] // Asimov sensitivity (data = background): the signal scale excluded at Delta chi^2 = 5.99 in the one-bin analysis
           // solves s^2 = 5.99 (17.3^2 + sigma_CNP^2(b, b + s)); found by bisection on the library's chi^2 (1e-6)
    public void AsimovSensitivity_MatchesTheClosedFormSolution()
    {
        var total = Experiment.Analyses.Single(a => a.Id == "ee-total");
        double threshold = DeltaLogLikelihood.Threshold(0.95, 2);
        var asimov = new double[1];
        AsimovData.Exact([0.0], total.Data.Background, asimov);
        var analysis = total.ToBinnedAnalysis().WithObserved(asimov);
        double lo = 0, hi = 1000;
        for (int k = 0; k < 200; k++)
        {
            double mid = 0.5 * (lo + hi);
            if (analysis.MinusTwoLnL([mid], [0.0]) - analysis.MinusTwoLnL([0.0], [0.0]) < threshold) lo = mid; else hi = mid;
        }
        double b = 69.7, sOut = lo;
        Assert.Equal(threshold, sOut * sOut / (17.3 * 17.3 + CnpVariance(b, b + sOut)), 6);
        Assert.InRange(sOut, 40, 60);   // about 48 signal events in total: sqrt(5.99 * (17.3^2 + ~70))
        // the observed excess (95 vs 69.7) makes the observed limit weaker than the sensitivity
        var observed = total.ToBinnedAnalysis();
        double best = Math.Max(0, 95 - 69.7);
        Assert.True(observed.MinusTwoLnL([sOut], [0.0]) - observed.MinusTwoLnL([best], [0.0]) < threshold);
    }
}
