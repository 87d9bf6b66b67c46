using DarkSector.Sampling.Likelihoods;
using MathNet.Numerics.LinearAlgebra;

namespace DarkSector.Sampling.Tests.Likelihoods;

public class BinnedLikelihoodTests
{
    private static readonly double[] Observed = [3, 0, 12, 7];
    private static readonly double[] Signal = [1.5, 0.2, 4.0, 0.0];
    private static readonly double[] SumW2 = [0.3, 0.01, 0.8, 0.0];
    private static readonly double[] Background = [2.0, 0.5, 6.0, 5.0];

    [Fact] // sum of single-bin Poisson terms, 1e-12
    public void Poisson_IsProductOverBins()
    {
        double expected = 0;
        for (int i = 0; i < Observed.Length; i++) expected += -2 * BinLogLikelihood.Poisson(Observed[i], Signal[i] + Background[i]);
        Assert.Equal(expected, PoissonLikelihood.Instance.MinusTwoLnL(Observed, Signal, SumW2, Background), 1e-12);
    }

    [Fact] // σ² = Σw² + (η(s + b))² per bin, 1e-12; η = 0 and Σw² = 0 reproduce Poisson
    public void Effective_UsesMonteCarloAndSystematicVariance()
    {
        const double eta = 0.2;
        double expected = 0;
        for (int i = 0; i < Observed.Length; i++)
        {
            double mu = Signal[i] + Background[i];
            expected += -2 * BinLogLikelihood.Effective(Observed[i], mu, SumW2[i] + eta * eta * mu * mu);
        }
        Assert.Equal(expected, new EffectiveLikelihood(eta).MinusTwoLnL(Observed, Signal, SumW2, Background), 1e-12);
        double[] zero = new double[Observed.Length];
        Assert.Equal(PoissonLikelihood.Instance.MinusTwoLnL(Observed, Signal, zero, Background),
            new EffectiveLikelihood().MinusTwoLnL(Observed, Signal, zero, Background), 1e-12);
    }

    [Fact] // an empty bin (k = 0, s + b = 0) contributes ln L = 0: −2 ln L is +0, not −0 (printed "-0" by reports)
    public void EmptyBins_GivePositiveZero()
    {
        double[] zero = [0.0];
        foreach (var likelihood in new IBinnedLikelihood[] { PoissonLikelihood.Instance, new EffectiveLikelihood(), new EffectiveLikelihood(0.3) })
        {
            double value = likelihood.MinusTwoLnL(zero, zero, zero, zero);
            Assert.Equal(0.0, value);
            Assert.False(double.IsNegative(value), likelihood.GetType().Name);
        }
    }

    [Fact] // V = [[4, 1], [1, 9]], r = (1, 2): rᵀV⁻¹r = (9 − 4 + 16)/35 = 0.6 exactly; 1e-14
    public void GaussianChiSquare_MatchesHandComputation()
    {
        var chi2 = new GaussianChiSquare(new double[,] { { 4, 1 }, { 1, 9 } });
        Assert.Equal(0.6, chi2.MinusTwoLnL([6, 12], [2, 3], [0, 0], [3, 7]), 1e-14);
    }

    [Fact] // 20 bins, random SPD V: Cholesky path = rᵀ V⁻¹ r from Math.NET's inverse, 1e-9 relative
    public void GaussianChiSquare_MatchesExplicitInverse()
    {
        var (v, r) = RandomProblem(20, seed: 7);
        var chi2 = new GaussianChiSquare(v.ToArray());
        double[] zero = new double[20];
        double[] observed = r.Select(x => x + 50).ToArray();
        double[] background = Enumerable.Repeat(50.0, 20).ToArray();
        var rv = Vector<double>.Build.DenseOfArray(r);
        double expected = rv * (v.Inverse() * rv);
        Assert.Equal(expected, chi2.MinusTwoLnL(observed, zero, zero, background), 1e-9 * expected);
    }

    [Fact]
    public void GaussianChiSquare_RejectsNonPositiveDefiniteOrAsymmetricCovariance()
    {
        Assert.Throws<ArgumentException>(() => new GaussianChiSquare(new double[,] { { 1, 2 }, { 2, 1 } }));
        Assert.Throws<ArgumentException>(() => new GaussianChiSquare(new double[,] { { 1, 0.5 }, { 0.4, 1 } }));
        Assert.Throws<ArgumentException>(() => new GaussianChiSquare(new double[,] { { 1, 0 }, { 0, 1 } })
            .MinusTwoLnL([1, 2, 3], [0, 0, 0], [0, 0, 0], [1, 1, 1]));
    }

    [Fact] // single bin n = 5, μ = 3: (3 − 5)² (1/5 + 2/3)/3 = 52/45; n = 0: 2μ (Ji et al. eq. 19); 1e-14
    public void CombinedNeymanPearson_SingleBinMatchesFormula()
    {
        var cnp = new CombinedNeymanPearsonChiSquare();
        Assert.Equal(52.0 / 45.0, cnp.MinusTwoLnL([5], [1], [0], [2]), 1e-14);
        Assert.Equal(6.0, cnp.MinusTwoLnL([0], [1], [0], [2]), 1e-14);
        Assert.Equal(0.0, cnp.MinusTwoLnL([0], [0], [0], [0]));
        Assert.Equal(double.PositiveInfinity, cnp.MinusTwoLnL([2], [0], [0], [0]));
    }

    [Fact] // a diagonal covariance reproduces the independent-bin sum with the variance added, 1e-12 relative
    public void CombinedNeymanPearson_DiagonalCovarianceEqualsIndependentBins()
    {
        double[] syst = [0.5, 0.0, 2.0, 1.0];
        var v = new double[4, 4];
        for (int i = 0; i < 4; i++) v[i, i] = syst[i];
        double expected = 0;
        for (int i = 0; i < 4; i++)
        {
            double mu = Signal[i] + Background[i], d = mu - Observed[i];
            expected += d * d / (BinLogLikelihood.CombinedNeymanPearsonVariance(Observed[i], mu) + SumW2[i] + syst[i]);
        }
        var cnp = new CombinedNeymanPearsonChiSquare(v, SystematicCovarianceKind.Absolute);
        Assert.Equal(expected, cnp.MinusTwoLnL(Observed, Signal, SumW2, Background), 1e-12 * expected);
    }

    [Fact] // full fractional covariance: V = diag(σ²_CNP + Σw²) + F_ij μ_i μ_j inverted by Math.NET, 1e-10 relative
    public void CombinedNeymanPearson_FractionalCovarianceMatchesExplicitInverse()
    {
        var (f, _) = RandomProblem(4, seed: 3);
        f = f / 100.0; // fractional covariances of order 10%²
        var cnp = new CombinedNeymanPearsonChiSquare(f.ToArray(), SystematicCovarianceKind.Fractional);
        var v = Matrix<double>.Build.Dense(4, 4);
        var r = Vector<double>.Build.Dense(4);
        for (int i = 0; i < 4; i++)
        {
            double mui = Signal[i] + Background[i];
            r[i] = Observed[i] - mui;
            for (int j = 0; j < 4; j++) v[i, j] = f[i, j] * mui * (Signal[j] + Background[j]);
            v[i, i] += BinLogLikelihood.CombinedNeymanPearsonVariance(Observed[i], mui) + SumW2[i];
        }
        double expected = r * (v.Inverse() * r);
        Assert.Equal(expected, cnp.MinusTwoLnL(Observed, Signal, SumW2, Background), 1e-10 * expected);
    }

    [Fact] // a zero-variance bin drops out when its residual vanishes and gives +∞ otherwise
    public void CombinedNeymanPearson_WithCovarianceHandlesEmptyBins()
    {
        var v = new double[,] { { 1, 0 }, { 0, 0 } };
        var cnp = new CombinedNeymanPearsonChiSquare(v, SystematicCovarianceKind.Absolute);
        double single = new CombinedNeymanPearsonChiSquare(new double[,] { { 1 } }, SystematicCovarianceKind.Absolute)
            .MinusTwoLnL([4], [1], [0], [2]);
        Assert.Equal(single, cnp.MinusTwoLnL([4, 0], [1, 0], [0, 0], [2, 0]), 1e-14);
        Assert.Equal(double.PositiveInfinity, cnp.MinusTwoLnL([4, 1], [1, 0], [0, 0], [2, 0]));
    }

    [Fact] // sum of the analyses' −2 ln L, 1e-12
    public void Combination_AddsIndependentAnalyses()
    {
        var a = new BinnedAnalysis("a", new EffectiveLikelihood(0.2), Observed[..2], Background[..2]);
        var b = new BinnedAnalysis("b", new CombinedNeymanPearsonChiSquare(), Observed[2..], Background[2..]);
        var both = new AnalysisCombination([a, b]);
        Assert.Equal(4, both.TotalBinCount);
        double expected = a.MinusTwoLnL(Signal[..2], SumW2[..2]) + b.MinusTwoLnL(Signal[2..], SumW2[2..]);
        Assert.Equal(expected, both.MinusTwoLnL(Signal, SumW2), 1e-12);
        Assert.Throws<ArgumentException>(() => new AnalysisCombination([a, a]));
        Assert.Throws<ArgumentException>(() => both.MinusTwoLnL(Signal[..3], SumW2[..3]));
    }

    [Fact] // Asimov data minimise the Poisson −2 ln L in every bin: the gradient 2(1 − n/μ) vanishes at μ = n
    public void Asimov_DataAreExpectationAndMinimiseLikelihood()
    {
        double[] exact = new double[4], rounded = new double[4];
        AsimovData.Exact(Signal, Background, exact);
        AsimovData.Rounded(Signal, Background, rounded);
        Assert.Equal([3.5, 0.7, 10.0, 5.0], exact);
        Assert.Equal([4.0, 1.0, 10.0, 5.0], rounded);
        double[] zero = new double[4];
        double atAsimov = PoissonLikelihood.Instance.MinusTwoLnL(exact, Signal, zero, Background);
        foreach (double scale in new[] { 0.9, 1.1 })
        {
            double[] s = Signal.Select(x => x * scale).ToArray();
            Assert.True(PoissonLikelihood.Instance.MinusTwoLnL(exact, s, zero, Background) > atAsimov);
        }
    }

    [Fact]
    public void InvalidSpans_AreRejected()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            PoissonLikelihood.Instance.MinusTwoLnL([1, -2], [0, 0], [0, 0], [1, 1]));
        Assert.Contains("observed[1]", e.Message);
        Assert.Throws<ArgumentException>(() => new EffectiveLikelihood().MinusTwoLnL([1, 2], [0], [0, 0], [1, 1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EffectiveLikelihood(-0.1));
    }

    private static (Matrix<double> Covariance, double[] Residual) RandomProblem(int n, int seed)
    {
        var random = new System.Random(seed);
        var a = Matrix<double>.Build.Dense(n, n, (_, _) => random.NextDouble() - 0.5);
        var v = a * a.Transpose() + Matrix<double>.Build.DenseIdentity(n) * 0.5;
        var r = Enumerable.Range(0, n).Select(_ => 4 * (random.NextDouble() - 0.5)).ToArray();
        return (v, r);
    }
}
