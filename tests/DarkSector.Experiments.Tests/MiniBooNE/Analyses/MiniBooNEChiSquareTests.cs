using DarkSector.Experiments.MiniBooNE.Analyses;
using DarkSector.Experiments.MiniBooNE.Fluxes;
using FsCheck;
using FsCheck.Fluent;

namespace DarkSector.Experiments.Tests.MiniBooNE.Analyses;

public class MiniBooNEChiSquareTests
{
    // Hand computation: an independent pure-Python script (lists, Gauss-Jordan elimination with pivoting on the full
    // 19 x 19 collapsed matrix, no Cholesky) following the release's recipe on the same files. Signals: none, the
    // excess max(0, data - background) per bin, and half of it. Tolerance 1e-9 relative (two different solvers on a
    // well-conditioned matrix agree to ~1e-12).
    [Theory]
    [InlineData("FHC", 0.0, 31.802031115027027)]
    [InlineData("FHC", 1.0, 3.7270763394780535)]
    [InlineData("FHC", 0.5, 7.867806313536097)]
    [InlineData("RHC", 0.0, 22.888020116295987)]
    [InlineData("RHC", 1.0, 7.800177352824735)]
    [InlineData("RHC", 0.5, 10.49325085761896)]
    public void ChiSquare_MatchesHandComputationOfTheReleaseRecipe(string mode, double excessFraction, double expected)
    {
        var release = MiniBooNERelease.Load(mode == "FHC" ? BnbHornMode.Fhc : BnbHornMode.Rhc);
        var chi2 = new MiniBooNEChiSquare(release);
        var d = release.ElectronData.ToArray();
        var b = release.ElectronBackground.ToArray();
        var s = d.Select((x, i) => excessFraction * Math.Max(0, x - b[i])).ToArray();
        double value = chi2.MinusTwoLnL(d, s, new double[11], b);
        Assert.Equal(1.0, value / expected, 9);
    }

    [Fact] // the signal's Monte Carlo variance enters like its statistical variance: Σw² = s doubles that diagonal term
    public void MonteCarloVariance_AddsToTheSignalDiagonal()
    {
        var release = MiniBooNERelease.Load(BnbHornMode.Fhc);
        var chi2 = new MiniBooNEChiSquare(release);
        var d = release.ElectronData.ToArray();
        var b = release.ElectronBackground.ToArray();
        var s = d.Select((x, i) => Math.Max(0, x - b[i])).ToArray();
        double without = chi2.MinusTwoLnL(d, s, new double[11], b);
        double with = chi2.MinusTwoLnL(d, s, s, b);
        Assert.True(with < without);   // more variance, smaller χ² for the same residuals
        Assert.True(with > 0);
    }

    [Fact] // random non-negative signals up to twice the excess: χ² finite and positive (the matrix stays positive definite)
    public void ChiSquare_IsFiniteAndPositiveForNonNegativeSignals()
    {
        var release = MiniBooNERelease.Load(BnbHornMode.Fhc);
        var chi2 = new MiniBooNEChiSquare(release);
        var d = release.ElectronData.ToArray();
        var b = release.ElectronBackground.ToArray();
        var gen = Gen.ArrayOf(Gen.Choose(0, 400).Select(x => (double)x), 11);
        Prop.ForAll(Arb.From(gen), s =>
        {
            double v = chi2.MinusTwoLnL(d, s, new double[11], b);
            return double.IsFinite(v) && v > 0;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ChiSquare_RejectsWrongLengthsAndNegativeSignal()
    {
        var chi2 = new MiniBooNEChiSquare(MiniBooNERelease.Load(BnbHornMode.Fhc));
        Assert.Throws<ArgumentException>(() => chi2.MinusTwoLnL(new double[10], new double[10], new double[10], new double[10]));
        var s = new double[11];
        s[3] = -1;
        Assert.ThrowsAny<ArgumentException>(() => chi2.MinusTwoLnL(new double[11], s, new double[11], new double[11]));
    }
}
