using System.Globalization;
using System.Xml.Linq;
using DarkSector.Cli.Plotting;
using DarkSector.Sampling.Limits;

namespace DarkSector.Cli.Tests.Plotting;

public class SvgPlotTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static SvgPlot ExamplePlot()
    {
        var x = new PlotAxis(0.01, 0.5, AxisScale.Logarithmic, "m_N [GeV]");
        var y = new PlotAxis(1e-10, 1e-5, AxisScale.Logarithmic, "|V_μN|²");
        // An ellipse in log space as the "contour".
        var contour = Enumerable.Range(0, 60).Select(i =>
        {
            double t = 2 * Math.PI * i / 60;
            return new ContourPoint(Math.Pow(10, -1.2 + 0.4 * Math.Cos(t)), Math.Pow(10, -7.5 + 1.5 * Math.Sin(t)));
        }).ToList();
        return new SvgPlot(x, y, "T2K ND280 <90% CL> & more")
            .AddRegion(contour, "#1f77b4", "excluded", 0.3)
            .AddLine(contour, "#1f77b4", "90% CL contour", closed: true)
            .AddStar(0.1, 1e-7, "gold", "benchmark");
    }

    [Fact] // parses as XML; has the title, axes, tick labels with decade exponents, data elements, a star and a legend
    public void Render_IsWellFormedSvgWithExpectedElements()
    {
        var doc = XDocument.Parse(ExamplePlot().Render());
        var root = doc.Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("T2K ND280 <90% CL> & more", root.Element(Svg + "title")!.Value); // escaped and restored
        Assert.Single(root.Descendants(Svg + "text"), t => (string?)t.Attribute("class") == "title");
        Assert.Equal("m_N [GeV]", root.Descendants(Svg + "text").Single(t => (string?)t.Attribute("class") == "x-label").Value);
        Assert.Equal("|V_μN|²", root.Descendants(Svg + "text").Single(t => (string?)t.Attribute("class") == "y-label").Value);

        // x from 0.01 to 0.5: decades 10^-2 and 10^-1 labelled; y: 10^-10 ... 10^-5.
        var xLabels = root.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "x-axis")
            .Elements(Svg + "text").Where(t => (string?)t.Attribute("class") == "tick-label").Select(t => t.Value).ToList();
        Assert.Equal(["10\u22122", "10\u22121"], xLabels);
        var yLabels = root.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "y-axis")
            .Elements(Svg + "text").Count(t => (string?)t.Attribute("class") == "tick-label");
        Assert.Equal(6, yLabels);
        Assert.Contains(root.Descendants(Svg + "tspan"), t => (string?)t.Attribute("baseline-shift") == "super");
        Assert.True(root.Descendants(Svg + "line").Count(l => (string?)l.Attribute("class") == "tick minor") > 10);

        var data = root.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "data");
        Assert.Equal("url(#plot-area)", (string?)data.Attribute("clip-path"));
        Assert.NotNull(root.Descendants(Svg + "clipPath").SingleOrDefault(c => (string?)c.Attribute("id") == "plot-area"));
        Assert.Single(data.Elements(Svg + "polygon"), p => (string?)p.Attribute("class") == "region");
        var line = Assert.Single(data.Elements(Svg + "polygon"), p => (string?)p.Attribute("class") == "line");
        Assert.Equal(60, ((string)line.Attribute("points")!).Split(' ').Length);
        var star = Assert.Single(data.Elements(Svg + "polygon"), p => (string?)p.Attribute("class") == "marker star");
        Assert.Equal(10, ((string)star.Attribute("points")!).Split(' ').Length);

        var legend = root.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend");
        Assert.Equal(["excluded", "90% CL contour", "benchmark"], legend.Elements(Svg + "text").Select(t => t.Value));
    }

    [Fact] // the star's centre is placed by the log-axis mapping: x = 0.1 is log(0.1/0.01)/log(50) of the 600-px plot width past x = 90; 0.01 px
    public void Star_IsPlacedByLogAxisMapping()
    {
        var doc = XDocument.Parse(ExamplePlot().Render());
        var star = doc.Descendants(Svg + "polygon").Single(p => (string?)p.Attribute("class") == "marker star");
        var top = ((string)star.Attribute("points")!).Split(' ')[0].Split(',').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        double expectedX = 90 + Math.Log(10) / Math.Log(50) * (720 - 90 - 30);
        double expectedY = 50 + (1 - Math.Log(1e3) / Math.Log(1e5)) * (540 - 50 - 70) - 9; // top vertex is one radius up
        Assert.Equal(expectedX, top[0], 0.01);
        Assert.Equal(expectedY, top[1], 0.01);
    }

    [Fact] // atomic save: the file parses and no temporary file is left behind
    public void Save_WritesFileAtomically()
    {
        string folder = Path.Combine(Path.GetTempPath(), "darksector-svg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string path = Path.Combine(folder, "scan.svg");
            ExamplePlot().Save(path);
            ExamplePlot().Save(path); // overwrite
            Assert.Equal(Svg + "svg", XDocument.Load(path).Root!.Name);
            Assert.Equal(["scan.svg"], Directory.GetFiles(folder).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact] // nice steps {1, 2, 5} × 10^n: [0, 1] with 5 intervals gives 0, 0.2, ..., 1; [-3, 17] gives a step of 5
    public void LinearTicks_UseNiceSteps()
    {
        Assert.Equal(["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"], AxisTicks.Linear(0, 1, 5).Select(t => t.Label));
        Assert.Equal([0.0, 5, 10, 15], AxisTicks.Linear(-3, 17, 4).Select(t => t.Value));
    }

    [Fact]
    public void InvalidAxis_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlotAxis(0, 1, AxisScale.Logarithmic, "x"));
        Assert.Throws<ArgumentException>(() => new PlotAxis(2, 1, AxisScale.Linear, "x"));
    }
}
