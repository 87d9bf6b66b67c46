using System.Text.Json;
using System.Xml.Linq;

namespace DarkSector.Cli.Tests.Commands;

public sealed class SpectrumPlotCommandTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact] // E_QE (combined: a neutrino- and an antineutrino-mode panel) and cos θ panels in one well-formed SVG, each with
           // axes, the stacked signal and background regions, one data point with an error bar per bin, and a legend
    public void SpectrumPlot_WritesTheEqeAndCosThetaPanels()
    {
        string path = Path.Combine(Path.GetTempPath(), $"miniboone-spectra-{Guid.NewGuid():N}.svg");
        try
        {
            var result = CliRunner.Run(["spectrum-plot", "miniboone", "dipole", "--mn", "0.47", "--d-mu", "1.25e-6",
                "--analyses", "eqe-combined,costheta", "--events", "1000", "--out", path, "--json"]);
            Assert.True(result.ExitCode == 0, result.Error);
            var root = XDocument.Parse(File.ReadAllText(path)).Root!;   // throws unless well-formed XML
            Assert.Equal(Svg + "svg", root.Name);
            var panels = root.Elements(Svg + "svg").Where(e => (string?)e.Attribute("class") == "panel").ToArray();
            Assert.Equal(3, panels.Length);
            Assert.Contains("dipole", root.Elements(Svg + "text").Single(t => (string?)t.Attribute("class") == "header").Value);
            string XLabel(XElement panel) => panel.Descendants(Svg + "text").Single(t => (string?)t.Attribute("class") == "x-label").Value;
            Assert.Equal(["E_QE [MeV]", "E_QE [MeV]", "cos_theta"], panels.Select(XLabel));
            Assert.Contains("(FHC)", panels[0].Element(Svg + "title")!.Value);
            Assert.Contains("(RHC)", panels[1].Element(Svg + "title")!.Value);
            int[] points = [11, 11, 20];
            for (int i = 0; i < 3; i++)
            {
                Assert.Equal(points[i], panels[i].Descendants(Svg + "circle").Count(c => (string?)c.Attribute("class") == "marker point"));
                Assert.Equal(points[i], panels[i].Descendants(Svg + "line").Count(c => (string?)c.Attribute("class") == "error-bar"));
                Assert.Equal(2, panels[i].Descendants(Svg + "polygon").Count(p => (string?)p.Attribute("class") == "region"));
                var legend = panels[i].Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend");
                Assert.Equal(["signal (stacked)", "background", "data (±√n)"], legend.Elements(Svg + "text").Select(t => t.Value));
            }
            // distinct clip paths per panel
            Assert.Equal(3, root.Descendants(Svg + "clipPath").Select(c => (string?)c.Attribute("id")).Distinct().Count());

            using var doc = JsonDocument.Parse(result.Out);
            var analyses = doc.RootElement.GetProperty("analyses");
            Assert.Equal(["eqe-combined", "costheta"], analyses.EnumerateArray().Select(a => a.GetProperty("id").GetString()));
            Assert.Equal(22, analyses[0].GetProperty("bins").GetArrayLength());
            Assert.Equal(2, analyses[0].GetProperty("blocks").GetInt32());
            Assert.True(analyses[1].GetProperty("bestFit").GetProperty("chi2").GetDouble() <= analyses[1].GetProperty("chi2").GetDouble());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void SpectrumPlot_RejectsAnUnknownAnalysis()
    {
        var result = CliRunner.Run(["spectrum-plot", "miniboone", "dipole", "--mn", "0.47", "--d-mu", "1.25e-6", "--analyses", "nope", "--out", "x.svg"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'nope' is not an analysis of miniboone", result.Error);
    }
}
