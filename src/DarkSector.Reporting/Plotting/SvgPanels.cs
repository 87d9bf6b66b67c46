namespace DarkSector.Reporting.Plotting;

/// <summary>Several <see cref="SvgPlot"/>s side by side in one figure (a row of panels, wrapped after <c>columns</c>),
/// under a header line with the title; written as SVG, PDF or PNG by <see cref="FigureFile"/>.</summary>
/// <remarks>The name is kept from the hand-written SVG writer; a single panel renders as that plot alone.</remarks>
public static class SvgPanels
{
    /// <summary>The SVG document of the panels.</summary>
    /// <param name="panels">At least one plot.</param>
    /// <param name="columns">Panels per row, ≥ 1.</param>
    /// <param name="title">Header line (and the document's &lt;title&gt;).</param>
    /// <exception cref="ArgumentException">No panel.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="columns"/> &lt; 1.</exception>
    public static string Render(IReadOnlyList<SvgPlot> panels, int columns, string title)
        => System.Text.Encoding.UTF8.GetString(FigureFile.Render(panels, columns, title, FigureFormat.Svg));

    /// <summary>Writes the panels to <paramref name="path"/> atomically, in the format of its extension (.svg, .pdf, .png).</summary>
    public static void Save(string path, IReadOnlyList<SvgPlot> panels, int columns, string title)
        => FigureFile.Save(path, panels, columns, title);
}
