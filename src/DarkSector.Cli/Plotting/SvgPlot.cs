using System.Globalization;
using System.Text;
using System.Xml;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Limits;

namespace DarkSector.Cli.Plotting;

/// <summary>
/// A dependency-free 2-D plot written as SVG: framed axes with ticks and labels (linear or log10), a title, polylines
/// (contours), filled regions, star markers, data points with error bars and a legend. Drawing is clipped to the plot area.
/// </summary>
/// <remarks>Built with <see cref="XmlWriter"/>, so the output is always well-formed XML; saved atomically (temporary
/// file and rename). Not thread-safe while being built; <see cref="Render"/> does not modify the plot.</remarks>
internal sealed class SvgPlot
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private const double Left = 90, Right = 30, Top = 50, Bottom = 70;

    private readonly List<Element> _elements = [];

    /// <summary>Creates an empty plot.</summary>
    /// <param name="x">Horizontal axis.</param>
    /// <param name="y">Vertical axis.</param>
    /// <param name="title">Title shown above the plot (may be empty).</param>
    /// <param name="width">Width in pixels; 200 to 4000.</param>
    /// <param name="height">Height in pixels; 200 to 4000.</param>
    public SvgPlot(PlotAxis x, PlotAxis y, string title = "", int width = 720, int height = 540)
    {
        X = x ?? throw new ArgumentNullException(nameof(x));
        Y = y ?? throw new ArgumentNullException(nameof(y));
        Title = title ?? "";
        if (width is < 200 or > 4000) throw new ArgumentOutOfRangeException(nameof(width), width, $"width = {width} is outside [200, 4000]");
        if (height is < 200 or > 4000) throw new ArgumentOutOfRangeException(nameof(height), height, $"height = {height} is outside [200, 4000]");
        Width = width;
        Height = height;
    }

    /// <summary>Horizontal axis.</summary>
    public PlotAxis X { get; }

    /// <summary>Vertical axis.</summary>
    public PlotAxis Y { get; }

    /// <summary>Plot title.</summary>
    public string Title { get; }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>Adds a polyline (e.g. a contour); <paramref name="closed"/> joins the last point to the first.</summary>
    public SvgPlot AddLine(IEnumerable<ContourPoint> points, string color, string? label = null, bool closed = false,
        double strokeWidth = 2, string? dash = null)
    {
        _elements.Add(new Line(points.ToArray(), color, label, closed, strokeWidth, dash));
        return this;
    }

    /// <summary>Adds a filled polygon (e.g. an excluded region) with the given fill opacity in [0, 1].</summary>
    public SvgPlot AddRegion(IEnumerable<ContourPoint> polygon, string color, string? label = null, double opacity = 0.3)
    {
        _elements.Add(new Region(polygon.ToArray(), color, label, Math.Clamp(opacity, 0, 1)));
        return this;
    }

    /// <summary>Adds a five-pointed star marker (e.g. a benchmark point) of outer radius <paramref name="size"/> pixels.</summary>
    public SvgPlot AddStar(double x, double y, string color, string? label = null, double size = 9)
    {
        _elements.Add(new Star(new ContourPoint(x, y), color, label, size));
        return this;
    }

    /// <summary>Adds data points (filled circles of radius <paramref name="radius"/> pixels) with vertical error bars from
    /// <c>Low</c> to <c>High</c> (values of the y axis); one legend entry.</summary>
    public SvgPlot AddPoints(IEnumerable<(double X, double Y, double Low, double High)> points, string color, string? label = null, double radius = 3.5)
    {
        _elements.Add(new PointSet(points.ToArray(), color, label, radius));
        return this;
    }

    /// <summary>The SVG document.</summary>
    public string Render()
    {
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
        using (var w = XmlWriter.Create(builder, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("svg", SvgNamespace);
            Attr(w, "width", Width);
            Attr(w, "height", Height);
            w.WriteAttributeString("viewBox", $"0 0 {Width} {Height}");
            w.WriteAttributeString("font-family", "Helvetica, Arial, sans-serif");
            w.WriteAttributeString("font-size", "14");
            w.WriteElementString("title", SvgNamespace, Title);

            double pw = Width - Left - Right, ph = Height - Top - Bottom;
            w.WriteStartElement("defs");
            w.WriteStartElement("clipPath");
            w.WriteAttributeString("id", "plot-area");
            Rect(w, Left, Top, pw, ph);
            w.WriteEndElement();
            w.WriteEndElement();

            w.WriteStartElement("rect");
            Attr(w, "width", Width);
            Attr(w, "height", Height);
            w.WriteAttributeString("fill", "white");
            w.WriteEndElement();

            WriteAxes(w, pw, ph);

            w.WriteStartElement("g");
            w.WriteAttributeString("class", "data");
            w.WriteAttributeString("clip-path", "url(#plot-area)");
            foreach (var e in _elements.OfType<Region>()) WriteRegion(w, e, pw, ph);
            foreach (var e in _elements.OfType<Line>()) WriteLine(w, e, pw, ph);
            foreach (var e in _elements.OfType<PointSet>()) WritePoints(w, e, pw, ph);
            foreach (var e in _elements.OfType<Star>()) WriteStar(w, e, pw, ph);
            w.WriteEndElement();

            w.WriteStartElement("rect");
            w.WriteAttributeString("class", "frame");
            Attrs(w, ("x", Left), ("y", Top), ("width", pw), ("height", ph));
            w.WriteAttributeString("fill", "none");
            w.WriteAttributeString("stroke", "black");
            w.WriteEndElement();

            WriteLegend(w, pw);

            if (Title.Length > 0)
            {
                w.WriteStartElement("text");
                w.WriteAttributeString("class", "title");
                Attrs(w, ("x", Left + pw / 2), ("y", Top - 18));
                w.WriteAttributeString("text-anchor", "middle");
                w.WriteAttributeString("font-size", "17");
                w.WriteString(Title);
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    /// <summary>Writes the SVG to <paramref name="path"/> atomically (UTF-8).</summary>
    /// <exception cref="Physics.DarkSectorException">The folder does not exist.</exception>
    public void Save(string path)
    {
        byte[] bytes = new UTF8Encoding(false).GetBytes(Render());
        AtomicFile.Write(path, stream => stream.Write(bytes));
    }

    private double PixelX(double x, double pw) => Left + X.Fraction(x) * pw;

    private double PixelY(double y, double ph) => Top + (1 - Y.Fraction(y)) * ph;

    private void WriteAxes(XmlWriter w, double pw, double ph)
    {
        foreach (var (axis, horizontal) in new[] { (X, true), (Y, false) })
        {
            w.WriteStartElement("g");
            w.WriteAttributeString("class", horizontal ? "x-axis" : "y-axis");
            foreach (var tick in AxisTicks.For(axis))
            {
                double f = axis.Fraction(tick.Value);
                if (!(f >= -1e-9 && f <= 1 + 1e-9)) continue;
                double length = tick.Major ? 7 : 4;
                w.WriteStartElement("line");
                w.WriteAttributeString("class", tick.Major ? "tick major" : "tick minor");
                if (horizontal)
                {
                    double px = Left + f * pw;
                    Attrs(w, ("x1", px), ("x2", px), ("y1", Top + ph), ("y2", Top + ph - length));
                }
                else
                {
                    double py = Top + (1 - f) * ph;
                    Attrs(w, ("x1", Left), ("x2", Left + length), ("y1", py), ("y2", py));
                }
                w.WriteAttributeString("stroke", "black");
                w.WriteEndElement();
                if (!tick.Major) continue;
                w.WriteStartElement("text");
                w.WriteAttributeString("class", "tick-label");
                if (horizontal)
                {
                    Attrs(w, ("x", Left + f * pw), ("y", Top + ph + 20));
                    w.WriteAttributeString("text-anchor", "middle");
                }
                else
                {
                    Attrs(w, ("x", Left - 8), ("y", Top + (1 - f) * ph + 5));
                    w.WriteAttributeString("text-anchor", "end");
                }
                w.WriteString(tick.Label);
                if (tick.Exponent is int n)
                {
                    w.WriteStartElement("tspan");
                    w.WriteAttributeString("baseline-shift", "super");
                    w.WriteAttributeString("font-size", "70%");
                    w.WriteString(n.ToString(CultureInfo.InvariantCulture).Replace('-', '\u2212'));
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteStartElement("text");
            w.WriteAttributeString("class", horizontal ? "x-label" : "y-label");
            w.WriteAttributeString("text-anchor", "middle");
            if (horizontal)
            {
                Attrs(w, ("x", Left + pw / 2), ("y", Height - 20));
            }
            else
            {
                double cx = 24, cy = Top + ph / 2;
                Attrs(w, ("x", cx), ("y", cy));
                w.WriteAttributeString("transform", $"rotate(-90 {Num(cx)} {Num(cy)})");
            }
            w.WriteString(axis.Label);
            w.WriteEndElement();
            w.WriteEndElement();
        }
    }

    private string Points(IReadOnlyList<ContourPoint> points, double pw, double ph)
    {
        var sb = new StringBuilder();
        foreach (var p in points)
        {
            double px = PixelX(p.X, pw), py = PixelY(p.Y, ph);
            if (!double.IsFinite(px) || !double.IsFinite(py)) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(Num(px)).Append(',').Append(Num(py));
        }
        return sb.ToString();
    }

    private void WriteLine(XmlWriter w, Line line, double pw, double ph)
    {
        w.WriteStartElement(line.Closed ? "polygon" : "polyline");
        w.WriteAttributeString("class", "line");
        w.WriteAttributeString("points", Points(line.Points, pw, ph));
        w.WriteAttributeString("fill", "none");
        w.WriteAttributeString("stroke", line.Color);
        Attr(w, "stroke-width", line.StrokeWidth);
        w.WriteAttributeString("stroke-linejoin", "round");
        if (line.Dash is not null) w.WriteAttributeString("stroke-dasharray", line.Dash);
        w.WriteEndElement();
    }

    private void WriteRegion(XmlWriter w, Region region, double pw, double ph)
    {
        w.WriteStartElement("polygon");
        w.WriteAttributeString("class", "region");
        w.WriteAttributeString("points", Points(region.Points, pw, ph));
        w.WriteAttributeString("fill", region.Color);
        Attr(w, "fill-opacity", region.Opacity);
        w.WriteAttributeString("stroke", "none");
        w.WriteEndElement();
    }

    private void WriteStar(XmlWriter w, Star star, double pw, double ph)
    {
        double cx = PixelX(star.At.X, pw), cy = PixelY(star.At.Y, ph);
        if (!double.IsFinite(cx) || !double.IsFinite(cy)) return;
        w.WriteStartElement("polygon");
        w.WriteAttributeString("class", "marker star");
        w.WriteAttributeString("points", StarPoints(cx, cy, star.Size));
        w.WriteAttributeString("fill", star.Color);
        w.WriteAttributeString("stroke", "black");
        w.WriteAttributeString("stroke-width", "0.8");
        w.WriteEndElement();
    }

    private void WritePoints(XmlWriter w, PointSet points, double pw, double ph)
    {
        w.WriteStartElement("g");
        w.WriteAttributeString("class", "points");
        foreach (var (x, y, low, high) in points.Values)
        {
            double cx = PixelX(x, pw), cy = PixelY(y, ph), top = PixelY(high, ph), bottom = PixelY(low, ph);
            if (!double.IsFinite(cx) || !double.IsFinite(cy)) continue;
            if (double.IsFinite(top) && double.IsFinite(bottom))
            {
                w.WriteStartElement("line");
                w.WriteAttributeString("class", "error-bar");
                Attrs(w, ("x1", cx), ("x2", cx), ("y1", bottom), ("y2", top));
                w.WriteAttributeString("stroke", points.Color);
                w.WriteAttributeString("stroke-width", "1.5");
                w.WriteEndElement();
            }
            w.WriteStartElement("circle");
            w.WriteAttributeString("class", "marker point");
            Attrs(w, ("cx", cx), ("cy", cy), ("r", points.Radius));
            w.WriteAttributeString("fill", points.Color);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    /// <summary>Ten vertices alternating between the outer radius and 0.4 of it, first point straight up.</summary>
    private static string StarPoints(double cx, double cy, double r)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 10; i++)
        {
            double radius = i % 2 == 0 ? r : 0.4 * r, angle = Math.PI / 5 * i;
            if (i > 0) sb.Append(' ');
            sb.Append(Num(cx + radius * Math.Sin(angle))).Append(',').Append(Num(cy - radius * Math.Cos(angle)));
        }
        return sb.ToString();
    }

    private void WriteLegend(XmlWriter w, double pw)
    {
        var entries = _elements.Where(e => !string.IsNullOrEmpty(e.Label)).ToList();
        if (entries.Count == 0) return;
        double rowHeight = 22, boxWidth = 30 + 8 * entries.Max(e => e.Label!.Length) + 20;
        double x0 = Left + pw - boxWidth - 10, y0 = Top + 10;
        w.WriteStartElement("g");
        w.WriteAttributeString("class", "legend");
        w.WriteStartElement("rect");
        Attrs(w, ("x", x0), ("y", y0), ("width", boxWidth), ("height", rowHeight * entries.Count + 8));
        w.WriteAttributeString("fill", "white");
        w.WriteAttributeString("fill-opacity", "0.85");
        w.WriteAttributeString("stroke", "#888888");
        w.WriteEndElement();
        for (int i = 0; i < entries.Count; i++)
        {
            double cy = y0 + 4 + rowHeight * (i + 0.5);
            switch (entries[i])
            {
                case Line line:
                    w.WriteStartElement("line");
                    Attrs(w, ("x1", x0 + 8), ("x2", x0 + 30), ("y1", cy), ("y2", cy));
                    w.WriteAttributeString("stroke", line.Color);
                    Attr(w, "stroke-width", line.StrokeWidth);
                    if (line.Dash is not null) w.WriteAttributeString("stroke-dasharray", line.Dash);
                    w.WriteEndElement();
                    break;
                case Region region:
                    w.WriteStartElement("rect");
                    Attrs(w, ("x", x0 + 8), ("y", cy - 6), ("width", 22), ("height", 12));
                    w.WriteAttributeString("fill", region.Color);
                    Attr(w, "fill-opacity", region.Opacity);
                    w.WriteEndElement();
                    break;
                case PointSet points:
                    w.WriteStartElement("line");
                    Attrs(w, ("x1", x0 + 19), ("x2", x0 + 19), ("y1", cy - 8), ("y2", cy + 8));
                    w.WriteAttributeString("stroke", points.Color);
                    w.WriteAttributeString("stroke-width", "1.5");
                    w.WriteEndElement();
                    w.WriteStartElement("circle");
                    Attrs(w, ("cx", x0 + 19), ("cy", cy), ("r", points.Radius));
                    w.WriteAttributeString("fill", points.Color);
                    w.WriteEndElement();
                    break;
                case Star star:
                    w.WriteStartElement("polygon");
                    w.WriteAttributeString("points", StarPoints(x0 + 19, cy, 7));
                    w.WriteAttributeString("fill", star.Color);
                    w.WriteAttributeString("stroke", "black");
                    w.WriteAttributeString("stroke-width", "0.8");
                    w.WriteEndElement();
                    break;
            }
            w.WriteStartElement("text");
            Attrs(w, ("x", x0 + 38), ("y", cy + 5));
            w.WriteString(entries[i].Label!);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Rect(XmlWriter w, double x, double y, double width, double height)
    {
        w.WriteStartElement("rect");
        Attrs(w, ("x", x), ("y", y), ("width", width), ("height", height));
        w.WriteEndElement();
    }

    private static void Attr(XmlWriter w, string name, double value) => w.WriteAttributeString(name, Num(value));

    private static void Attrs(XmlWriter w, params ReadOnlySpan<(string Name, double Value)> attributes)
    {
        foreach (var (name, value) in attributes) w.WriteAttributeString(name, Num(value));
    }

    private static string Num(double v) => Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private abstract record Element(string Color, string? Label);

    private sealed record Line(ContourPoint[] Points, string Color, string? Label, bool Closed, double StrokeWidth, string? Dash) : Element(Color, Label);

    private sealed record Region(ContourPoint[] Points, string Color, string? Label, double Opacity) : Element(Color, Label);

    private sealed record PointSet((double X, double Y, double Low, double High)[] Values, string Color, string? Label, double Radius) : Element(Color, Label);

    private sealed record Star(ContourPoint At, string Color, string? Label, double Size) : Element(Color, Label);
}
