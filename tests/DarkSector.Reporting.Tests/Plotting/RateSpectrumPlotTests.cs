using DarkSector.Reporting.Plotting;
using DarkSector.Sampling.Experiments;

namespace DarkSector.Reporting.Tests.Plotting;

/// <summary>The figure of rate --plot: the analysis's panels under the title "EXPERIMENT ANALYSIS: DESCRIPTION", written
/// in the format of the file's extension; an analysis without data is refused naming --plot.</summary>
public sealed class RateSpectrumPlotTests
{
    [Fact]
    public void Save_WritesThePanelsUnderTheTitle()
    {
        var analysis = ExperimentCatalog.Discover().Get("miniboone").Analyses.First(a => a.Data.IsAvailable && a.Binning.Edges.ToArray().All(e => Math.Abs(e) < 1e12));
        string folder = Directory.CreateTempSubdirectory("ds-rate-plot").FullName, svg = Path.Combine(folder, "rate.svg"), png = Path.Combine(folder, "rate.png");
        var signal = new double[analysis.Binning.Count];
        RateSpectrumPlot.Save(svg, "MiniBooNE", analysis, signal, "test model");
        Assert.Contains($"MiniBooNE {analysis.Id}: test model", File.ReadAllText(svg), StringComparison.Ordinal);
        RateSpectrumPlot.Save(png, "MiniBooNE", analysis, signal, "test model");
        Assert.Equal(0x89, File.ReadAllBytes(png)[0]);   // PNG signature
        Assert.StartsWith("--plot:", Assert.Throws<ArgumentException>(() => RateSpectrumPlot.Save(svg, "MiniBooNE", analysis, [1.0], "wrong length")).Message, StringComparison.Ordinal);
        Directory.Delete(folder, true);
    }
}
