using DarkSector.Sampling.Vegas;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;

namespace DarkSector.Sampling.Tests.Vegas;

public class AdaptiveMapTests
{
    private static AdaptiveMap Trained()
    {
        var map = AdaptiveMap.UnitHypercube(2, 50);
        var y = new double[2];
        var x = new double[2];
        for (int i = 0; i < 2000; i++)
        {
            y[0] = (i + 0.5) / 2000;
            y[1] = 1 - y[0];
            map.Map(y, x);
            map.AddTrainingData(y, Math.Exp(-(x[0] - 0.3) * (x[0] - 0.3) / 0.01));
        }
        map.Adapt(1.0);
        return map;
    }

    [Property] // the map is increasing and J = dx/dy, checked by central differences to 1e-9 relative (FsCheck over y)
    public Property Jacobian_EqualsDerivativeOfMap() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 999_998).Select(k => k / 1_000_000.0)), y0 =>
        {
            var map = Trained();
            double h = 1e-7;
            var x = new double[2];
            var xp = new double[2];
            var xm = new double[2];
            double jac = map.Map([y0, 0.5], x);
            map.Map([y0 + h, 0.5], xp);
            map.Map([y0 - h, 0.5], xm);
            double derivative = (xp[0] - xm[0]) / (2 * h) * map.Increments(1) * (map.Grid(1)[26] - map.Grid(1)[25]);
            bool sameIncrement = (int)((y0 + h) * 50) == (int)((y0 - h) * 50);
            return xp[0] > xm[0] && (!sameIncrement || Math.Abs(derivative - jac) <= 1e-6 * jac);
        });

    [Fact] // one step (α = 1) towards a peak at 0.3 (width 0.07): the increment at the peak shrinks below half the uniform width, the one at x = 0.9 grows
    public void Adaptation_ConcentratesIncrementsAtThePeak()
    {
        var map = Trained();
        var grid = map.Grid(0);
        int i = 0;
        while (grid[i + 1] < 0.3) i++;
        Assert.True(grid[i + 1] - grid[i] < 0.5 / 50, $"width {grid[i + 1] - grid[i]}");
        int j = 0;
        while (grid[j + 1] < 0.9) j++;
        Assert.True(grid[j + 1] - grid[j] > 1.0 / 50, $"width {grid[j + 1] - grid[j]}");
        Assert.Equal(0.0, grid[0]);
        Assert.Equal(1.0, grid[^1]);
    }

    [Fact] // constant training data leave a uniform grid uniform (1e-12 absolute)
    public void ConstantTrainingData_LeaveUniformGridUnchanged()
    {
        var map = AdaptiveMap.UnitHypercube(1, 20);
        for (int i = 0; i < 1000; i++) map.AddTrainingData([(i + 0.5) / 1000], 3.0);
        map.Adapt(0.5);
        for (int k = 0; k <= 20; k++) Assert.Equal(k / 20.0, map.Grid(0)[k], 1e-12);
    }

    [Fact] // ∫ J dy over the unit cube equals the domain volume (midpoint sum, 1e-12 relative)
    public void JacobianIntegratesToDomainVolume()
    {
        var map = new AdaptiveMap([0.0, -2.0], [3.0, 5.0], 10);
        var x = new double[2];
        double sum = 0;
        int n = 200;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) sum += map.Map([(i + 0.5) / n, (j + 0.5) / n], x);
        Assert.Equal(21.0, sum / (n * n), 1e-12 * 21);
        Assert.Equal(21.0, map.Volume, 1e-12);
    }

    [Theory]
    [InlineData("garbage\n", "first line")]
    [InlineData("# DarkSector VEGAS map v1\ndimension 2\naxis 0 2 0 0.5 1\n", "truncated")]
    [InlineData("# DarkSector VEGAS map v1\ndimension 1\naxis 0 2 0 0.7 0.5\n", "not increasing")]
    [InlineData("# DarkSector VEGAS map v1\ndimension 1\naxis 0 2 0 x 1\n", "not a finite number")]
    public void MalformedMapText_IsRejectedWithReason(string text, string reason)
    {
        var ex = Assert.Throws<FormatException>(() => AdaptiveMap.Load(new StringReader(text)));
        Assert.Contains(reason, ex.Message);
    }

    [Fact]
    public void InvalidDomain_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new AdaptiveMap([1.0], [1.0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AdaptiveMap([0.0], [double.NaN]));
        Assert.Throws<ArgumentOutOfRangeException>(() => AdaptiveMap.UnitHypercube(2, 0));
    }
}
