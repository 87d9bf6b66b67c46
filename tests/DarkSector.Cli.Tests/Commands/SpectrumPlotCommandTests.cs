using System.Text.Json;

namespace DarkSector.Cli.Tests.Commands;

public sealed class SpectrumPlotCommandTests
{
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
            string svg = File.ReadAllText(path);
            var texts = FigureSvg.Texts(svg);   // throws unless well-formed XML
            Assert.Contains(texts, t => t.Contains("dipole", StringComparison.Ordinal));   // the header
            Assert.Equal(2, texts.Count(t => t == "E_QE [MeV]"));
            Assert.Equal(1, texts.Count(t => t == "cos_theta"));
            Assert.Contains(texts, t => t.Contains("(FHC)", StringComparison.Ordinal));
            Assert.Contains(texts, t => t.Contains("(RHC)", StringComparison.Ordinal));
            foreach (string label in new[] { "signal (stacked)", "background", "data (±√n)" })
                Assert.Equal(3, texts.Count(t => t == label));   // one legend per panel

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
