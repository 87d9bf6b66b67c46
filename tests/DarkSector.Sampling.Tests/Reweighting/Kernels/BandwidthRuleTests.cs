using DarkSector.Sampling.Reweighting.Kernels;

namespace DarkSector.Sampling.Tests.Reweighting.Kernels;

public class BandwidthRuleTests
{
    [Fact] // Kish: equal weights give n; weights (1, 1, 2): 16/6; exact to 1e-14
    public void EffectiveSampleSize_MatchesKishFormula()
    {
        Assert.Equal(5.0, BandwidthRule.EffectiveSampleSize([2, 2, 2, 2, 2]), 1e-14);
        Assert.Equal(16.0 / 6.0, BandwidthRule.EffectiveSampleSize([1, 1, 2]), 1e-14);
        Assert.Throws<ArgumentException>(() => BandwidthRule.EffectiveSampleSize([0, 0]));
    }

    [Fact] // hand computation: axis 0 linear values (1, 3) → σ = 1; axis 1 log10 values (1, 100) → σ = 1 decade; n_eff = 2, d = 2
    public void Scott_MatchesHandComputation()
    {
        double[] parameters = [1, 1, 3, 100];
        var h = new double[2];
        BandwidthRule.Scott(parameters, [1, 1], [DistanceScale.Linear, DistanceScale.Log10], KernelShape.Gaussian, h);
        double expected = Math.Pow(2, -1.0 / 6);
        Assert.Equal(expected, h[0], 1e-14);
        Assert.Equal(expected, h[1], 1e-14);
        BandwidthRule.Scott(parameters, [1, 1], [DistanceScale.Linear, DistanceScale.Log10], KernelShape.Epanechnikov, h);
        Assert.Equal(Math.Sqrt(5) * expected, h[0], 1e-14);
    }

    [Fact] // same kernel variance: Epanechnikov of half-width √5 σ has variance σ² (Var = h²/5); 1e-8 by quadrature (midpoint, 1e5 points)
    public void EpanechnikovFactor_MatchesGaussianVariance()
    {
        double h = Math.Sqrt(5);
        var kernel = new Kernel(KernelShape.Epanechnikov, KernelForm.Product, [h], [DistanceScale.Linear]);
        const int m = 100_000;
        double step = 2 * h / m, variance = 0;
        for (int i = 0; i < m; i++)
        {
            double u = -h + (i + 0.5) * step;
            variance += u * u * kernel.Density([u]) * step;
        }
        Assert.Equal(1.0, variance, 1e-8);
    }
}
