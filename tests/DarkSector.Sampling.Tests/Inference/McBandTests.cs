using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Scans;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DarkSector.Sampling.Tests.Inference;

public sealed class McBandTests
{
    /// <summary>A plane whose −2 ln L rises linearly in log10 y through the threshold at y* / f (f = 1 nominal, 1 + r
    /// signal up, 1 − r signal down): −2 ln L = B + T + k log10(f y / y*), with the background B below every grid value,
    /// (k log10(30/f)     /// so −2 Δ ln L = T + k log10(f y / y*) and the edgelt; T keeps every value above B for the slopes used), so −2 Δ ln L = T + k log10(f y / y*) and the edge along y is y*/f exactly (the crossing is interpolated in log10 y,
    /// where the function is linear).</summary>
    private static (ScanResult Scan, GridPoint[] Points) Plane(double r, double yStar, double k)
    {
        const double background = 100;
        double[] x = [0.1, 0.2, 0.3];
        var y = LikelihoodScan.Axis(yStar / 30, yStar * 30, AxisScale.Logarithmic, 17);
        double threshold = DeltaLogLikelihood.Threshold(0.9, 2);
        double Chi2(double yv, double f) => background + threshold + k * Math.Log10(f * yv / yStar);
        var points = new GridPoint[x.Length * y.Length];
        for (int j = 0; j < y.Length; j++)
            for (int i = 0; i < x.Length; i++)
                points[j * x.Length + i] = new GridPoint(Chi2(y[j], 1), 1, r, double.NaN) { MinusTwoLnLSignalUp = Chi2(y[j], 1 + r), MinusTwoLnLSignalDown = Chi2(y[j], 1 - r) };
        var scan = LikelihoodScan.Run(x, AxisScale.Linear, y, AxisScale.Logarithmic, (i, j) => points[j * x.Length + i].MinusTwoLnL, 0.9, 2, background);
        return (scan, points);
    }

    [Fact] // the shifted scans put the edge at y*/(1 + r) and y*/(1 − r): relative width 2r/(1 − r²), at every x
    public void Edges_AreTheShiftedCrossings()
    {
        var (scan, points) = Plane(0.2, 3e-8, 1.5);
        var band = McBand.Of(scan, points, 100);
        Assert.Equal(3, band.Edges.Count);
        foreach (var e in band.Edges)
        {
            Assert.Equal(3e-8, Assert.Single(e.Edges), 1e-17);
            Assert.Equal(2 * 0.2 / (1 - 0.04), Assert.Single(e.RelativeWidths), 10);
        }
        Assert.Equal(2 * 0.2 / (1 - 0.04), band.MaxRelativeWidth, 10);
        Assert.Equal(3e-8 / 1.2, McBand.Crossings(band.SignalUp, 1)[0], 1e-17);
        Assert.Equal(3e-8 / 0.8, McBand.Crossings(band.SignalDown, 1)[0], 1e-17);
    }

    [Fact] // without MC error the band has no width: the shifted scans are the nominal one
    public void NoMcError_NoWidth()
    {
        var (scan, points) = Plane(0, 1e-6, 2);
        var band = McBand.Of(scan, points, 100);
        Assert.All(band.Edges.SelectMany(e => e.RelativeWidths), w => Assert.Equal(0, w, 14));
        Assert.Equal(scan.Contours.Count, band.SignalUp.Contours.Count);
    }

    [Property(MaxTest = 40)] // the width is 2r/(1 − r²) for any r in (0, 0.9] and slope in [0.5, 1.8]: it grows with r and never depends on the slope
    public Property Width_FollowsTheRelativeError() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 90)), Arb.From(Gen.Choose(5, 18)), (percent, slope) =>
        {
            double r = percent / 100.0;
            var (scan, points) = Plane(r, 1e-7, slope / 10.0);
            double width = McBand.Of(scan, points, 100).MaxRelativeWidth;
            return Math.Abs(width - 2 * r / (1 - r * r)) <= 1e-9 * (1 + width);
        });

    [Fact] // points that do not match the grid are refused with their count
    public void WrongPointCount_IsRefused()
    {
        var (scan, points) = Plane(0.1, 1e-7, 1);
        var error = Assert.Throws<ArgumentException>(() => McBand.Of(scan, points[..^1], 100));
        Assert.Contains("grid points", error.Message);
    }
}
