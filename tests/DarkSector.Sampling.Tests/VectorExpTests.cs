namespace DarkSector.Sampling.Tests;

public class VectorExpTests
{
    [Fact] // the stated bound: ≤ 4e-16 relative to Math.Exp on [−708, 0] (a few ulp; Math.Exp is itself within 1 ulp)
    public void AgreesWithMathExp_OnTheWholeRange()
    {
        var random = new System.Random(11);
        var x = new double[1 << 16];
        var y = new double[x.Length];
        double worst = 0;
        for (int round = 0; round < 16; round++)
        {
            for (int i = 0; i < x.Length; i++) x[i] = round % 2 == 0 ? -708 * random.NextDouble() : -Math.Pow(10, -12 + 14.85 * random.NextDouble());
            VectorExp.Exp(x, y);
            for (int i = 0; i < x.Length; i++) worst = Math.Max(worst, Math.Abs(y[i] / Math.Exp(x[i]) - 1));
        }
        Assert.True(worst <= 4e-16, $"max relative error {worst:E3}");
    }

    [Fact] // exact points and the cut-off
    public void ExactPointsAndCutoff()
    {
        double[] x = [0, -0.0, -Math.Log(2), -709, -1000, double.NegativeInfinity, -1e-300];
        var y = new double[x.Length];
        VectorExp.Exp(x, y);
        Assert.Equal([1, 1, 0.5, 0, 0, 0, 1], y);
    }

    [Fact] // an element's value does not depend on its position (vector lane or scalar tail) or the span's length
    public void ResultDoesNotDependOnPositionOrLength()
    {
        var random = new System.Random(3);
        var x = new double[37];
        for (int i = 0; i < x.Length; i++) x[i] = -50 * random.NextDouble();
        var full = new double[x.Length];
        VectorExp.Exp(x, full);
        for (int offset = 0; offset < 9; offset++)
            for (int length = 1; offset + length <= x.Length; length += 3)
            {
                var part = new double[length];
                VectorExp.Exp(x.AsSpan(offset, length), part);
                for (int i = 0; i < length; i++) Assert.Equal(full[offset + i], part[i]);
                Assert.Equal(full[offset], VectorExp.Exp(x[offset]));
            }
    }
}
