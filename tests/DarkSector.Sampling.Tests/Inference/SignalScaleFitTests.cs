using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Likelihoods;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DarkSector.Sampling.Tests.Inference;

/// <summary>The best-fit signal scale minimises the statistic the prediction reports, MC term included (μ s with μ² Σw²).</summary>
public sealed class SignalScaleFitTests
{
    private static readonly Gen<(double[] Signal, double[] Observed, double[] Background, double[] RelativeError)> Cases =
        from n in Gen.Choose(1, 5)
        from signal in Gen.ArrayOf(Gen.Choose(0, 4000).Select(i => i / 100.0), n)
        from observed in Gen.ArrayOf(Gen.Choose(0, 60).Select(i => (double)i), n)
        from background in Gen.ArrayOf(Gen.Choose(1, 3000).Select(i => i / 100.0), n)
        from relative in Gen.ArrayOf(Gen.Choose(0, 100).Select(i => i / 100.0), n)
        select (signal, observed, background, relative);

    [Property] // the best fit is never worse than the prediction itself (μ = 1) nor than no signal (μ = 0), and its value is
               // the statistic at its scale; effective likelihood (Argüelles et al.) with random counts, background, signal, Σw²
    public Property BestFit_IsNoWorseThanScaleOneOrZero() =>
        Prop.ForAll(Arb.From(Cases),
            c =>
            {
                var analysis = new BinnedAnalysis("toy", new EffectiveLikelihood(), c.Observed, c.Background);
                // Σw² = (r s)²: a relative MC error r per bin, up to 100%
                var w2 = c.Signal.Select((s, i) => c.RelativeError[i] * c.RelativeError[i] * s * s).ToArray();
                double At(double mu) => analysis.MinusTwoLnL(c.Signal.Select(s => mu * s).ToArray(), w2.Select(w => mu * mu * w).ToArray());
                var fit = SignalScaleFit.Fit(analysis, c.Signal, w2);
                if (!c.Signal.Any(s => s > 0)) return fit is null;
                var (scale, value) = fit!.Value;
                double slack = 1e-12 * Math.Max(1, Math.Abs(value));
                return scale >= 0 && value <= At(1) + slack && value <= At(0) + slack && Math.Abs(At(scale) - value) <= slack;
            });

    [Fact] // the MC term matters: with a large Σw² at μ = 1 the fit without it can exceed the reported χ² at μ = 1, the fit
           // with it cannot; one bin, n = 10, b = 4, s = 2 with a 100% MC error
    public void McTerm_BestFitWithItIsBelowTheReportedPrediction()
    {
        var analysis = new BinnedAnalysis("one", new EffectiveLikelihood(), [10.0], [4.0]);
        double[] s = [2.0], w2 = [4.0];
        double reported = analysis.MinusTwoLnL(s, w2);
        var with = SignalScaleFit.Fit(analysis, s, w2)!.Value;
        var without = SignalScaleFit.Fit(analysis, s)!.Value;
        Assert.True(with.MinusTwoLnL <= reported, $"{with.MinusTwoLnL} > {reported}");
        Assert.Equal(analysis.MinusTwoLnL([with.Scale * 2.0], [with.Scale * with.Scale * 4.0]), with.MinusTwoLnL, 12);
        Assert.Equal(analysis.MinusTwoLnL([without.Scale * 2.0], [0.0]), without.MinusTwoLnL, 12);
        Assert.NotEqual(with.Scale, without.Scale, 3);   // a different statistic, a different minimum
    }

    [Fact] // no Σw² (null or empty) is the fit without the MC term; a Σw² of another length is refused, naming it
    public void SumOfSquares_EmptyIsNone_WrongLengthThrows()
    {
        var analysis = new BinnedAnalysis("two", new EffectiveLikelihood(), [10.0, 3.0], [4.0, 2.0]);
        Assert.Equal(SignalScaleFit.Fit(analysis, [2.0, 1.0]), SignalScaleFit.Fit(analysis, [2.0, 1.0], []));
        Assert.Equal(SignalScaleFit.Fit(analysis, [2.0, 1.0]), SignalScaleFit.Fit(analysis, [2.0, 1.0], [0.0, 0.0]));
        var e = Assert.Throws<ArgumentException>(() => SignalScaleFit.Fit(analysis, [2.0, 1.0], [1.0]));
        Assert.Contains("sumOfSquares", e.Message);
    }
}
