using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Scans;

namespace DarkSector.Sampling.Tests.Scans;

public class LikelihoodScanTests
{
    [Fact] // −2 ln L = 7 + r²/σ² with σ = 0.5 around (1, 2): the 90% / 2 dof contour is the circle r = σ √4.605;
           // grid of 81 × 81 over ±2 → linear interpolation of r² across 0.05 cells: radius to 2e-3 relative
    public void Contour_OfCircularLikelihood_IsCircleAtChiSquareRadius()
    {
        var x = LikelihoodScan.Axis(-1, 3, AxisScale.Linear, 81);
        var y = LikelihoodScan.Axis(0, 4, AxisScale.Linear, 81);
        const double sigma = 0.5;
        var result = LikelihoodScan.Run(x, AxisScale.Linear, y, AxisScale.Linear,
            (i, j) => 7 + (Math.Pow(x[i] - 1, 2) + Math.Pow(y[j] - 2, 2)) / (sigma * sigma), 0.9);
        Assert.Equal(4.605170185988091, result.Threshold, 1e-9);   // χ²₂ quantile: −2 ln(0.1)
        Assert.Equal(7.0, result.Minimum, 1e-12);
        Assert.Equal((1.0, 2.0), (result.BestX, result.BestY));
        var contour = Assert.Single(result.Contours);
        Assert.True(contour.IsClosed);
        double radius = sigma * Math.Sqrt(result.Threshold);
        foreach (var p in contour.Points)
            Assert.Equal(radius, Math.Sqrt(Math.Pow(p.X - 1, 2) + Math.Pow(p.Y - 2, 2)), 2e-3 * radius);
    }

    [Fact] // a pure exclusion (−2 ln L rising with signal ∝ y away from background only): with the background-only
           // reference 0 the excluded boundary is where y² = threshold, independent of the grid's lower edge (1e-3)
    public void Reference_SetsTheMinimum_ForPureExclusion()
    {
        var x = LikelihoodScan.Axis(1, 10, AxisScale.Logarithmic, 11);
        var y = LikelihoodScan.Axis(1, 5, AxisScale.Linear, 401);
        var result = LikelihoodScan.Run(x, AxisScale.Logarithmic, y, AxisScale.Linear, (i, j) => y[j] * y[j], 0.95, reference: 0);
        Assert.Equal(0.0, result.Minimum);
        var line = Assert.Single(result.Contours);
        foreach (var p in line.Points) Assert.Equal(Math.Sqrt(result.Threshold), p.Y, 1e-3);
    }

    [Fact]
    public void Axis_IsEvenlySpacedInItsScale()
    {
        var log = LikelihoodScan.Axis(1e-10, 1e-5, AxisScale.Logarithmic, 6);
        for (int i = 0; i < 6; i++) Assert.Equal(Math.Pow(10, -10 + i), log[i], 1e-12 * log[i]);
        Assert.Equal([0.0, 0.5, 1.0], LikelihoodScan.Axis(0, 1, AxisScale.Linear, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => LikelihoodScan.Axis(0, 1, AxisScale.Logarithmic, 3));
    }
}
