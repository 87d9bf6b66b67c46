using DarkSector.Sampling.Limits;
using MathNet.Numerics.Distributions;

namespace DarkSector.Sampling.Tests.Limits;

public class PoissonUpperLimitTests
{
    [Theory] // PDG Review of Statistics table 40.3 (b = 0), quoted to 2 decimals: tolerance 0.005
    [InlineData(0, 0.90, 2.30)]
    [InlineData(1, 0.90, 3.89)]
    [InlineData(2, 0.90, 5.32)]
    [InlineData(3, 0.90, 6.68)]
    [InlineData(0, 0.95, 3.00)]
    [InlineData(1, 0.95, 4.74)]
    [InlineData(2, 0.95, 6.30)]
    public void ZeroBackground_MatchesPdgTable(int n, double cl, double expected)
        => Assert.Equal(expected, PoissonUpperLimit.ZeroBackground(n, cl), 0.005);

    [Fact] // defining property P(N ≤ n | s_up) = 1 − CL from Math.NET's Poisson CDF, 1e-10
    public void ZeroBackground_SolvesNeymanCondition()
    {
        foreach (int n in new[] { 0, 1, 5, 40, 500 })
            foreach (double cl in new[] { 0.68, 0.9, 0.95 })
                Assert.Equal(1 - cl, Poisson.CDF(PoissonUpperLimit.ZeroBackground(n, cl), n), 1e-10);
    }
}
