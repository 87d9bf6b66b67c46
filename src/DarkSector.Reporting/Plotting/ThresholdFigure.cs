using DarkSector.Sampling.Limits;

namespace DarkSector.Reporting.Plotting;

/// <summary>A figure of where grids of one quantity reach a threshold, e.g. a recast's exclusion contours (signal =
/// threshold) over a published region: each series' contour at the threshold (<see cref="MarchingSquares"/>, in the axes'
/// scales), drawn as a line labelled once, over an optional shaded region drawn first.</summary>
public static class ThresholdFigure
{
    /// <summary>Builds the figure.</summary>
    /// <param name="x">Horizontal axis (its scale is the contouring's).</param>
    /// <param name="y">Vertical axis (its scale is the contouring's).</param>
    /// <param name="title">The title.</param>
    /// <param name="xs">The grid's x values, ascending.</param>
    /// <param name="ys">The grid's y values, ascending.</param>
    /// <param name="threshold">The level contoured.</param>
    /// <param name="series">Each grid's values (row-major, x fastest: xs.Count × ys.Count) with its colour, label and dash
    /// pattern (null: solid); a series that never reaches the threshold draws nothing.</param>
    /// <param name="region">A closed polygon shaded at half opacity with its colour and label, or null.</param>
    /// <exception cref="ArgumentException">A series whose length is not xs.Count × ys.Count.</exception>
    public static SvgPlot Build(PlotAxis x, PlotAxis y, string title, IReadOnlyList<double> xs, IReadOnlyList<double> ys, double threshold,
        IEnumerable<(IReadOnlyList<double> Values, string Color, string Label, string? Dash)> series,
        (IReadOnlyList<ContourPoint> Polygon, string Color, string Label)? region = null)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(ys);
        ArgumentNullException.ThrowIfNull(series);
        var plot = new SvgPlot(x, y, title);
        if (region is var (polygon, regionColor, regionLabel)) plot.AddRegion(polygon, regionColor, regionLabel, 0.5);
        foreach (var (values, color, label, dash) in series)
        {
            if (values.Count != xs.Count * ys.Count)
                throw new ArgumentException($"series '{label}' has {values.Count} values; the grid has {xs.Count} x {ys.Count}", nameof(series));
            var contours = MarchingSquares.Extract([.. xs], [.. ys], [.. values], threshold, x.Scale, y.Scale);
            foreach (var (contour, i) in contours.Select((c, i) => (c, i)))
                plot.AddLine(contour.Points, color, i == 0 ? label : null, contour.IsClosed, 2, dash);
        }
        return plot;
    }
}
