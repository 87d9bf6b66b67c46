using System.Text;
using DarkSector.Reporting.Scans;
using DarkSector.Sampling.Inference;
using DarkSector.Reporting.Plotting;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Scans;

namespace DarkSector.Reporting.Tests.Plotting;

/// <summary>Every figure type (an exclusion plot with caption and benchmark, preferred regions, the MiniBooNE light-Z'
/// overlay, spectrum panels) rendered to SVG, PDF and PNG: each file parses as its format and the SVG carries the labels.</summary>
public sealed class FigureFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ds-figures-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A synthetic scan: −2 Δ ln L grows with |V|² above a mass-dependent edge (an exclusion-like shape).</summary>
    private static ScanResult SyntheticScan(double xMin, double xMax, double yMin, double yMax) =>
        LikelihoodScan.Run(LikelihoodScan.Axis(xMin, xMax, AxisScale.Logarithmic, 12), AxisScale.Logarithmic,
            LikelihoodScan.Axis(yMin, yMax, AxisScale.Logarithmic, 14), AxisScale.Logarithmic,
            (i, j) => Math.Max(0, 2.0 * (j - 4 - 0.3 * Math.Abs(i - 6))), 0.9, reference: 0);

    public static TheoryData<string> Figures => ["exclusion", "preferred", "overlay", "panels"];

    private static (IReadOnlyList<SvgPlot> Panels, string? Title, string[] Labels) Build(string figure)
    {
        switch (figure)
        {
            case "exclusion":
            {
                var signal = AnalysisInference.For(DarkSector.Sampling.Experiments.ExperimentCatalog.Discover().Get("t2k-nd280"), "tpc-ee", new DarkSector.Sampling.Simulation.SimulationOptions { Events = 100, Seed = 1 });
                var fixedValues = new Dictionary<string, double> { ["mzprime"] = 1.25, ["epsilon2"] = 4.6e-4, ["alpha-d"] = 0.4, ["v-n2"] = 1 };
                var plot = ScanFigure.Build(signal, "dark-photon", SyntheticScan(0.01, 0.5, 1e-10, 1e-5), null, fixedValues, (0.1, 2.2e-7), 0.9, 1000, "m-n", "v-mu-n2");
                plot.AddLine([new(0.02, 1e-8), new(0.3, 1e-6)], "#1f77b4", "as published", dash: "6 3");   // several curves on one plot
                return ([plot], null, ["m_N [GeV]", "|V_μN|²", "excluded (90% CL)", "benchmark", "as published", "m_Z' = 1.25 GeV", "analysis tpc-ee"]);
            }
            case "preferred":
            {
                var result = SyntheticScan(0.1, 1, 1e-7, 1e-5);
                var signal = AnalysisInference.For(DarkSector.Sampling.Experiments.ExperimentCatalog.Discover().Get("miniboone"), "eqe", new DarkSector.Sampling.Simulation.SimulationOptions { Events = 100, Seed = 1 });
                var regions = PreferredRegions.Extract(result, [1, 2]);
                var plot = ScanFigure.Build(signal, "dipole", result, regions, new Dictionary<string, double>(), null, 0.9545, null, "m-n", "d-mu");
                return ([plot], null, ["d_μN [GeV⁻¹]", "best grid point", "reweighted sample"]);
            }
            case "overlay":
            {
                var signal = AnalysisInference.For(DarkSector.Sampling.Experiments.ExperimentCatalog.Discover().Get("microboone"), null, new DarkSector.Sampling.Simulation.SimulationOptions { Events = 100, Seed = 1 });
                var fixedValues = new Dictionary<string, double> { ["mzprime"] = 0.03, ["epsilon"] = 8e-4, ["alpha-d"] = 0.318 };
                var plot = ScanFigure.Build(signal, "dark-photon", SyntheticScan(0.03, 0.4, 1e-12, 1e-7), null, fixedValues, null, 0.95, 500, "m-n", "v-mu-n2");
                return ([plot], null, ["MiniBooNE 1σ (light Z')", "MiniBooNE 3σ (light Z')", "MiniBooNE 5σ (light Z')", "0.2"]);
            }
            default:
            {
                var panels = Enumerable.Range(0, 3).Select(p =>
                {
                    var plot = new SvgPlot(new PlotAxis(0, 3, AxisScale.Linear, "E_QE [GeV]"), new PlotAxis(0, 50, AxisScale.Linear, "events / GeV"), $"panel {p}");
                    plot.AddRegion([new(0, 0), new(0, 20), new(3, 20), new(3, 0)], "#1f77b4", "background", 0.85);
                    plot.AddPoints(Enumerable.Range(0, 6).Select(i => (0.25 + 0.5 * i, 22.0, 17.0, 27.0)), "black", "data (±√n)");
                    return plot;
                }).ToArray();
                return (panels, "three panels", ["panel 0", "panel 2", "three panels", "background", "data (±√n)", "E_QE [GeV]"]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Figures))]
    public void Figure_WritesParsableSvgPdfAndPng(string figure)
    {
        var (panels, title, labels) = Build(figure);
        string svgPath = Path.Combine(_folder, figure + ".svg"), pdfPath = Path.Combine(_folder, figure + ".pdf"), pngPath = Path.Combine(_folder, figure + ".png");
        foreach (string path in new[] { svgPath, pdfPath, pngPath })
            if (panels.Count == 1) panels[0].Save(path);
            else SvgPanels.Save(path, panels, 2, title!);

        var texts = FigureSvg.Texts(File.ReadAllText(svgPath));
        string all = string.Join("\n", texts);
        foreach (string label in labels) Assert.Contains(label, all);
        Assert.DoesNotMatch(@"\d\.\d{6,}", all);   // no 17-digit numbers in titles, captions or ticks

        byte[] pdf = File.ReadAllBytes(pdfPath);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.EndsWith("%%EOF", Encoding.ASCII.GetString(pdf[^16..]).TrimEnd());

        byte[] png = File.ReadAllBytes(pngPath);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        int width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        Assert.Equal(2 * (panels.Count == 1 ? panels[0].Width : 2 * panels[0].Width), width);   // rendered at twice the nominal size
        Assert.Equal([Path.GetFileName(pdfPath), Path.GetFileName(pngPath), Path.GetFileName(svgPath)],
            Directory.GetFiles(_folder).Select(Path.GetFileName).Where(n => n!.StartsWith(figure + ".", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact] // an unknown extension is one error naming the formats, before anything is written
    public void Save_RejectsAnotherExtension()
    {
        var plot = new SvgPlot(new PlotAxis(0, 1, AxisScale.Linear, "x"), new PlotAxis(0, 1, AxisScale.Linear, "y"));
        var error = Assert.Throws<ArgumentException>(() => plot.Save(Path.Combine(_folder, "figure.jpg")));
        Assert.Contains(".svg, .pdf, .png", error.Message);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact] // the legend goes to a corner with no curve: a curve along the top leaves the bottom corners free
    public void Legend_AvoidsTheCurves()
    {
        var plot = new SvgPlot(new PlotAxis(0, 1, AxisScale.Linear, "x"), new PlotAxis(0, 1, AxisScale.Linear, "y"));
        plot.AddLine(Enumerable.Range(0, 50).Select(i => new ContourPoint(i / 49.0, 0.9)), "black", "curve");
        var legend = Assert.Single(plot.ToModel("DejaVu Sans").Legends);
        Assert.Equal(OxyPlot.Legends.LegendPlacement.Inside, legend.LegendPlacement);
        Assert.Contains(legend.LegendPosition, new[] { OxyPlot.Legends.LegendPosition.BottomRight, OxyPlot.Legends.LegendPosition.BottomLeft });
    }

    [Theory] // symbols and units from the scan parameter names
    [InlineData("m-n", "m_N [GeV]")]
    [InlineData("v-mu-n2", "|V_μN|²")]
    [InlineData("d-mu", "d_μN [GeV⁻¹]")]
    [InlineData("mzprime", "m_Z' [GeV]")]
    [InlineData("epsilon", "ε")]
    [InlineData("ctau0-cm", "c·τ⁰ [cm]")]
    public void AxisTitles_HaveSymbolsAndUnits(string name, string title) => Assert.Equal(title, ScanAxisTitles.Title(name));

    [Theory] // 3 significant digits, invariant culture
    [InlineData(0.3183098861837907, "0.318")]
    [InlineData(4.6e-4, "4.6e-4")]
    [InlineData(1.2345e21, "1.23e21")]
    [InlineData(1.25, "1.25")]
    public void Numbers_AreRounded(double value, string text) => Assert.Equal(text, ScanAxisTitles.Round(value));

    [Fact]
    public void InvalidAxis_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlotAxis(0, 1, AxisScale.Logarithmic, "x"));
        Assert.Throws<ArgumentException>(() => new PlotAxis(2, 1, AxisScale.Linear, "x"));
    }
}
