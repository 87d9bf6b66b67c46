using DarkSector.Sampling.Limits;

namespace DarkSector.Sampling.Tests.Limits;

public class LifetimeBoundTests
{
    private static readonly double[] Rates = Enumerable.Range(0, 12).Select(i => Math.Pow(10, 1.5 + 0.4 * i)).ToArray();

    [Fact] // noiseless points from α = 1.1 cm, β = 0.9 are recovered to 1e-7 relative
    public void Fit_RecoversExactParameters()
    {
        var truth = new LifetimeBoundFit(1.1, 0.9);
        var fit = LifetimeBoundFit.Fit(Rates, Rates.Select(truth.MinimumCTau0Cm).ToArray());
        Assert.Equal(1.1, fit.AlphaCm, 1.1e-7);
        Assert.Equal(0.9, fit.Beta, 1e-7);
    }

    [Fact] // with 3% noise (fixed seed) the fit is a least-squares minimum: S(fit) ≤ S at the truth and at ±1e-4 steps
    public void Fit_MinimisesSumOfSquares_WithNoise()
    {
        var random = new System.Random(99);
        var truth = new LifetimeBoundFit(2.0, 0.5);
        double[] y = Rates.Select(r => truth.MinimumCTau0Cm(r) * (1 + 0.03 * (2 * random.NextDouble() - 1))).ToArray();
        var fit = LifetimeBoundFit.Fit(Rates, y);
        double S(double alpha, double beta) => Rates.Select((r, i) => Math.Pow(y[i] - new LifetimeBoundFit(alpha, beta).MinimumCTau0Cm(r), 2)).Sum();
        double best = S(fit.AlphaCm, fit.Beta);
        Assert.True(best <= S(truth.AlphaCm, truth.Beta));
        foreach (var (da, db) in new[] { (1e-4, 0.0), (-1e-4, 0.0), (0.0, 1e-4), (0.0, -1e-4) })
            Assert.True(best <= S(fit.AlphaCm + da, fit.Beta + db));
        Assert.Equal(2.0, fit.AlphaCm, 0.2);
        Assert.Equal(0.5, fit.Beta, 0.2);
    }

    [Fact] // seed paper: cτ0/m_N ≳ (1.1 cm/0.1 GeV)/(log10 R − 0.9); m_N = 0.1 GeV, R = 1e3: 1.1/2.1 cm; exact to 1e-14
    public void SeedPaperFit_MatchesPublishedFormula()
    {
        Assert.Equal(1.1 / 2.1, LifetimeBoundFit.SeedPaperNd280(0.1).MinimumCTau0Cm(1e3), 1e-14);
        Assert.Equal(2.2 / 2.1, LifetimeBoundFit.SeedPaperNd280(0.2).MinimumCTau0Cm(1e3), 1e-14);
        Assert.Equal(double.PositiveInfinity, LifetimeBoundFit.SeedPaperNd280(0.1).MinimumCTau0Cm(5));
    }

    [Fact] // both ends satisfy R [e^(−z/λ) − e^(−(z+ℓ)/λ)] = N_up to 1e-9 relative
    public void PointSource_EndsSolveTheEventCondition()
    {
        const double z = 280e2, l = 2e2, bg = 5, nUp = 2.30;
        var range = PointSourceLifetimeExclusion.ExcludedCTau0Cm(1e6, z, l, bg, nUp);
        Assert.NotNull(range);
        foreach (double ctau in new[] { range.Value.Low, range.Value.High })
        {
            double lambda = bg * ctau;
            Assert.Equal(nUp, 1e6 * (Math.Exp(-z / lambda) - Math.Exp(-(z + l) / lambda)), 1e-9 * nUp);
        }
    }

    [Fact] // large R: low end → z/(βγ ln(R/N_up)) (1e-9 relative), high end → R ℓ/(βγ N_up) (1e-6 relative)
    public void PointSource_HasAnalyticAsymptotes()
    {
        const double z = 100, l = 500, bg = 3, nUp = 2.30, r = 1e12; // e^(−ℓ/λ_low) ≈ e^(−130) negligible
        var range = PointSourceLifetimeExclusion.ExcludedCTau0Cm(r, z, l, bg, nUp)!.Value;
        double low = z / (bg * Math.Log(r / nUp));
        Assert.Equal(low, range.Low, 1e-9 * low);
        double high = r * l / (bg * nUp);
        Assert.Equal(high, range.High, 1e-6 * high);
    }

    [Fact] // below the threshold rate R_min = N_up / max P nothing is excluded; max P at λ* = ℓ/ln(1 + ℓ/z)
    public void PointSource_ExcludesNothingBelowThresholdRate()
    {
        const double z = 100, l = 50, nUp = 2.30;
        double lambdaStar = l / Math.Log(1 + l / z);
        double pMax = Math.Exp(-z / lambdaStar) - Math.Exp(-(z + l) / lambdaStar);
        Assert.Null(PointSourceLifetimeExclusion.ExcludedCTau0Cm(0.999 * nUp / pMax, z, l, 1, nUp));
        Assert.NotNull(PointSourceLifetimeExclusion.ExcludedCTau0Cm(1.001 * nUp / pMax, z, l, 1, nUp));
    }

    [Fact] // fitting the point-source lower ends for R = 1e3..1e9 recovers α = z/(βγ ln 10), β = log10 N_up (1e-3 relative)
    public void Fit_OfPointSourceLowerEnds_RecoversGeometry()
    {
        const double z = 100, l = 500, bg = 4, nUp = 2.30;
        double[] rates = Enumerable.Range(0, 13).Select(i => Math.Pow(10, 3 + 0.5 * i)).ToArray();
        double[] low = rates.Select(r => PointSourceLifetimeExclusion.ExcludedCTau0Cm(r, z, l, bg, nUp)!.Value.Low).ToArray();
        var fit = LifetimeBoundFit.Fit(rates, low);
        double alpha = z / (bg * Math.Log(10));
        Assert.Equal(alpha, fit.AlphaCm, 1e-3 * alpha);
        Assert.Equal(Math.Log10(nUp), fit.Beta, 1e-3);
    }

    [Fact]
    public void InvalidInput_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => LifetimeBoundFit.Fit([10, 100], [1, 2]));
        Assert.Throws<ArgumentOutOfRangeException>(() => LifetimeBoundFit.Fit([10, -100, 1000], [1, 2, 3]));
        Assert.Throws<ArgumentOutOfRangeException>(() => PointSourceLifetimeExclusion.ExcludedCTau0Cm(10, 0, 1, 1, 2.3));
    }
}
