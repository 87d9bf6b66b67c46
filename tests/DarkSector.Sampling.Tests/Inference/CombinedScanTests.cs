using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Scans;

namespace DarkSector.Sampling.Tests.Inference;

/// <summary>
/// <see cref="CombinedScan"/> on likelihoods with closed-form regions: a circular preferred region (paraboloid
/// −2 ln L, 2σ radius r = s √6.18) cut by straight exclusion edges (−2 ln L linear in one axis).
/// </summary>
public class CombinedScanTests
{
    private const double S = 0.1, Centre = 0.5;
    private static readonly double[] Grid = LikelihoodScan.Axis(0, 1, AxisScale.Linear, 201);

    private static double Paraboloid(int ix, int iy) =>
        50 + ((Grid[ix] - Centre) * (Grid[ix] - Centre) + (Grid[iy] - Centre) * (Grid[iy] - Centre)) / (S * S);

    // excluded where k (x − x0) > threshold(90%, 2 dof) = 4.605 with background only at the x ≤ x0 side: edge at x0 + 4.605/k
    private static CombinedScanInput Edge(string name, Func<int, int, double> coordinate, double x0, double k = 100) =>
        new(name, (ix, iy) => 20 + k * Math.Max(0, coordinate(ix, iy) - x0), 20, 0.9);

    /// <summary>Area fraction of a disk of radius r beyond a chord at distance d from its centre.</summary>
    private static double Segment(double r, double d) => (r * r * Math.Acos(d / r) - d * Math.Sqrt(r * r - d * d)) / (Math.PI * r * r);

    [Fact] // 2σ (2 dof) radius r = 0.1·√(−2 ln 0.0455) = 0.2486; edge of A at x = 0.55 + 0.046 (d = 0.096 from the centre), of
           // B at y = 0.45 + 0.046 (d = −0.004): fractions = segment areas; grid of 201² points, boundary cells ~ 4% of the
           // region, counting error ~ their square root: 1% absolute
    public void ExcludedFractions_MatchTheSegmentAreas()
    {
        var experiments = new[]
        {
            new CombinedScanInput("miniboone", Paraboloid, 70),
            Edge("a", (ix, _) => Grid[ix], 0.55),
            Edge("b", (_, iy) => Grid[iy], 0.45),
        };
        var result = CombinedScan.Run(Grid, AxisScale.Linear, Grid, AxisScale.Linear, experiments);
        double r = S * Math.Sqrt(-2 * Math.Log(1 - CombinedScan.Coverage(2)));
        double threshold = DeltaLogLikelihood.Threshold(0.9, 2);
        double dA = 0.55 + threshold / 100 - Centre, dB = 0.45 + threshold / 100 - Centre;
        Assert.Equal(Segment(r, dA), result.Excluded.Single(e => e.Name == "a").Fraction, 0.01);
        Assert.Equal(Segment(r, dB), result.Excluded.Single(e => e.Name == "b").Fraction, 0.01);
        Assert.Equal(3, result.PreferredRegions.Count);
        Assert.Equal(6.18, result.PreferredRegions[1].Threshold, 0.01);

        // the a+b sum rises twice as steeply inside both strips, so it excludes at least what either does alone (within the
        // grid tolerance); the allowed region is the preferred one minus the union of both exclusions, point by point
        var combined = result.Excluded.Single(e => e.Name == "a+b").Fraction;
        Assert.True(combined >= Math.Max(Segment(r, dA), Segment(r, dB)) - 0.01, $"combined {combined}");
        var allowed = result.AllowedPreferred!;
        int expected = 0;
        for (int iy = 0; iy < Grid.Length; iy++)
            for (int ix = 0; ix < Grid.Length; ix++)
            {
                int p = iy * Grid.Length + ix;
                bool inside = result.PreferredRegions[1].Delta[p] <= result.PreferredRegions[1].Threshold;
                bool excluded = result.Experiments.Skip(1).Any(l => l.Scan.Delta[p] > l.Scan.Threshold);
                if (inside && !excluded) expected++;
            }
        Assert.Equal(expected, allowed.Points);
        Assert.True(allowed.Points > 0 && allowed.Points < allowed.PreferredPoints);
    }

    [Fact] // the summed layer is the sum of the layers and its reference the sum of the background-only values
    public void Combined_IsTheSumOfTheLayers()
    {
        var experiments = new[] { new CombinedScanInput("miniboone", Paraboloid, 70), Edge("a", (ix, _) => Grid[ix], 0.55) };
        var result = CombinedScan.Run(Grid, AxisScale.Linear, Grid, AxisScale.Linear, experiments);
        for (int p = 0; p < Grid.Length * Grid.Length; p += 997)
            Assert.Equal(result.Experiments.Sum(l => l.Scan.MinusTwoLnL[p]), result.Combined.MinusTwoLnL[p], 1e-9);
        Assert.Equal(Math.Min(90, result.Combined.MinusTwoLnL.Min()), result.Combined.Minimum, 1e-9);
        Assert.Equal(0.95, result.Combined.ConfidenceLevel);
    }

    [Fact] // clear failures: unknown preferring experiment, duplicate names
    public void BadInput_NamesTheProblem()
    {
        var mb = new CombinedScanInput("miniboone", Paraboloid, 70);
        var ex = Assert.Throws<ArgumentException>(() => CombinedScan.Run(Grid, AxisScale.Linear, Grid, AxisScale.Linear, [mb],
            new CombinedScanOptions { PreferredBy = "lsnd" }));
        Assert.Contains("lsnd", ex.Message);
        ex = Assert.Throws<ArgumentException>(() => CombinedScan.Run(Grid, AxisScale.Linear, Grid, AxisScale.Linear, [mb, mb]));
        Assert.Contains("distinct", ex.Message);
    }
}
