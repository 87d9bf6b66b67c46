using DarkSector.Reporting.Plotting;
using DarkSector.Sampling.Limits;

namespace DarkSector.Reporting.Tests.Plotting;

/// <summary>The threshold-contour figure (<see cref="ThresholdFigure"/>): a series is drawn where it crosses the threshold
/// and labelled; one that never reaches it draws nothing; the region comes first; a grid of the wrong size is refused.</summary>
public sealed class ThresholdFigureTests
{
    private static readonly double[] Xs = [0.01, 0.1, 1], Ys = [1e-7, 1e-6, 1e-5];

    private static readonly PlotAxis X = new(0.01, 1, AxisScale.Logarithmic, "m [GeV]"), Y = new(1e-7, 1e-5, AxisScale.Logarithmic, "d [GeV^-1]");

    /// <summary>log10(x·y) + 9 (row-major, x fastest): 0 at the near corner, 4 at the far one; linear in the log–log cell,
    /// so its contour at 2 lies exactly on x·y = 1e-7.</summary>
    private static readonly double[] Rising = [.. Ys.SelectMany(y => Xs.Select(x => Math.Log10(x * y) + 9))];

    [Fact]
    public void Build_DrawsTheCrossingSeriesOnly_OverTheRegion()
    {
        var plot = ThresholdFigure.Build(X, Y, "title", Xs, Ys, 2, [(Rising, "#1f77b4", "crosses", null), ([.. Rising.Select(v => v - 100)], "#d62728", "never", "6,4")],
            ([new ContourPoint(0.02, 2e-7), new ContourPoint(0.5, 2e-7), new ContourPoint(0.5, 5e-6)], "#f4a261", "region"));
        string svg = plot.Render();
        Assert.Contains("crosses", svg, StringComparison.Ordinal);
        Assert.Contains("region", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("never", svg, StringComparison.Ordinal);
        Assert.True(svg.IndexOf("region", StringComparison.Ordinal) < svg.IndexOf("crosses", StringComparison.Ordinal));   // the region's legend entry first
        var contour = Assert.Single(MarchingSquares.Extract(Xs, Ys, Rising, 2, AxisScale.Logarithmic, AxisScale.Logarithmic));
        Assert.All(contour.Points, p => Assert.Equal(-7, Math.Log10(p.X * p.Y), 1e-9));   // the line drawn: x·y = 1e-7
    }

    [Fact]
    public void Build_RefusesASeriesOfTheWrongSize() =>
        Assert.Contains("'short' has 2 values; the grid has 3 x 3",
            Assert.Throws<ArgumentException>(() => ThresholdFigure.Build(X, Y, "", Xs, Ys, 1, [([1.0, 2.0], "#000000", "short", null)])).Message, StringComparison.Ordinal);
}
