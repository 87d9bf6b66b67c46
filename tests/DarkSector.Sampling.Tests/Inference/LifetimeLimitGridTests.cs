using DarkSector.Sampling.Inference;

namespace DarkSector.Sampling.Tests.Inference;

/// <summary>The c τ₀ grid's checks, made before any simulation (<see cref="LifetimeLimit.CheckGrid"/>): the first bad input
/// is named with its value and range, in the order confidence level, points, range.</summary>
public sealed class LifetimeLimitGridTests
{
    [Theory]
    [InlineData(1e-2, 1e7, 200, 1.5, "--cl = 1.5 is outside (0, 1)")]
    [InlineData(1e-2, 1e7, 1, 0.9, "--points = 1 is outside [2, 1000]")]
    [InlineData(1e-2, 1e7, 1001, null, "--points = 1001 is outside [2, 1000]")]
    [InlineData(0.0, 1e7, 200, null, "the c tau0 range [0, 10000000] must satisfy 0 < min < max < infinity")]
    [InlineData(10.0, 1.0, 200, null, "the c tau0 range [10, 1] must satisfy 0 < min < max < infinity")]
    [InlineData(0.0, 1e7, 1, 0.0, "--cl = 0 is outside (0, 1)")]   // several bad: the confidence level first
    [InlineData(1e-2, 1e7, 200, 1.0, "--cl = 1 is outside (0, 1)")]   // the open interval's ends
    [InlineData(5.0, 5.0, 200, null, "the c tau0 range [5, 5] must satisfy 0 < min < max < infinity")]
    [InlineData(1.5, double.PositiveInfinity, 200, null, "the c tau0 range [1.5, Infinity] must satisfy 0 < min < max < infinity")]   // invariant culture
    public void CheckGrid_NamesTheFirstBadInput(double min, double max, int points, double? cl, string message) =>
        Assert.StartsWith(message, Assert.Throws<ArgumentOutOfRangeException>(() => LifetimeLimit.CheckGrid(min, max, points, cl)).Message, StringComparison.Ordinal);

    [Theory] // the error names the option that is wrong
    [InlineData(1e-2, 1e7, 200, 1.5, "--cl")]
    [InlineData(1e-2, 1e7, 1001, null, "--points")]
    [InlineData(10.0, 1.0, 200, null, "--max")]
    public void CheckGrid_NamesTheOption(double min, double max, int points, double? cl, string option) =>
        Assert.Equal(option, Assert.Throws<ArgumentOutOfRangeException>(() => LifetimeLimit.CheckGrid(min, max, points, cl)).ParamName);

    [Fact]
    public void CheckGrid_AcceptsAValidGrid_WithOrWithoutAConfidenceLevel()
    {
        LifetimeLimit.CheckGrid(1e-2, 1e7, 200);
        LifetimeLimit.CheckGrid(1e-2, 1e7, 2, 0.95);
        LifetimeLimit.CheckGrid(1e-2, 1e7, 1000, 0.9);   // the largest grid
    }
}
