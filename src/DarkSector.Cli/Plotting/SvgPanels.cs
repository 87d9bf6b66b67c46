using System.Text;
using System.Xml;
using DarkSector.Sampling.IO;

namespace DarkSector.Cli.Plotting;

/// <summary>Several <see cref="SvgPlot"/>s side by side in one SVG document (a row of panels, wrapped after
/// <c>columns</c>), each panel a nested &lt;svg&gt; element at its place, under a header line with the title.</summary>
/// <remarks>Each panel's rendered document is copied node by node through <see cref="XmlReader"/>/<see cref="XmlWriter"/>,
/// so the result is well-formed XML. A single panel renders as that plot's own document. Panel element ids (the clip
/// path) are made unique by a per-panel prefix.</remarks>
internal static class SvgPanels
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private const int Header = 34;

    /// <summary>The SVG document of the panels.</summary>
    /// <param name="panels">At least one plot.</param>
    /// <param name="columns">Panels per row, ≥ 1.</param>
    /// <param name="title">Document title (the &lt;title&gt; element).</param>
    /// <exception cref="ArgumentException">No panel.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="columns"/> &lt; 1.</exception>
    public static string Render(IReadOnlyList<SvgPlot> panels, int columns, string title)
    {
        ArgumentNullException.ThrowIfNull(panels);
        if (panels.Count == 0) throw new ArgumentException("give at least one panel", nameof(panels));
        if (columns < 1) throw new ArgumentOutOfRangeException(nameof(columns), columns, $"columns = {columns} must be >= 1");
        if (panels.Count == 1) return panels[0].Render();
        int cols = Math.Min(columns, panels.Count), rows = (panels.Count + cols - 1) / cols;
        int cellWidth = panels.Max(p => p.Width), cellHeight = panels.Max(p => p.Height);
        int width = cols * cellWidth, height = Header + rows * cellHeight;
        var builder = new StringBuilder();
        using (var w = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true }))
        {
            w.WriteStartDocument();
            w.WriteStartElement("svg", SvgNamespace);
            w.WriteAttributeString("width", width.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteAttributeString("height", height.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteAttributeString("viewBox", $"0 0 {width} {height}");
            w.WriteElementString("title", SvgNamespace, title ?? "");
            w.WriteStartElement("rect");
            w.WriteAttributeString("width", width.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteAttributeString("height", height.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteAttributeString("fill", "white");
            w.WriteEndElement();
            w.WriteStartElement("text");
            w.WriteAttributeString("class", "header");
            w.WriteAttributeString("x", (width / 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteAttributeString("y", "24");
            w.WriteAttributeString("text-anchor", "middle");
            w.WriteAttributeString("font-family", "Helvetica, Arial, sans-serif");
            w.WriteAttributeString("font-size", "16");
            w.WriteString(title ?? "");
            w.WriteEndElement();
            for (int i = 0; i < panels.Count; i++)
            {
                // unique clip-path id per panel, then copy the panel's root element with its place
                string svg = panels[i].Render().Replace("plot-area", $"plot-area-{i}", StringComparison.Ordinal);
                using var reader = XmlReader.Create(new StringReader(svg));
                reader.MoveToContent();
                w.WriteStartElement("svg", SvgNamespace);
                w.WriteAttributeString("x", ((i % cols) * cellWidth).ToString(System.Globalization.CultureInfo.InvariantCulture));
                w.WriteAttributeString("y", (Header + (i / cols) * cellHeight).ToString(System.Globalization.CultureInfo.InvariantCulture));
                w.WriteAttributeString("class", "panel");
                if (reader.MoveToFirstAttribute())
                {
                    do
                    {
                        if (reader.Name is not ("xmlns" or "x" or "y")) w.WriteAttributeString(reader.Name, reader.Value);
                    }
                    while (reader.MoveToNextAttribute());
                    reader.MoveToElement();
                }
                if (!reader.IsEmptyElement)
                {
                    reader.Read();
                    while (reader.NodeType != XmlNodeType.EndElement || reader.Depth > 0)
                        w.WriteNode(reader, defattr: true);
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    /// <summary>Writes <see cref="Render"/> to <paramref name="path"/> atomically (UTF-8).</summary>
    public static void Save(string path, IReadOnlyList<SvgPlot> panels, int columns, string title)
    {
        byte[] bytes = new UTF8Encoding(false).GetBytes(Render(panels, columns, title));
        AtomicFile.Write(path, stream => stream.Write(bytes));
    }
}
