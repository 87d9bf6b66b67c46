using DarkSector.Sampling.Reweighting.Kernels;

namespace DarkSector.Sampling.Tests.Reweighting.Kernels;

public class KernelTests
{
    private static readonly double[] Bandwidths = [0.3, 0.7, 1.3];

    private static Kernel Make(KernelShape shape, KernelForm form, int d)
        => new(shape, form, Bandwidths.AsSpan(0, d), Enumerable.Repeat(DistanceScale.Linear, d).ToArray());

    /// <summary>Midpoint rule over the box ±extent·h_k with m points per axis.</summary>
    private static double Integrate(Kernel kernel, double extent, int m)
    {
        int d = kernel.Dimension;
        var step = new double[d];
        for (int k = 0; k < d; k++) step[k] = 2 * extent * kernel.Bandwidth(k) / m;
        var point = new double[d];
        var index = new int[d];
        double sum = 0;
        long total = (long)Math.Pow(m, d);
        for (long n = 0; n < total; n++)
        {
            long rest = n;
            for (int k = 0; k < d; k++)
            {
                index[k] = (int)(rest % m);
                rest /= m;
                point[k] = -extent * kernel.Bandwidth(k) + (index[k] + 0.5) * step[k];
            }
            sum += kernel.Density(point);
        }
        double cell = 1;
        for (int k = 0; k < d; k++) cell *= step[k];
        return sum * cell;
    }

    // Numerical integration over the distance variables: midpoint rule, 4000/400/100 points per axis in 1/2/3-D; the
    // quadrature error (kink at the Epanechnikov support, Gaussian tails beyond 8σ) is below 1e-3, well under the 7.6%
    // normalisation error of the 2-D kernel in the seed paper's public code.
    [Theory]
    [InlineData(KernelShape.Epanechnikov, KernelForm.Product, 1)]
    [InlineData(KernelShape.Epanechnikov, KernelForm.Product, 2)]
    [InlineData(KernelShape.Epanechnikov, KernelForm.Product, 3)]
    [InlineData(KernelShape.Epanechnikov, KernelForm.Spherical, 1)]
    [InlineData(KernelShape.Epanechnikov, KernelForm.Spherical, 2)]
    [InlineData(KernelShape.Epanechnikov, KernelForm.Spherical, 3)]
    [InlineData(KernelShape.Gaussian, KernelForm.Product, 1)]
    [InlineData(KernelShape.Gaussian, KernelForm.Product, 2)]
    [InlineData(KernelShape.Gaussian, KernelForm.Spherical, 3)]
    public void Kernel_IntegratesToOne(KernelShape shape, KernelForm form, int d)
    {
        var kernel = Make(shape, form, d);
        double extent = shape == KernelShape.Gaussian ? 8 : 1;
        int m = d switch { 1 => 4000, 2 => 400, _ => 100 };
        Assert.Equal(1.0, Integrate(kernel, extent, m), 1e-3);
    }

    [Fact] // 2-D spherical Epanechnikov constant 2/π = (d + 2)/(2 V_2) with V_2 = π (1e-15), V_3 = 4π/3 (1e-13); the public code's 1/[4(1 − 1/√3)] is 7.6% low
    public void SphericalEpanechnikov2D_HasConstantTwoOverPi()
    {
        Assert.Equal(2 / Math.PI, Kernel.UnitNormalisation(KernelShape.Epanechnikov, KernelForm.Spherical, 2), 1e-15);
        Assert.Equal(4.0 / 3 * Math.PI, Kernel.UnitBallVolume(3), 1e-13); // Γ(5/2) from Math.NET
        double publicConstant = 1 / (4 * (1 - 1 / Math.Sqrt(3)));
        Assert.InRange(2 / Math.PI / publicConstant - 1, 0.07, 0.08);
    }

    [Fact] // Epanechnikov vanishes outside its support; Gaussian product equals spherical; exact to 1e-15
    public void Support_AndGaussianFormsAgree()
    {
        var product = Make(KernelShape.Epanechnikov, KernelForm.Product, 2);
        var sphere = Make(KernelShape.Epanechnikov, KernelForm.Spherical, 2);
        double[] corner = [0.25, 0.6]; // inside the box (|u| < 1 per axis) but outside the ellipse
        Assert.True(product.Density(corner) > 0);
        Assert.Equal(0.0, sphere.Density(corner));
        Assert.Equal(0.0, product.Density([0.31, 0.0]));
        double[] p = [0.2, -0.5];
        Assert.Equal(Make(KernelShape.Gaussian, KernelForm.Product, 2).Density(p), Make(KernelShape.Gaussian, KernelForm.Spherical, 2).Density(p), 1e-15);
    }

    // Jacobian convention: θ_i ~ Uniform(0.01, 1), so q(θ) = 1/0.99; (1/N) Σ K(log10 θ̄ − log10 θ_i) J(θ_i)/q(θ_i)
    // estimates ∫ K du = 1. N = 4e5, h = 0.05 decades at θ̄ = 0.1: about 9e3 samples in the kernel, so the
    // statistical error is ~1.2%; tolerance 5%. Without the Jacobian the estimate would be off by θ̄ ln 10 ≈ 0.23.
    [Fact]
    public void LogDistanceWeights_WithJacobian_ReproduceUnitIntegral()
    {
        var random = new System.Random(12345);
        var kernel = new Kernel(KernelShape.Epanechnikov, KernelForm.Product, [0.05], [DistanceScale.Log10]);
        const int n = 400_000;
        double sum = 0;
        double[] query = [0.1];
        double[] sample = new double[1];
        for (int i = 0; i < n; i++)
        {
            sample[0] = 0.01 + 0.99 * random.NextDouble();
            sum += kernel.Weight(query, sample) * 0.99;
        }
        Assert.Equal(1.0, sum / n, 0.05);
    }

    [Fact]
    public void InvalidConstruction_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Kernel(KernelShape.Gaussian, KernelForm.Product, [0.1, 0], [DistanceScale.Linear, DistanceScale.Linear]));
        Assert.Throws<ArgumentException>(() => new Kernel(KernelShape.Gaussian, KernelForm.Product, [0.1], [DistanceScale.Linear, DistanceScale.Linear]));
        Assert.Throws<ArgumentException>(() => Make(KernelShape.Gaussian, KernelForm.Product, 2).Density([0.1]));
    }
}
