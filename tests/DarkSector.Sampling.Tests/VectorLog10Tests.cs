using System.Runtime.Intrinsics;

namespace DarkSector.Sampling.Tests;

public class VectorLog10Tests
{
    private const double Bound = 1.0 / (1L << 51);   // the stated bound: 2⁻⁵¹ max(1, |log10 x|)

    private static double Worst(double[] x)
    {
        var y = new double[x.Length];
        VectorLog10.Log10(x, y);
        double worst = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double exact = Math.Log10(x[i]);
            worst = Math.Max(worst, Math.Abs(y[i] - exact) / Math.Max(1, Math.Abs(exact)));
        }
        return worst;
    }

    [Fact] // the stated bound against Math.Log10 over the positive doubles (log-uniform, subnormals included)
    public void AgreesWithMathLog10_OverThePositiveDoubles()
    {
        var random = new Random(21);
        var x = new double[1 << 18];
        for (int i = 0; i < x.Length; i++) x[i] = Math.Pow(2, -1074 + 2097.9 * random.NextDouble());
        double worst = Worst(x);
        Assert.True(worst <= Bound, $"max error {worst:E3} = {worst / Bound:F3} × 2^-51 max(1, |log10 x|)");
    }

    [Fact] // densely where masses live, around 1 (where log10 x → 0) and around the reduction's switch at √2
    public void AgreesWithMathLog10_WhereMassesLive()
    {
        var random = new Random(22);
        var x = new double[1 << 18];
        for (int i = 0; i < x.Length; i++)
            x[i] = (i % 4) switch
            {
                0 => Math.Pow(10, -4 + 8 * random.NextDouble()),
                1 => 1 + (random.NextDouble() - 0.5) * Math.Pow(10, -12 * random.NextDouble()),
                2 => Math.Sqrt(2) * (1 + (random.NextDouble() - 0.5) * 1e-9) * Math.Pow(2, random.Next(-40, 40)),
                _ => 0.001 + 10 * random.NextDouble(),
            };
        double worst = Worst(x);
        Assert.True(worst <= Bound, $"max error {worst:E3} = {worst / Bound:F3} × 2^-51 max(1, |log10 x|)");
    }

    [Fact] // exact points: powers of two and ten, the extremes
    public void ExactPoints()
    {
        double[] x = [1, 10, 100, 1e-3, 2, 0.5, double.Epsilon, double.MaxValue, 2.2250738585072014e-308];
        var y = new double[x.Length];
        VectorLog10.Log10(x, y);
        Assert.Equal(0.0, y[0]);
        for (int i = 1; i < x.Length; i++)
            Assert.True(Math.Abs(y[i] - Math.Log10(x[i])) <= Bound * Math.Max(1, Math.Abs(Math.Log10(x[i]))), $"log10({x[i]:R}) = {y[i]:R}, Math.Log10 {Math.Log10(x[i]):R}");
    }

    [Fact] // a lane's value does not depend on the lane, the other lanes or the span's length (tail padding)
    public void LanesAreIndependent()
    {
        var random = new Random(23);
        for (int round = 0; round < 200; round++)
        {
            int n = 1 + random.Next(11);
            var x = new double[n];
            for (int i = 0; i < n; i++) x[i] = Math.Pow(10, -3 + 6 * random.NextDouble());
            var y = new double[n];
            VectorLog10.Log10(x, y);
            for (int i = 0; i < n; i++)
                Assert.Equal(y[i], VectorLog10.Log10(Vector256.Create(x[i])).GetElement(3 - i % 4));
        }
    }
}
