using DarkSector.Sampling.Likelihoods;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;
using MathNet.Numerics;

namespace DarkSector.Sampling.Tests.Likelihoods;

public class BinLogLikelihoodTests
{
    [Fact] // closed form k ln μ − μ − ln k!, 1e-14 absolute
    public void Poisson_MatchesClosedForm()
    {
        Assert.Equal(3 * Math.Log(2.5) - 2.5 - Math.Log(6), BinLogLikelihood.Poisson(3, 2.5), 1e-14);
        Assert.Equal(-2.5, BinLogLikelihood.Poisson(0, 2.5), 1e-15);
        Assert.Equal(0.0, BinLogLikelihood.Poisson(0, 0));
        Assert.Equal(double.NegativeInfinity, BinLogLikelihood.Poisson(1, 0));
    }

    [Theory] // k = 0: ln L = −α ln(1 + 1/β); k = 1: ln α + α ln β − (α + 1) ln(1 + β); 1e-12 absolute
    [InlineData(3.0, 2.0)]    // α = 5.5: direct lnΓ form
    [InlineData(30.0, 2.0)]   // α = 451: Stirling form
    [InlineData(0.5, 4.0)]    // α ≈ 1.06, β small
    public void Effective_MatchesClosedForm_ForZeroAndOneCount(double mu, double sigma2)
    {
        double beta = mu / sigma2, alpha = mu * mu / sigma2 + 1;
        Assert.Equal(-alpha * Math.Log(1 + 1 / beta), BinLogLikelihood.Effective(0, mu, sigma2), 1e-12);
        Assert.Equal(Math.Log(alpha) + alpha * Math.Log(beta) - (alpha + 1) * Math.Log(1 + beta),
            BinLogLikelihood.Effective(1, mu, sigma2), 1e-12);
    }

    [Theory] // negative binomial: Σ_k L = 1 and Σ_k k L = α/β = μ + σ²/μ, to 1e-10
    [InlineData(3.0, 2.0)]
    [InlineData(30.0, 2.0)]
    [InlineData(200.0, 50.0)]
    [InlineData(0.2, 0.05)]
    public void Effective_IsNormalised_WithGammaPoissonMean(double mu, double sigma2)
    {
        double norm = 0, mean = 0;
        for (int k = 0; k < 5000; k++)
        {
            double p = Math.Exp(BinLogLikelihood.Effective(k, mu, sigma2));
            norm += p;
            mean += k * p;
        }
        Assert.Equal(1.0, norm, 1e-10);
        Assert.Equal(mu + sigma2 / mu, mean, 1e-8 * mean);
    }

    // L_eff → Poisson as σ → 0, with the analytic first-order term. The gamma prior has mean μ + σ²/μ and variance
    // σ² + O(σ⁴), so ln L_eff − ln P = (σ²/2μ²) [(k − μ)² + k − 2μ] + O(σ⁴). With σ² = ε μ² the slope at ε = 1e-8 matches
    // [(k − μ)² + k − 2μ]/2 to 1e-3 (absolute, or relative when larger), and σ² = 0 is exactly Poisson.
    [Theory]
    [InlineData(0.0, 2.0)]
    [InlineData(3.0, 2.0)]
    [InlineData(7.0, 12.5)]
    [InlineData(150.0, 140.0)]
    [InlineData(1.0, 1e-3)]
    public void Effective_TendsToPoisson_WithAnalyticFirstOrderTerm(double k, double mu)
    {
        double poisson = BinLogLikelihood.Poisson(k, mu);
        const double eps = 1e-8;
        double slope = (BinLogLikelihood.Effective(k, mu, eps * mu * mu) - poisson) / eps;
        double expected = ((k - mu) * (k - mu) + k - 2 * mu) / 2;
        Assert.Equal(expected, slope, 1e-3 * Math.Max(1, Math.Abs(expected)));
        Assert.Equal(poisson, BinLogLikelihood.Effective(k, mu, 0), 1e-15);
    }

    [Fact] // large counts: k = μ = 1e7, σ → 0 gives ln P = −½ ln(2πk) − 1/(12k) + O(k⁻³) (Stirling), to 1e-6
    public void Effective_IsAccurate_ForLargeCounts()
    {
        double k = 1e7;
        double expected = -0.5 * Math.Log(2 * Math.PI * k) - 1 / (12 * k);
        Assert.Equal(expected, BinLogLikelihood.Effective(k, k, 1e-6), 1e-6);
        Assert.Equal(expected, BinLogLikelihood.Poisson(k, k), 1e-6);
        Assert.True(double.IsFinite(BinLogLikelihood.Effective(k, k, 1e12)));
    }

    [Fact] // μ → 0 with σ² = w μ: ln L(0) = −(μ/w + 1) ln(1 + w) exactly, finite down to μ = 1e-300; 1e-13 relative
    public void Effective_IsStable_AsExpectationVanishes()
    {
        const double w = 0.3;
        foreach (double mu in new[] { 1e-3, 1e-10, 1e-100, 1e-300 })
        {
            double lnL0 = BinLogLikelihood.Effective(0, mu, w * mu);
            Assert.Equal(-(mu / w + 1) * Math.Log(1 + w), lnL0, 1e-13);
            double lnL2 = BinLogLikelihood.Effective(2, mu, w * mu);
            Assert.True(double.IsFinite(lnL2) && lnL2 < lnL0);
        }
        Assert.Equal(0.0, BinLogLikelihood.Effective(0, 0, 0));
        Assert.Equal(double.NegativeInfinity, BinLogLikelihood.Effective(3, 0, 1));
    }

    [Property] // both evaluation paths agree where either is valid (α ∈ [10, 60]): 1e-10 absolute
    public Property EffectiveStirlingAndDirectForms_Agree() =>
        Prop.ForAll(Arb.From(
            from a in Gen.Choose(100, 600)
            from b in Gen.Choose(1, 1000)
            from k in Gen.Choose(0, 200)
            select (alpha: a / 10.0, beta: b / 100.0, k: (double)k)), t =>
        {
            double direct = BinLogLikelihood.EffectiveDirect(t.k, t.alpha, t.beta);
            double stirling = BinLogLikelihood.EffectiveStirling(t.k, t.alpha, t.beta);
            return Math.Abs(direct - stirling) < 1e-10 * Math.Max(1, Math.Abs(direct));
        });

    [Fact] // δ(x) = lnΓ(x) − (x − ½) ln x + x − ½ ln 2π vs Math.NET lnΓ at x ≥ 10; tolerance 4e-15 lnΓ(x), the rounding
           // of the reference's own cancellation
    public void StirlingCorrection_MatchesLogGamma()
    {
        foreach (double x in new[] { 10.0, 13.7, 50.0, 1e3 })
            Assert.Equal(SpecialFunctions.GammaLn(x) - ((x - 0.5) * Math.Log(x) - x + 0.5 * Math.Log(2 * Math.PI)),
                BinLogLikelihood.StirlingCorrection(x), 4e-15 * SpecialFunctions.GammaLn(x));
    }

    [Fact] // tabulated ln k! = ln(120) at k = 5 (1e-14), and continuous with lnΓ(k + 1) across the table end at 1024 (1e-12 relative)
    public void LogFactorial_MatchesExactValuesAndLogGamma()
    {
        Assert.Equal(0.0, BinLogLikelihood.LogFactorial(0));
        Assert.Equal(Math.Log(120), BinLogLikelihood.LogFactorial(5), 1e-14);
        Assert.Equal(BinLogLikelihood.LogFactorial(1023) + Math.Log(1024), BinLogLikelihood.LogFactorial(1024), 1e-12 * 5000);
        Assert.Equal(SpecialFunctions.GammaLn(3.5), BinLogLikelihood.LogFactorial(2.5), 1e-14);
    }

    [Fact] // Ji et al. eq. (19): 3/(1/n + 2/μ); μ/2 at n = 0; exact arithmetic to 1e-15
    public void CombinedNeymanPearsonVariance_MatchesFormula()
    {
        Assert.Equal(45.0 / 13.0, BinLogLikelihood.CombinedNeymanPearsonVariance(5, 3), 1e-14);
        Assert.Equal(1.5, BinLogLikelihood.CombinedNeymanPearsonVariance(0, 3), 1e-15);
        Assert.Equal(0.0, BinLogLikelihood.CombinedNeymanPearsonVariance(4, 0));
    }

    [Fact]
    public void NegativeOrNonFiniteInput_IsRejectedWithItsName()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => BinLogLikelihood.Effective(-1, 2, 1));
        Assert.Contains("observed", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => BinLogLikelihood.Poisson(1, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => BinLogLikelihood.Effective(1, 2, -1));
    }
}
