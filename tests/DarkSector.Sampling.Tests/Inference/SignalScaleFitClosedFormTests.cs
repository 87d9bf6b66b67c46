using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Likelihoods;
using DarkSector.Tests;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DarkSector.Sampling.Tests.Inference;

/// <summary>
/// The best-fit signal scale (<see cref="SignalScaleFit"/>) against the Poisson closed form: for one bin, or signal
/// proportional to background, μ̂ = max(0, (N − B)/S) and −2 ln L(μ̂) = 2 Σ [μ_i − k_i ln μ_i + ln k_i!] with
/// μ_i = b_i + μ̂ s_i; the grid's edges and a statistic that refuses part of the range.
/// </summary>
public sealed class SignalScaleFitClosedFormTests
{
    private static double PoissonM2LnL(double[] n, double[] mean) =>
        2 * n.Select((k, i) => mean[i] - k * Math.Log(mean[i]) + MathNet.Numerics.SpecialFunctions.GammaLn(k + 1)).Sum();

    private static BinnedAnalysis Poisson(double[] n, double[] b) => new("test", PoissonLikelihood.Instance, n, b);

    [Fact] // n = 10, b = 4, s = 2: μ̂ = 3 (the search's relative width 1e-10, the minimum's position to ~1e-8)
    public void OneBin_MatchesTheClosedForm()
    {
        var fit = SignalScaleFit.Fit(Poisson([10], [4]), [2])!.Value;
        Assert.Equal(3, fit.Scale, 1e-6);
        Assert.Equal(PoissonM2LnL([10], [10]), fit.MinusTwoLnL, 1e-12);
    }

    [Fact] // s ∝ b over two bins (s = b/2): μ̂ = (N − B)/S = (16 − 8)/4 = 2
    public void SignalProportionalToBackground_MatchesTheClosedForm()
    {
        var fit = SignalScaleFit.Fit(Poisson([5, 11], [2, 6]), [1, 3])!.Value;
        Assert.Equal(2, fit.Scale, 1e-6);
        Assert.Equal(PoissonM2LnL([5, 11], [4, 12]), fit.MinusTwoLnL, 1e-12);
    }

    [Fact] // a deficit (n < b): the best scale is 0 and the value is the background-only −2 ln L exactly
    public void Deficit_GivesZero()
    {
        var analysis = Poisson([2, 3], [4, 5]);
        var fit = SignalScaleFit.Fit(analysis, [1, 1])!.Value;
        Assert.Equal(0, fit.Scale);
        Assert.Equal(analysis.MinusTwoLnL([0, 0], [0, 0]), fit.MinusTwoLnL);
    }

    [Fact] // no signal in any bin: nothing to fit
    public void ZeroSignal_GivesNull() => Assert.Null(SignalScaleFit.Fit(Poisson([2, 3], [4, 5]), [0, 0]));

    [Fact] // the grid ends at μ = 10⁴: a best fit beyond (μ̂ = 1e5) stops at the edge, 10⁴ (1e-8 relative)
    public void ScaleBeyondTheGrid_StopsAtItsEdge()
    {
        var fit = SignalScaleFit.Fit(Poisson([100_001], [1]), [1])!.Value;
        Assert.Equal(1e4, fit.Scale, 1e-4);
    }

    [Fact] // the grid starts at 10⁻⁴: μ̂ = 5e-4 is found between its first points; the position of the minimum is
           // defined to √(2 δF/F'') ≈ 2e-8 (δF ~ 5e-15 rounding, F'' = 2s²/n = 20): 1e-7
    public void SmallScale_IsFound()
    {
        var fit = SignalScaleFit.Fit(Poisson([10.005], [10]), [10])!.Value;
        Assert.Equal(5e-4, fit.Scale, 1e-7);
    }

    /// <summary>(s − 5)² for a total signal s ≤ 3; refuses s &gt; 3 as a statistic rejects a prediction.</summary>
    private sealed class Refusing : IBinnedLikelihood
    {
        public int? BinCount => 1;

        public double MinusTwoLnL(ReadOnlySpan<double> observed, ReadOnlySpan<double> signal, ReadOnlySpan<double> signalSumW2, ReadOnlySpan<double> background)
            => signal[0] <= 3 ? (signal[0] - 5) * (signal[0] - 5) : throw new ArgumentException("not positive definite", nameof(signal));
    }

    [Fact] // a refused prediction counts as +∞: the fit stays in the allowed range s ≤ 3, at or above the last grid
           // point below it (10^0.45), with its own value (s − 5)²
    public void RefusedPredictions_CountAsInfinite()
    {
        var fit = SignalScaleFit.Fit(new BinnedAnalysis("refusing", new Refusing(), [1], [0]), [1])!.Value;
        Assert.InRange(fit.Scale, Math.Pow(10, 0.45) * (1 - 1e-12), 3);
        Assert.Equal((fit.Scale - 5) * (fit.Scale - 5), fit.MinusTwoLnL, 1e-12);
    }

    [Property] // one Poisson bin, random n, b, s with μ̂ = (n − b)/s inside the grid [1e-3, 1e3]: the fit's −2 ln L is
               // the closed form's minimum (1e-9 n) and the scale is μ̂ to 1e-6 relative plus the flatness of the minimum,
               // √(2 δF/F'') with F'' = 2s²/n and δF ≲ 1e-14 n: ≤ 1e-6 n/s absolute
    public Property OneBin_FitIsTheClosedFormMinimum() =>
        Prop.ForAll(Arb.From(
            from b in PhysicalArbitraries.LogUniform(0.1, 100)
            from s in PhysicalArbitraries.LogUniform(0.1, 10)
            from mu in PhysicalArbitraries.LogUniform(1e-3, 1e3)
            select (b, s, n: b + mu * s)), t =>
        {
            var fit = SignalScaleFit.Fit(Poisson([t.n], [t.b]), [t.s])!.Value;
            double muHat = (t.n - t.b) / t.s;
            return (Math.Abs(fit.Scale - muHat) <= 1e-6 * muHat + 1e-6 * t.n / t.s)
                .Label($"scale {fit.Scale} vs {muHat}")
                .And(Math.Abs(fit.MinusTwoLnL - PoissonM2LnL([t.n], [t.n])) <= 1e-9 * Math.Max(1, t.n))
                .Label($"-2lnL {fit.MinusTwoLnL} vs {PoissonM2LnL([t.n], [t.n])}");
        });
}
