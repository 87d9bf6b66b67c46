using DarkSector.Reporting.Plotting;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Limits;

namespace DarkSector.Reporting.Plotting;

/// <summary>The SVG panels of <c>rate --plot</c> and <c>spectrum-plot</c>: the predicted signal stacked on the analysis's
/// background, with the data points and their Poisson error bars (±√n), per unit of the observable (events / bin width);
/// one panel per block of the binning (e.g. neutrino and antineutrino mode of a combined fit).</summary>
public static class RateSpectrumPlot
{
    /// <summary>Writes the figure of <c>rate --plot</c> to <paramref name="path"/> (.svg, .pdf or .png by extension): the
    /// panels of <see cref="Build"/>, two per row, titled "EXPERIMENT ANALYSIS: DESCRIPTION".</summary>
    /// <param name="path">The figure file.</param>
    /// <param name="experimentName">The experiment's name.</param>
    /// <param name="analysis">The analysis (with data).</param>
    /// <param name="signal">Predicted signal per analysis bin.</param>
    /// <param name="description">The model point, one line.</param>
    /// <exception cref="ArgumentException">See <see cref="Build"/>.</exception>
    public static void Save(string path, string experimentName, AnalysisDefinition analysis, IReadOnlyList<double> signal, string description)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        string title = $"{experimentName} {analysis.Id}: {description}";
        SvgPanels.Save(path, Build(analysis, signal, title), 2, title);
    }

    /// <summary>Builds the panels (one per <see cref="Binning.Blocks"/>); bins with infinite edges (counting analyses)
    /// are not drawable.</summary>
    /// <param name="analysis">The analysis (with data).</param>
    /// <param name="signal">Predicted signal per analysis bin.</param>
    /// <param name="title">Title; a panel of a multi-block binning appends the beam modes filling it.</param>
    /// <exception cref="ArgumentException">The analysis has no data, its binning is not finite, or the signal has the wrong length.</exception>
    public static IReadOnlyList<SvgPlot> Build(AnalysisDefinition analysis, IReadOnlyList<double> signal, string title)
    {
        if (!analysis.Data.IsAvailable) throw new ArgumentException($"--plot: analysis '{analysis.Id}' has no data to plot");
        var edges = analysis.Binning.Edges.ToArray();
        if (edges.Any(e => Math.Abs(e) > 1e12)) throw new ArgumentException($"--plot: analysis '{analysis.Id}' is a counting analysis (infinite bin edges)");
        if (signal.Count != analysis.Binning.Count)
            throw new ArgumentException($"--plot: {signal.Count} signal bins for analysis '{analysis.Id}' with {analysis.Binning.Count} bins");
        int n = analysis.Binning.BinsPerBlock;
        var background = analysis.Data.Background.ToArray();
        var observed = analysis.Data.Observed.ToArray();
        var panels = new List<SvgPlot>();
        for (int block = 0; block < analysis.Binning.Blocks; block++)
        {
            int offset = block * n;
            double Density(double v, int i) => v / (edges[i + 1] - edges[i]);
            double top = 0;
            for (int i = 0; i < n; i++)
                top = Math.Max(top, Math.Max(Density(background[offset + i] + signal[offset + i], i),
                    Density(observed[offset + i] + Math.Sqrt(observed[offset + i]), i)));
            if (!(top > 0)) top = 1;
            string unit = analysis.Binning.Unit.Length > 0 ? $" [{analysis.Binning.Unit}]" : "";
            string perUnit = analysis.Binning.Unit.Length > 0 ? $"events / {analysis.Binning.Unit}" : $"events / unit {analysis.Binning.Observable}";
            string panelTitle = analysis.Binning.Blocks == 1 ? title
                : $"{title} ({string.Join(", ", analysis.Exposures.Where(e => e.Block == block).Select(e => e.Mode))})";
            var plot = new SvgPlot(new PlotAxis(edges[0], edges[^1], AxisScale.Linear, analysis.Binning.Observable + unit),
                new PlotAxis(0, 1.4 * top, AxisScale.Linear, perUnit), panelTitle);   // headroom: the legend sits above the data
            plot.AddRegion(Steps(edges, i => Density(background[offset + i] + signal[offset + i], i)), "#d62728", "signal (stacked)", 0.85);
            plot.AddRegion(Steps(edges, i => Density(background[offset + i], i)), "#1f77b4", "background", 0.85);
            plot.AddLine(Steps(edges, i => Density(background[offset + i] + signal[offset + i], i)), "#7f0000", null, strokeWidth: 1);
            plot.AddPoints(Enumerable.Range(0, n).Select(i =>
            {
                double o = observed[offset + i], e = Math.Sqrt(o);
                return (0.5 * (edges[i] + edges[i + 1]), Density(o, i), Density(o - e, i), Density(o + e, i));
            }), "black", "data (±√n)");
            panels.Add(plot);
        }
        return panels;
    }

    /// <summary>Closed step polygon of a histogram from the axis up.</summary>
    private static List<ContourPoint> Steps(double[] edges, Func<int, double> height)
    {
        var points = new List<ContourPoint> { new(edges[0], 0) };
        for (int i = 0; i < edges.Length - 1; i++)
        {
            points.Add(new ContourPoint(edges[i], height(i)));
            points.Add(new ContourPoint(edges[i + 1], height(i)));
        }
        points.Add(new ContourPoint(edges[^1], 0));
        return points;
    }
}
