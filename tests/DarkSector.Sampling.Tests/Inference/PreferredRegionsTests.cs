using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Scans;

namespace DarkSector.Sampling.Tests.Inference;

public sealed class PreferredRegionsTests
{
    // 2 dof: χ² CDF = 1 − exp(−x/2), so the nσ threshold is −2 ln(1 − erf(n/√2)) (closed form, 1e-9 relative);
    // the quoted 2.30, 6.18, 11.83 of Kamp et al. to their 2 decimals
    [Theory]
    [InlineData(1, 0.6826894921370859, 2.30)]
    [InlineData(2, 0.9544997361036416, 6.18)]
    [InlineData(3, 0.9973002039367398, 11.83)]
    public void Threshold_TwoDof_IsMinusTwoLnOfTheTailProbability(double sigma, double coverage, double quoted)
    {
        double threshold = PreferredRegions.Threshold(sigma, 2);
        Assert.Equal(1.0, threshold / (-2 * Math.Log(1 - coverage)), 9);
        Assert.Equal(quoted, threshold, 2);
    }

    [Fact] // 1 dof: nσ is Δχ² = n² exactly (1e-9)
    public void Threshold_OneDof_IsSigmaSquared()
    {
        foreach (double n in new[] { 1.0, 2.0, 3.0 }) Assert.Equal(n * n, PreferredRegions.Threshold(n, 1), 9);
    }

    [Fact] // Δ = r² on a 101² grid: the nσ contour is the circle r = √threshold; every point within 0.02 (linear
           // interpolation error of r² over a 0.06 cell, ≤ h²/(8r) ≈ 3e-4, with ample margin)
    public void Extract_ParaboloidGivesCirclesAtTheThresholds()
    {
        var axis = LikelihoodScan.Axis(-3, 5, AxisScale.Linear, 101);
        var result = LikelihoodScan.Run(axis, AxisScale.Linear, axis, AxisScale.Linear, (i, j) => axis[i] * axis[i] + axis[j] * axis[j], 0.9, 2, null, 1);
        var regions = PreferredRegions.Extract(result, [1, 2]);
        Assert.Equal([1.0, 2.0], regions.Select(r => r.Sigma));
        foreach (var region in regions)
        {
            var contour = Assert.Single(region.Contours);
            Assert.True(contour.IsClosed);
            double radius = Math.Sqrt(region.Threshold);
            Assert.All(contour.Points, p => Assert.InRange(Math.Sqrt(p.X * p.X + p.Y * p.Y), radius - 0.02, radius + 0.02));
        }
    }

    [Fact]
    public void ParseSigmas_ReadsAListAndRejectsBadEntries()
    {
        Assert.Equal([1.0, 2.0, 3.0], PreferredRegions.ParseSigmas("1, 2,3", "--sigmas"));
        Assert.Throws<FormatException>(() => PreferredRegions.ParseSigmas("1,x", "--sigmas"));
        Assert.Throws<ArgumentOutOfRangeException>(() => PreferredRegions.ParseSigmas("0", "--sigmas"));
        Assert.Throws<FormatException>(() => PreferredRegions.ParseSigmas(",", "--sigmas"));
    }
}
