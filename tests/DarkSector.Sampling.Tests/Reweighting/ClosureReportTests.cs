using DarkSector.Sampling.Reweighting;

namespace DarkSector.Sampling.Tests.Reweighting;

/// <summary>
/// The closure statistics (<see cref="ClosurePoint"/>, <see cref="ClosureReport"/>) on hand-made points whose pulls,
/// biases and summaries follow from their definitions: pull = (k − d)/√(σ_k² + σ_d²), bias = k/d − 1, precise where
/// σ_d/d ≤ 5%, coverage with |pull| ≤ 1 and ≤ 2 inclusive, mean and sample standard deviation over the finite pulls,
/// targets: ≥ 90% within ±2 and every precise point within 10%.
/// </summary>
public class ClosureReportTests
{
    private static ClosurePoint Point(double kernel, double kernelError, double direct, double directError, bool flagged = false) =>
        new([0.1, 1.25], new KernelPrediction(kernel, kernelError, 10, 8, flagged), direct, directError, double.NaN, double.NaN);

    [Fact] // (12 − 8)/√(3² + 4²) = 0.8; 12/8 − 1 = 0.5; 4/8 = 0.5
    public void Point_PullBiasAndRelativeError_FollowTheirDefinitions()
    {
        var p = Point(12, 3, 8, 4);
        Assert.Equal(0.8, p.Pull, 1e-15);
        Assert.Equal(0.5, p.RelativeBias, 1e-15);
        Assert.Equal(0.5, p.DirectRelativeError, 1e-15);
        var below = Point(8, 4, 12, 3);
        Assert.Equal(-0.8, below.Pull, 1e-15);
        Assert.Equal(8.0 / 12 - 1, below.RelativeBias, 1e-15);
        Assert.Equal(0.25, below.DirectRelativeError, 1e-15);
    }

    [Fact] // equal values: pull 0 even with no error; different values with no error: ±∞
    public void Point_WithoutErrors_IsZeroWhenEqualAndInfiniteWhenNot()
    {
        Assert.Equal(0, Point(5, 0, 5, 0).Pull);
        Assert.Equal(0, Point(5, 1, 5, 2).Pull);
        Assert.Equal(double.PositiveInfinity, Point(3, 0, 2, 0).Pull);
        Assert.Equal(double.NegativeInfinity, Point(2, 0, 3, 0).Pull);
    }

    [Fact] // no direct signal: no bias (NaN) and an infinite relative error; a negative direct value likewise
    public void Point_WithoutDirectSignal_HasNoBias()
    {
        var p = Point(1, 1, 0, 0);
        Assert.Equal(1, p.Pull, 1e-15);
        Assert.True(double.IsNaN(p.RelativeBias));
        Assert.Equal(double.PositiveInfinity, p.DirectRelativeError);
        Assert.True(double.IsNaN(Point(1, 1, -1, 1).RelativeBias));
        Assert.Equal(double.PositiveInfinity, Point(1, 1, -1, 1).DirectRelativeError);
    }

    [Fact] // seven points with every case once; the summaries recomputed from the definitions
    public void Report_Summaries_FollowTheirDefinitions()
    {
        var points = new[]
        {
            Point(10, 1, 10, 0.1),                 // pull 0, precise (1%), bias 0
            Point(11.5, 1, 10, 0),                 // pull 1.5, precise (0), bias +15%
            Point(7, 1, 10, 0.5),                  // pull −3/√1.25, precise (exactly 5%), bias −30%
            Point(5, 0, 5, 0, flagged: true),      // pull 0, precise, bias 0, flagged
            Point(3, 0, 2, 0),                     // pull +∞, precise, bias +50%
            Point(1, 1, 0, 0),                     // pull exactly 1, no direct signal: not precise
            Point(20, 2, 19, 1.9),                 // pull 1/√7.61, direct error 10%: not precise
        };
        var report = new ClosureReport(points);

        Assert.Equal(7, report.Points.Count);
        Assert.Equal(4.0 / 7, report.CoverageOneSigma, 1e-15);   // 0, 0, 1, 0.36 (the boundary 1 included)
        Assert.Equal(5.0 / 7, report.CoverageTwoSigma, 1e-15);   // and 1.5; not −2.68 or +∞
        double[] finite = [0, 1.5, -3 / Math.Sqrt(1.25), 0, 1, 1 / Math.Sqrt(7.61)];
        double mean = finite.Sum() / 6;
        Assert.Equal(mean, report.MeanPull, 1e-14);
        Assert.Equal(Math.Sqrt(finite.Sum(x => (x - mean) * (x - mean)) / 5), report.PullStandardDeviation, 1e-14);
        Assert.Equal(5, report.PrecisePoints);
        Assert.Equal(2.0 / 5, report.BiasWithinTenPercent, 1e-15);   // biases 0, 0.15, −0.3, 0, 0.5
        Assert.Equal((0 + 0.15 - 0.3 + 0 + 0.5) / 5, report.MeanRelativeBias, 1e-14);
        Assert.Equal(1, report.Flagged);
        Assert.False(report.MeetsTargets);
    }

    [Fact] // 9 of 10 pulls within ±2 (exactly 90%) and every precise bias within 10%: met; 8 of 10: not met
    public void MeetsTargets_AtNinetyPercentCoverage()
    {
        var good = Enumerable.Range(0, 9).Select(i => Point(10 + 0.1 * i, 1, 10, 0.2)).ToList();   // pulls ≤ 0.8/1.02, biases ≤ 8%
        var met = new ClosureReport([.. good, Point(16, 1, 10, 0.2)]);   // the outlier: pull 5.9, precise, bias +60%
        Assert.Equal(0.9, met.CoverageTwoSigma, 1e-15);
        Assert.False(met.MeetsTargets);                                   // coverage suffices, its bias does not
        var metWithImpreciseOutlier = new ClosureReport([.. good, Point(16, 1, 10, 0.6)]);          // direct error 6%: not judged
        Assert.Equal(0.9, metWithImpreciseOutlier.CoverageTwoSigma, 1e-15);
        Assert.Equal(9, metWithImpreciseOutlier.PrecisePoints);
        Assert.Equal(1, metWithImpreciseOutlier.BiasWithinTenPercent);
        Assert.True(metWithImpreciseOutlier.MeetsTargets);
        var notMet = new ClosureReport([.. good.Take(8), Point(16, 1, 10, 0.6), Point(4, 1, 10, 0.6)]);
        Assert.Equal(0.8, notMet.CoverageTwoSigma, 1e-15);
        Assert.False(notMet.MeetsTargets);
    }

    [Fact] // a bias of 9.99% passes, 10.01% does not; no precise point at all: nothing was judged, not met
    public void MeetsTargets_NeedsEveryPrecisePointWithinTenPercent()
    {
        Assert.True(new ClosureReport([Point(10.999, 1, 10, 0.1)]).MeetsTargets);
        Assert.False(new ClosureReport([Point(11.001, 1, 10, 0.1)]).MeetsTargets);
        var unjudged = new ClosureReport([Point(10, 1, 10, 1)]);
        Assert.Equal(0, unjudged.PrecisePoints);
        Assert.True(double.IsNaN(unjudged.BiasWithinTenPercent));
        Assert.True(double.IsNaN(unjudged.MeanRelativeBias));
        Assert.Equal(1, unjudged.CoverageTwoSigma);
        Assert.False(unjudged.MeetsTargets);
    }

    [Fact] // a pull of exactly 2 is inside ±2; two finite pulls give a spread (n − 1 = 1): |0.8 − 2|/√2
    public void Report_PullOfTwo_IsCoveredAndTwoPullsHaveASpread()
    {
        var report = new ClosureReport([Point(12, 3, 8, 4), Point(14, 0, 10, 2)]);
        Assert.Equal(2, report.Points[1].Pull);
        Assert.Equal(1, report.CoverageTwoSigma);
        Assert.Equal(0.5, report.CoverageOneSigma);
        Assert.Equal(1.4, report.MeanPull, 1e-15);
        Assert.Equal(1.2 / Math.Sqrt(2), report.PullStandardDeviation, 1e-15);
    }

    [Fact] // one finite pull: its mean, no spread; none finite: neither
    public void Report_PullSummaries_NeedFinitePulls()
    {
        var one = new ClosureReport([Point(12, 3, 8, 4), Point(3, 0, 2, 0)]);
        Assert.Equal(0.8, one.MeanPull, 1e-15);
        Assert.True(double.IsNaN(one.PullStandardDeviation));
        var none = new ClosureReport([Point(3, 0, 2, 0)]);
        Assert.True(double.IsNaN(none.MeanPull));
        Assert.True(double.IsNaN(none.PullStandardDeviation));
        Assert.Equal(0, none.CoverageOneSigma);
        Assert.Equal(0, none.CoverageTwoSigma);
    }

    [Fact] // no points: refused; the points are copied (a later change of the caller's list does not reach the report)
    public void Report_RefusesNoPointsAndCopiesThePoints()
    {
        Assert.Throws<ArgumentNullException>(() => new ClosureReport(null!));
        var e = Assert.Throws<ArgumentException>(() => new ClosureReport([]));
        Assert.Equal("points", e.ParamName);
        Assert.StartsWith("a closure report needs at least one point", e.Message, StringComparison.Ordinal);
        var list = new List<ClosurePoint> { Point(10, 1, 10, 0.1) };
        var report = new ClosureReport(list);
        list.Add(Point(1, 1, 10, 0.1));
        Assert.Single(report.Points);
        Assert.Equal(0.05, ClosureReport.PreciseDirectError);
    }
}
