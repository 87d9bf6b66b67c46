using DarkSector.Sampling.Limits;

namespace DarkSector.Sampling.Tests.Limits;

public class DeltaLogLikelihoodTests
{
    [Theory] // PDG Review of Statistics table 40.2 (quoted to 3 significant digits): tolerance 0.005
    [InlineData(0.90, 1, 2.71)]
    [InlineData(0.95, 1, 3.84)]
    [InlineData(0.90, 2, 4.61)]
    [InlineData(0.95, 2, 5.99)]
    [InlineData(0.99, 2, 9.21)]
    [InlineData(0.6827, 1, 1.00)]
    public void Threshold_MatchesChiSquareQuantileTable(double cl, int dof, double expected)
        => Assert.Equal(expected, DeltaLogLikelihood.Threshold(cl, dof), 0.005);

    [Fact] // 2 dof: the χ² CDF is 1 − e^(−t/2), so t = −2 ln(1 − CL) exactly; 1e-10
    public void Threshold_ForTwoDegreesOfFreedom_IsClosedForm()
    {
        foreach (double cl in new[] { 0.5, 0.9, 0.95, 0.997 })
            Assert.Equal(-2 * Math.Log(1 - cl), DeltaLogLikelihood.Threshold(cl, 2), 1e-10);
    }

    [Fact]
    public void Threshold_RejectsInvalidConfidenceLevel()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DeltaLogLikelihood.Threshold(1.0, 2));
        Assert.Contains("confidenceLevel", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => DeltaLogLikelihood.Threshold(0.9, 0));
    }

    [Fact] // subtracting the minimum: exact arithmetic, NaN ignored
    public void FromScan_SubtractsMinimum()
    {
        double[] scan = [5, 3, double.NaN, 4, double.PositiveInfinity];
        var delta = new double[5];
        Assert.Equal(1, DeltaLogLikelihood.FromScan(scan, delta));
        Assert.Equal(2.0, delta[0]);
        Assert.Equal(0.0, delta[1]);
        Assert.True(double.IsNaN(delta[2]));
        Assert.Equal(double.PositiveInfinity, delta[4]);
    }
}
