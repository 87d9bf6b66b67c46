using DarkSector.Experiments.MiniBooNE;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Likelihoods;

namespace DarkSector.Experiments.Tests.Inference;

public sealed class SignalScaleFitTests
{
    [Fact] // one Poisson bin: the likelihood peaks where b + μ s = n, μ̂ = (n − b)/s = 3; a minimum's position is defined
           // only to ~√ε_machine ≈ 1e-8 relative (the function is flat to rounding there), asserted to 1e-6 relative
    public void PoissonBin_BestScaleIsTheExcessOverTheSignal()
    {
        var analysis = new BinnedAnalysis("one", PoissonLikelihood.Instance, [10.0], [4.0]);
        var fit = SignalScaleFit.Fit(analysis, [2.0]);
        Assert.NotNull(fit);
        Assert.Equal(1.0, fit.Value.Scale / 3.0, 6);
        Assert.Equal(analysis.MinusTwoLnL([6.0], [0.0]), fit.Value.MinusTwoLnL, 9);
    }

    [Fact] // a deficit (n < b) is fitted best by no signal; a zero signal has no scale
    public void Deficit_BestScaleIsZero_AndZeroSignalHasNoFit()
    {
        var analysis = new BinnedAnalysis("one", PoissonLikelihood.Instance, [2.0], [4.0]);
        Assert.Equal(0.0, SignalScaleFit.Fit(analysis, [1.0])!.Value.Scale);
        Assert.Null(SignalScaleFit.Fit(analysis, [0.0]));
    }

    [Fact] // MiniBooNE's collaboration chi2 (covariance scaled by the prediction): the fitted scale of the excess shape is a
           // local minimum (χ² at μ̂(1 ± 1e-3) not lower, 1e-9 slack) and lies below χ² at μ = 0 and μ = 1
    public void MiniBooNEEqe_BestScaleIsAMinimumOfTheCollaborationChi2()
    {
        var eqe = new MiniBooNEExperiment().Analyses.Single(a => a.Id == "eqe-combined").ToBinnedAnalysis();
        var shape = eqe.Observed.ToArray().Select((n, i) => 0.5 * Math.Max(0, n - eqe.Background[i])).ToArray();
        var fit = SignalScaleFit.Fit(eqe, shape)!.Value;
        double At(double mu) => eqe.MinusTwoLnL(shape.Select(s => mu * s).ToArray(), new double[shape.Length]);
        Assert.InRange(fit.Scale, 1.0, 3.0);   // half the excess: the best fit is near twice it
        Assert.Equal(At(fit.Scale), fit.MinusTwoLnL, 12);
        Assert.True(At(fit.Scale * 1.001) >= fit.MinusTwoLnL - 1e-9);
        Assert.True(At(fit.Scale * 0.999) >= fit.MinusTwoLnL - 1e-9);
        Assert.True(fit.MinusTwoLnL < At(1) && fit.MinusTwoLnL < At(0));
    }
}
