using DarkSector.Sampling.Experiments;
using DarkSector.Experiments.MiniBooNE.Analyses;
using DarkSector.Experiments.MiniBooNE.Fluxes;
using FsCheck;
using FsCheck.Xunit;
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
        var release = MiniBooNERelease.Load(mode == "FHC" ? HornPolarity.Fhc : HornPolarity.Rhc);
        var chi2 = new MiniBooNEChiSquare(release);
        var d = release.ElectronData.ToArray();
        var b = release.ElectronBackground.ToArray();
        var s = d.Select((x, i) => excessFraction * Math.Max(0, x - b[i])).ToArray();
        double value = chi2.MinusTwoLnL(d, s, new double[11], b);
        Assert.Equal(1.0, value / expected, 9);
    }

    // Hand computation of the combined fit: an independent pure-Python script (lists, Gauss-Jordan elimination with
    // partial pivoting on the full 38 x 38 collapsed matrix) on the release's combined folder (60 x 60 matrix, its own
    // copies of the data and prediction vectors), signals as above in both modes. Tolerance 1e-9 relative.
    [Theory]
    [InlineData(0.0, 69.23341168478774)]
    [InlineData(1.0, 13.69092472737627)]
    [InlineData(0.5, 23.8882138438916)]
    public void CombinedChiSquare_MatchesHandComputationOfTheReleaseRecipe(double excessFraction, double expected)
    {
        var fhc = MiniBooNERelease.Load(HornPolarity.Fhc);
        var rhc = MiniBooNERelease.Load(HornPolarity.Rhc);
        var chi2 = new MiniBooNEChiSquare([fhc, rhc], MiniBooNERelease.LoadCombinedCovariance());
        var d = fhc.ElectronData.Concat(rhc.ElectronData).ToArray();
        var b = fhc.ElectronBackground.Concat(rhc.ElectronBackground).ToArray();
        var s = d.Select((x, i) => excessFraction * Math.Max(0, x - b[i])).ToArray();
        Assert.Equal(22, chi2.BinCount);
        Assert.Equal(1.0, chi2.MinusTwoLnL(d, s, new double[22], b) / expected, 9);
    }

    [Fact] // the combined matrix holds the single-mode matrices as its diagonal blocks, to 1e-6 absolute (the files print
           // 6 decimals; the RHC block differs from rhcmode's file by at most 5e-7, a rounding)
    public void CombinedCovariance_DiagonalBlocksAreTheSingleModeMatrices()
    {
        var all = MiniBooNERelease.LoadCombinedCovariance();
        var fhc = MiniBooNERelease.Load(HornPolarity.Fhc).FractionalCovariance;
        var rhc = MiniBooNERelease.Load(HornPolarity.Rhc).FractionalCovariance;
        double cross = 0;
        for (int i = 0; i < 30; i++)
            for (int j = 0; j < 30; j++)
            {
                Assert.True(Math.Abs(fhc[i, j] - all[i, j]) <= 1e-6, $"FHC [{i}, {j}]");
                Assert.True(Math.Abs(rhc[i, j] - all[30 + i, 30 + j]) <= 1e-6, $"RHC [{i}, {j}]");
                cross = Math.Max(cross, Math.Abs(all[i, 30 + j]));
            }
        Assert.True(cross > 0.01);   // the modes are correlated (shared flux and cross-section systematics)
    }

    [Fact] // with the cross-mode blocks set to zero the combined χ² is the sum of the two single-mode χ² (1e-12)
    public void CombinedChiSquare_WithoutCrossCorrelations_IsTheSumOfTheModes()
    {
        var fhc = MiniBooNERelease.Load(HornPolarity.Fhc);
        var rhc = MiniBooNERelease.Load(HornPolarity.Rhc);
        var blockDiagonal = new double[60, 60];
        var f = fhc.FractionalCovariance;
        var r = rhc.FractionalCovariance;
        for (int i = 0; i < 30; i++)
            for (int j = 0; j < 30; j++)
                (blockDiagonal[i, j], blockDiagonal[30 + i, 30 + j]) = (f[i, j], r[i, j]);
        var combined = new MiniBooNEChiSquare([fhc, rhc], blockDiagonal);
        var d = fhc.ElectronData.Concat(rhc.ElectronData).ToArray();
        var b = fhc.ElectronBackground.Concat(rhc.ElectronBackground).ToArray();
        var s = d.Select((x, i) => 0.7 * Math.Max(0, x - b[i])).ToArray();
        double sum = new MiniBooNEChiSquare(fhc).MinusTwoLnL(d[..11], s[..11], new double[11], b[..11])
            + new MiniBooNEChiSquare(rhc).MinusTwoLnL(d[11..], s[11..], new double[11], b[11..]);
        Assert.Equal(1.0, combined.MinusTwoLnL(d, s, new double[22], b) / sum, 12);
    }

    [Fact] // the signal's Monte Carlo variance enters like its statistical variance: Σw² = s doubles that diagonal term
    public void MonteCarloVariance_AddsToTheSignalDiagonal()
    {
        var release = MiniBooNERelease.Load(HornPolarity.Fhc);
        var chi2 = new MiniBooNEChiSquare(release);
        var d = release.ElectronData.ToArray();
        var b = release.ElectronBackground.ToArray();
        var s = d.Select((x, i) => Math.Max(0, x - b[i])).ToArray();
        double without = chi2.MinusTwoLnL(d, s, new double[11], b);
        double with = chi2.MinusTwoLnL(d, s, s, b);
        Assert.True(with < without);   // more variance, smaller χ² for the same residuals
        Assert.True(with > 0);
    }

    [Property] // random non-negative signals up to twice the excess: χ² finite and positive (the matrix stays positive definite)
    public Property ChiSquare_IsFiniteAndPositiveForNonNegativeSignals()
    {
        var release = MiniBooNERelease.Load(HornPolarity.Fhc);
        var chi2 = new MiniBooNEChiSquare(release);
        var d = release.ElectronData.ToArray();
        var b = release.ElectronBackground.ToArray();
        var gen = Gen.ArrayOf(Gen.Choose(0, 400).Select(x => (double)x), 11);
        return Prop.ForAll(Arb.From(gen), s =>
        {
            double v = chi2.MinusTwoLnL(d, s, new double[11], b);
            return double.IsFinite(v) && v > 0;
        });
    }

    [Fact]
    public void ChiSquare_RejectsWrongLengthsAndNegativeSignal()
    {
        var chi2 = new MiniBooNEChiSquare(MiniBooNERelease.Load(HornPolarity.Fhc));
        Assert.Throws<ArgumentException>(() => chi2.MinusTwoLnL(new double[10], new double[10], new double[10], new double[10]));
        var s = new double[11];
        s[3] = -1;
        Assert.ThrowsAny<ArgumentException>(() => chi2.MinusTwoLnL(new double[11], s, new double[11], new double[11]));
    }
}
