using DarkSector.Reporting.Scans;
using DarkSector.Reporting.Plotting;
using DarkSector.Sampling.Limits;

namespace DarkSector.Reporting.Tests.Scans;

public sealed class ScanOverlayTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("darksector-overlay-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string ScanJson(string x, string y)
    {
        string path = Path.Combine(_folder, $"{x}-{y}.json");
        File.WriteAllText(path, $$"""
            {"experiment": "t2k-nd280", "analysis": "tpc-ee", "x": {"name": "{{x}}"}, "y": {"name": "{{y}}"},
             "contours": [{"closed": false, "points": [{"x": 0.05, "y": 1e-8}, {"x": 0.1, "y": 3e-8}, {"x": 0.2, "y": 1e-6}]}]}
            """);
        return path;
    }

    [Fact] // FILE=LABEL: the label is taken as given, the contour read point by point
    public void Parse_ReadsContoursAndLabel()
    {
        var overlay = ScanOverlay.Parse(ScanJson("m-n", "v-mu-n2") + "=as published");
        Assert.Equal("as published", overlay.Label);
        var (closed, points) = Assert.Single(overlay.Contours);
        Assert.False(closed);
        Assert.Equal([new ContourPoint(0.05, 1e-8), new ContourPoint(0.1, 3e-8), new ContourPoint(0.2, 1e-6)], points);
        overlay.CheckPlane("m-n", "v-mu-n2");
    }

    [Fact] // without a label: the file's experiment and analysis
    public void Parse_DefaultLabelNamesTheScan() =>
        Assert.Equal("t2k-nd280 tpc-ee", ScanOverlay.Parse(ScanJson("m-n", "v-mu-n2")).Label);

    [Fact]
    public void AnotherPlane_IsRefusedNamingBoth()
    {
        var overlay = ScanOverlay.Parse(ScanJson("m-n", "d-mu"));
        var e = Assert.Throws<ArgumentException>(() => overlay.CheckPlane("m-n", "v-mu-n2"));
        Assert.Contains("scans m-n x d-mu, this scan m-n x v-mu-n2", e.Message);
    }

    [Fact] // not a scan JSON → one line naming the option
    public void NotAScanJson_IsRefused()
    {
        string path = Path.Combine(_folder, "other.json");
        File.WriteAllText(path, """{"something": 1}""");
        Assert.Contains("--overlay", Assert.Throws<ArgumentException>(() => ScanOverlay.Parse(path)).Message);
    }

    [Fact] // the overlay is drawn dashed with its label in the figure's SVG text
    public void Draw_AddsTheLabelledContourToTheFigure()
    {
        var plot = new SvgPlot(new PlotAxis(0.01, 0.5, AxisScale.Logarithmic, "m_N [GeV]"), new PlotAxis(1e-10, 1e-5, AxisScale.Logarithmic, "|V_μN|²"), "test");
        ScanOverlay.Draw(plot, [ScanOverlay.Parse(ScanJson("m-n", "v-mu-n2") + "=as published")]);
        Assert.Contains("as published", plot.Render());
    }
}
