using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Limits;

namespace DarkSector.Sampling.Tests.Inference;

public sealed class InferenceBuildingBlockTests
{
    private sealed class Parabola(double centre, double background) : ILikelihoodTerm
    {
        public double MinusTwoLnL(IReadOnlyDictionary<string, double> values) => (values["x"] - centre) * (values["x"] - centre);

        public double BackgroundOnly() => background;
    }

    [Fact] // Σ of two parabolas (x − 1)² + (x − 3)² = 2(x − 2)² + 2: the combined −2 ln L and background are the sums
    public void CombinedLikelihood_SumsItsTerms()
    {
        var combined = new CombinedLikelihood([new Parabola(1, 5), new Parabola(3, 7)]);
        foreach (double x in new[] { -1.0, 0.5, 2.0, 4.25 })
            Assert.Equal(2 * (x - 2) * (x - 2) + 2, combined.MinusTwoLnL(new Dictionary<string, double> { ["x"] = x }), 12);
        Assert.Equal(12, combined.BackgroundOnly());
        Assert.Throws<ArgumentException>(() => new CombinedLikelihood([]));
    }

    [Fact] // −2 ln L = (x − 5)² on x = 0..10 (linear): minimum 0 at x = 5 (below the background's 30), 90% CL for 1 dof is
           // Δ > 2.7055, so the excluded intervals are [0, 5 − √2.7055] and [5 + √2.7055, 10], the ends by linear
           // interpolation of a parabola between grid points 0.1 apart (error ≤ h²/8 · 2/slope ≈ 8e-4)
    public void IntervalScan_ExcludesOutsideTheThreshold()
    {
        var x = Enumerable.Range(0, 101).Select(i => 0.1 * i).ToArray();
        var chi2 = x.Select(v => (v - 5) * (v - 5)).ToArray();
        var scan = IntervalScan.From(x, AxisScale.Linear, chi2, new double[x.Length], 30, 0.9);
        Assert.Equal(2.705543454095404, scan.Threshold, 9);
        Assert.Equal(0, scan.Minimum);
        Assert.Equal(2, scan.Excluded.Count);
        double half = Math.Sqrt(scan.Threshold);
        Assert.True(scan.Excluded[0].LowIsScanEdge && scan.Excluded[1].HighIsScanEdge);
        Assert.Equal(5 - half, scan.Excluded[0].High, 2e-3);
        Assert.Equal(5 + half, scan.Excluded[1].Low, 2e-3);
    }

    [Fact] // the background-only value enters the minimum: with −2 ln L above it everywhere, Δ is relative to it
    public void IntervalScan_MinimumIncludesBackgroundOnly()
    {
        double[] x = [1, 10, 100];
        var scan = IntervalScan.From(x, AxisScale.Logarithmic, [4, 9, 16], [3, 2, 1], 2, 0.9);
        Assert.Equal(2, scan.Minimum);
        Assert.Equal([2.0, 7.0, 14.0], scan.Delta);
    }
}
