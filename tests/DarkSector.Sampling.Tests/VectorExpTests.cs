using System.Runtime.Intrinsics;
using DarkSector.Physics;

namespace DarkSector.Sampling.Tests;

public class VectorExpTests
{
    private const double Ulp = 1.0 / (1 << 24);   // 2⁻²⁴, half the float spacing at 1

    private static float[] Apply(Func<Vector256<float>, Vector256<float>> f, float[] x)
    {
        var y = new float[x.Length];
        for (int i = 0; i < x.Length; i += 8) f(Vector256.Create<float>(x.AsSpan(i, 8))).CopyTo(y, i);
        return y;
    }

    [Fact] // the stated bound: e^x within 3·2⁻²⁴ relative of Math.Exp on [−87.3, 0], uniform and log-spaced arguments
    public void Exp_AgreesWithMathExp_OnTheWholeDomain()
    {
        var random = new System.Random(11);
        double worst = 0;
        for (int round = 0; round < 32; round++)
        {
            var x = new float[1 << 14];
            for (int i = 0; i < x.Length; i++)
                x[i] = round % 2 == 0 ? (float)(-87.3 * random.NextDouble()) : -(float)Math.Pow(10, -30 + 31.94 * random.NextDouble());
            var y = Apply(VectorExp.Exp, x);
            for (int i = 0; i < x.Length; i++) worst = Math.Max(worst, Math.Abs(y[i] / Math.Exp(x[i]) - 1));
        }
        Assert.True(worst <= 3 * Ulp, $"max relative error {worst:E3} = {worst / Ulp:F2} × 2^-24");
    }

    [Fact] // the stated bound: 1 − e^{−y} within 4·2⁻²⁴ relative of −expm1(−y) for y from 1e-30 to 200 (no cancellation)
    public void OneMinusExpNegative_AgreesWithExpM1()
    {
        var random = new System.Random(12);
        double worst = 0;
        for (int round = 0; round < 32; round++)
        {
            var y = new float[1 << 14];
            for (int i = 0; i < y.Length; i++)
                y[i] = round % 2 == 0 ? (float)(100 * random.NextDouble()) : (float)Math.Pow(10, -30 + 32.3 * random.NextDouble());
            var r = Apply(VectorExp.OneMinusExpNegative, y);
            for (int i = 0; i < y.Length; i++) worst = Math.Max(worst, Math.Abs(r[i] / -StableMath.ExpM1(-y[i]) - 1));
        }
        Assert.True(worst <= 4 * Ulp, $"max relative error {worst:E3} = {worst / Ulp:F2} × 2^-24");
    }

    [Fact] // exact points and the cut-off below the smallest normal float
    public void ExactPointsAndCutoff()
    {
        float[] x = [0, -0f, -88, -1000, float.NegativeInfinity, -1e-30f, -0.5f * MathF.Log(2) * 0, -float.Epsilon];
        Assert.Equal([1, 1, 0, 0, 0, 1, 1, 1], Apply(VectorExp.Exp, x));
        float[] y = [0, 1e-30f, 200, 1000, float.PositiveInfinity, float.MaxValue, 1e-45f, 90];
        Assert.Equal([0, 1e-30f, 1, 1, 1, 1, 1e-45f, 1], Apply(VectorExp.OneMinusExpNegative, y));
    }

    [Fact] // a lane's value does not depend on the lane or on the other lanes' arguments
    public void LanesAreIndependent()
    {
        var random = new System.Random(3);
        for (int round = 0; round < 100; round++)
        {
            var x = new float[8];
            for (int i = 0; i < 8; i++) x[i] = (float)(-90 * random.NextDouble());
            var y = Apply(VectorExp.Exp, x);
            var z = Apply(VectorExp.OneMinusExpNegative, x.Select(v => -v).ToArray());
            for (int i = 0; i < 8; i++)
            {
                Assert.Equal(y[i], VectorExp.Exp(Vector256.Create(x[i])).GetElement(7 - i % 8));
                Assert.Equal(z[i], VectorExp.OneMinusExpNegative(Vector256.Create(-x[i])).GetElement(i));
            }
        }
    }
}
