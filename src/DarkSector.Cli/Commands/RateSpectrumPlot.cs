using DarkSector.Cli.Plotting;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Limits;

namespace DarkSector.Cli.Commands;

/// <summary>The SVG of <c>rate --plot</c>: the predicted signal stacked on the analysis's background, with the data points,
/// per unit of the observable (events / bin width).</summary>
internal static class RateSpectrumPlot
{
    /// <summary>Builds the plot; bins with infinite edges (counting analyses) are not drawable.</summary>
    /// <exception cref="ArgumentException">The analysis has no data or its binning is not finite.</exception>
    public static SvgPlot Build(AnalysisDefinition analysis, IReadOnlyList<double> signal, string title)
    {
        if (!analysis.Data.IsAvailable) throw new ArgumentException($"--plot: analysis '{analysis.Id}' has no data to plot");
        var edges = analysis.Binning.Edges.ToArray();
        if (edges.Any(e => Math.Abs(e) > 1e12)) throw new ArgumentException($"--plot: analysis '{analysis.Id}' is a counting analysis (infinite bin edges)");
        int n = edges.Length - 1;
        var background = analysis.Data.Background.ToArray();
        var observed = analysis.Data.Observed.ToArray();
        double Density(double v, int i) => v / (edges[i + 1] - edges[i]);
        double top = 0;
        for (int i = 0; i < n; i++)
            top = Math.Max(top, Math.Max(Density(background[i] + signal[i], i), Density(observed[i] + Math.Sqrt(observed[i]), i)));
        string unit = analysis.Binning.Unit.Length > 0 ? $" [{analysis.Binning.Unit}]" : "";
        var plot = new SvgPlot(new PlotAxis(edges[0], edges[^1], AxisScale.Linear, analysis.Binning.Observable + unit),
            new PlotAxis(0, 1.1 * top, AxisScale.Linear, "events / bin width"), title);
        plot.AddRegion(Steps(edges, i => Density(background[i] + signal[i], i)), "#d62728", "signal", 0.6);
        plot.AddRegion(Steps(edges, i => Density(background[i], i)), "#1f77b4", "background", 0.6);
        for (int i = 0; i < n; i++)
            plot.AddStar(0.5 * (edges[i] + edges[i + 1]), Density(observed[i], i), "black", i == 0 ? "data" : null, 6);
        return plot;
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
