using System.Globalization;
using DarkSector.Sampling.Limits;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace DarkSector.Reporting.Plotting;

/// <summary>
/// A 2-D figure: framed axes (linear or log10), a title, polylines (contours), filled regions, star markers, data
/// points with error bars, a legend placed in the corner that covers the fewest drawn points, and an optional caption box.
/// Rendered by OxyPlot to SVG, PDF or PNG (<see cref="FigureFile"/>); the name is kept from the hand-written SVG writer
/// it replaces, so that code building plots with it is unchanged.
/// </summary>
/// <remarks>The plot only records what to draw; each render builds a fresh OxyPlot model (<see cref="ToModel"/>), so
/// <see cref="Render"/> and <see cref="Save"/> do not modify the plot. Not thread-safe while being built.</remarks>
public sealed class SvgPlot
{
    private readonly List<Element> _elements = [];
    private readonly List<string> _caption = [];

    /// <summary>Creates an empty plot.</summary>
    /// <param name="x">Horizontal axis.</param>
    /// <param name="y">Vertical axis.</param>
    /// <param name="title">Title shown above the plot (may be empty).</param>
    /// <param name="width">Width in pixels (points in PDF); 200 to 4000.</param>
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

    /// <summary>The caption lines (fixed parameters, experiment, analysis, exposure), drawn in a box inside the plot.</summary>
    public IReadOnlyList<string> Caption => _caption;

    /// <summary>Adds a polyline (e.g. a contour); <paramref name="closed"/> joins the last point to the first; a
    /// <paramref name="dash"/> pattern "on off ..." in pixels (e.g. "6 3") dashes it.</summary>
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

    /// <summary>Adds lines to the caption box (e.g. "m_Z' = 1.25 GeV", "T2K ND280, tpc-ee, 12.3e20 POT").</summary>
    public SvgPlot AddCaption(params IEnumerable<string> lines)
    {
        _caption.AddRange(lines.Where(l => !string.IsNullOrWhiteSpace(l)));
        return this;
    }

    /// <summary>The SVG document.</summary>
    public string Render() => System.Text.Encoding.UTF8.GetString(FigureFile.Render([this], 1, null, FigureFormat.Svg));

    /// <summary>Writes the figure to <paramref name="path"/> atomically, in the format of its extension (.svg, .pdf or .png).</summary>
    /// <exception cref="ArgumentException">Another extension.</exception>
    /// <exception cref="Physics.DarkSectorException">The folder does not exist.</exception>
    public void Save(string path) => FigureFile.Save(path, [this], 1, null);

    /// <summary>A fresh OxyPlot model of this plot with text in <paramref name="font"/>.</summary>
    internal PlotModel ToModel(string font)
    {
        var model = new PlotModel
        {
            Title = Title,
            TitleFontSize = 15,
            TitleFontWeight = FontWeights.Normal,
            DefaultFont = font,
            DefaultFontSize = 13,
            Background = OxyColors.White,
            PlotAreaBorderThickness = new OxyThickness(1),
            Padding = new OxyThickness(8, 8, 16, 8),
        };
        model.Axes.Add(Axis(X, AxisPosition.Bottom));
        model.Axes.Add(Axis(Y, AxisPosition.Left));
        foreach (var e in _elements.OfType<Region>()) AddRegion(model, e);
        foreach (var e in _elements.OfType<Line>()) AddLine(model, e);
        foreach (var e in _elements.OfType<PointSet>()) AddPoints(model, e);
        foreach (var e in _elements.OfType<Star>()) AddStar(model, e);
        PlaceLegendAndCaption(model);
        return model;
    }

    private static Axis Axis(PlotAxis axis, AxisPosition position)
    {
        Axis result = axis.Scale == AxisScale.Logarithmic
            ? new LogarithmicAxis { LabelFormatter = LogLabel(axis) }
            : new LinearAxis();
        result.Position = position;
        result.Minimum = axis.Min;
        result.Maximum = axis.Max;
        result.Title = axis.Label;
        result.TickStyle = TickStyle.Inside;
        result.IsZoomEnabled = false;
        result.IsPanEnabled = false;
        result.AxisTitleDistance = 6;
        return result;
    }

    /// <summary>Log-axis labels: 10ⁿ at the decades when the axis spans two decades or more; from one to two decades
    /// 1, 2, 3 and 5 × 10ⁿ in plain numbers; below a decade every tick in plain numbers (3 significant digits), so that a
    /// short axis still reads.</summary>
    private static Func<double, string?> LogLabel(PlotAxis axis)
    {
        double decades = Math.Log10(axis.Max / axis.Min);
        return value =>
        {
            double exponent = Math.Log10(value);
            double rounded = Math.Round(exponent);
            bool decade = Math.Abs(exponent - rounded) < 1e-9;
            double leading = value / Math.Pow(10, Math.Floor(exponent + 1e-9));
            if (decades < 1 || (decades < 2 && new[] { 1.0, 2, 3, 5 }.Any(l => Math.Abs(leading - l) < 1e-6)))
                return value.ToString("G3", CultureInfo.InvariantCulture);
            if (!decade) return "";
            return rounded == 0 ? "1" : rounded == 1 ? "10" : $"10^{{{((int)rounded).ToString(CultureInfo.InvariantCulture).Replace('-', '\u2212')}}}";
        };
    }

    private static void AddLine(PlotModel model, Line line)
    {
        var series = new LineSeries
        {
            Title = line.Label,
            Color = Colors.Parse(line.Color),
            StrokeThickness = line.StrokeWidth,
            LineJoin = LineJoin.Round,
            Dashes = line.Dash?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
                .Select(d => double.Parse(d, CultureInfo.InvariantCulture)).ToArray(),
            RenderInLegend = line.Label is not null,
        };
        series.Points.AddRange(line.Points.Select(p => new DataPoint(p.X, p.Y)));
        if (line.Closed && line.Points.Length > 0) series.Points.Add(new DataPoint(line.Points[0].X, line.Points[0].Y));
        model.Series.Add(series);
    }

    private static void AddRegion(PlotModel model, Region region)
    {
        var fill = OxyColor.FromAColor((byte)Math.Round(255 * region.Opacity), Colors.Parse(region.Color));
        var polygon = new PolygonAnnotation { Fill = fill, Stroke = OxyColors.Undefined, StrokeThickness = 0, Layer = AnnotationLayer.BelowSeries };
        polygon.Points.AddRange(region.Points.Select(p => new DataPoint(p.X, p.Y)));
        model.Annotations.Add(polygon);
        if (region.Label is not null)   // the legend entry: an empty area series with the region's fill
            model.Series.Add(new AreaSeries { Title = region.Label, Fill = fill, Color = fill, StrokeThickness = 0 });
    }

    private static void AddStar(PlotModel model, Star star)
    {
        var outline = new ScreenPoint[10];
        for (int i = 0; i < 10; i++)
        {
            double radius = i % 2 == 0 ? 1 : 0.4, angle = Math.PI / 5 * i;
            outline[i] = new ScreenPoint(radius * Math.Sin(angle), -radius * Math.Cos(angle));
        }
        var series = new ScatterSeries
        {
            Title = star.Label,
            MarkerType = MarkerType.Custom,
            MarkerOutline = outline,
            MarkerSize = star.Size,
            MarkerFill = Colors.Parse(star.Color),
            MarkerStroke = OxyColors.Black,
            MarkerStrokeThickness = 0.8,
            RenderInLegend = star.Label is not null,
        };
        series.Points.Add(new ScatterPoint(star.At.X, star.At.Y));
        model.Series.Add(series);
    }

    private static void AddPoints(PlotModel model, PointSet set)
    {
        var color = Colors.Parse(set.Color);
        var bars = new LineSeries { Color = color, StrokeThickness = 1.5, RenderInLegend = false };
        foreach (var (x, _, low, high) in set.Values)
        {
            if (!double.IsFinite(low) || !double.IsFinite(high)) continue;
            bars.Points.Add(new DataPoint(x, low));
            bars.Points.Add(new DataPoint(x, high));
            bars.Points.Add(DataPoint.Undefined);   // a break between the bars
        }
        model.Series.Add(bars);
        var points = new ScatterSeries
        {
            Title = set.Label,
            MarkerType = MarkerType.Circle,
            MarkerSize = set.Radius,
            MarkerFill = color,
            RenderInLegend = set.Label is not null,
        };
        points.Points.AddRange(set.Values.Select(v => new ScatterPoint(v.X, v.Y)));
        model.Series.Add(points);
    }

    /// <summary>The legend goes to the inside corner that covers the fewest drawn points (outside, right of the plot, if
    /// every corner is crowded); the caption box goes to the best remaining corner, or under the title as a subtitle.</summary>
    private void PlaceLegendAndCaption(PlotModel model)
    {
        int entries = _elements.Count(e => e.Label is not null);
        var corners = new (LegendPosition Legend, double X, double Y)[]
        {
            (LegendPosition.TopRight, 1, 1), (LegendPosition.TopLeft, 0, 1), (LegendPosition.BottomRight, 1, 0), (LegendPosition.BottomLeft, 0, 0),
        };
        static bool OnFrame(double f) => Math.Abs(f) < 1e-6 || Math.Abs(f - 1) < 1e-6;
        // what a box must not hide: every drawn point, but of filled regions only the edges inside the frame (a shaded
        // region's edges along the frame are not curves)
        var points = _elements.SelectMany(e => Points(e).Select(p => (X: X.Fraction(p.X), Y: Y.Fraction(p.Y), Region: e is Region)))
            .Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y) && !(p.Region && (OnFrame(p.X) || OnFrame(p.Y))))
            .Select(p => (p.X, p.Y)).ToArray();
        var regions = _elements.OfType<Region>().Select(r => r.Points.Select(p => (X: X.Fraction(p.X), Y: Y.Fraction(p.Y))).ToArray()).ToArray();
        double Crowding((LegendPosition, double X, double Y) corner, double width, double height)
        {
            double x0 = corner.X == 1 ? 1 - width : 0, y0 = corner.Y == 1 ? 1 - height : 0;
            int inside = points.Count(p => p.X >= x0 && p.X <= x0 + width && p.Y >= y0 && p.Y <= y0 + height);
            // a box over a filled region hides some shading: a tie-breaker, not a crowded box
            double covered = regions.Count(r => Contains(r, x0 + width / 2, y0 + height / 2)) * 0.1;
            return inside + covered;
        }
        var free = corners.ToList();
        if (entries > 0)
        {
            double width = Math.Min(0.6, 0.12 + 0.012 * _elements.Where(e => e.Label is not null).Max(e => e.Label!.Length));
            var best = free.MinBy(c => Crowding(c, width, 0.05 + 0.065 * entries));
            var legend = new Legend
            {
                LegendBackground = OxyColor.FromAColor(230, OxyColors.White),
                LegendBorder = OxyColors.Gray,
                LegendBorderThickness = 0.8,
                LegendFontSize = 12,
                LegendSymbolLength = 22,
            };
            if (Crowding(best, width, 0.05 + 0.065 * entries) >= 1)
            {
                legend.LegendPlacement = LegendPlacement.Outside;
                legend.LegendPosition = LegendPosition.RightTop;
            }
            else
            {
                legend.LegendPlacement = LegendPlacement.Inside;
                legend.LegendPosition = best.Legend;
                free.Remove(best);
            }
            model.Legends.Add(legend);
        }
        if (_caption.Count == 0) return;
        // DejaVu Sans at 11.5 px: about 6.3 px per character and 14 px per line on a plot area of about 610 × 430 px
        double captionWidth = Math.Min(0.7, 0.04 + 0.0105 * _caption.Max(l => l.Length)), captionHeight = 0.04 + 0.033 * _caption.Count;
        var spot = free.Count == 0 ? default : free.MinBy(c => Crowding(c, captionWidth, captionHeight));
        string text = string.Join("\n", _caption);
        if (free.Count == 0 || Crowding(spot, captionWidth, captionHeight) >= 1)
        {
            model.Subtitle = text;   // no free corner: the caption goes under the title, where it covers nothing
            model.SubtitleFontSize = 11;
            return;
        }
        const double inset = 0.02;
        model.Annotations.Add(new TextAnnotation
        {
            Text = text,
            TextPosition = new DataPoint(X.ValueAt(spot.X == 1 ? 1 - inset : inset), Y.ValueAt(spot.Y == 1 ? 1 - inset : inset)),
            TextHorizontalAlignment = spot.X == 1 ? HorizontalAlignment.Right : HorizontalAlignment.Left,
            TextVerticalAlignment = spot.Y == 1 ? VerticalAlignment.Top : VerticalAlignment.Bottom,
            Background = OxyColor.FromAColor(230, OxyColors.White),
            Stroke = OxyColors.Gray,
            StrokeThickness = 0.8,
            FontSize = 11.5,
            Padding = new OxyThickness(5),
            Layer = AnnotationLayer.AboveSeries,
        });
    }

    private static IEnumerable<ContourPoint> Points(Element e) => e switch
    {
        Line l => l.Points,
        Region r => r.Points,
        Star s => [s.At],
        PointSet p => p.Values.SelectMany(v => new[] { new ContourPoint(v.X, v.Y), new ContourPoint(v.X, v.High) }),
        _ => [],
    };

    /// <summary>Even-odd point-in-polygon test in axis fractions.</summary>
    private static bool Contains((double X, double Y)[] polygon, double x, double y)
    {
        bool inside = false;
        for (int i = 0, j = polygon.Length - 1; i < polygon.Length; j = i++)
            if ((polygon[i].Y > y) != (polygon[j].Y > y)
                && x < (polygon[j].X - polygon[i].X) * (y - polygon[i].Y) / (polygon[j].Y - polygon[i].Y) + polygon[i].X)
                inside = !inside;
        return inside;
    }

    private abstract record Element(string Color, string? Label);

    private sealed record Line(ContourPoint[] Points, string Color, string? Label, bool Closed, double StrokeWidth, string? Dash) : Element(Color, Label);

    private sealed record Region(ContourPoint[] Points, string Color, string? Label, double Opacity) : Element(Color, Label);

    private sealed record PointSet((double X, double Y, double Low, double High)[] Values, string Color, string? Label, double Radius) : Element(Color, Label);

    private sealed record Star(ContourPoint At, string Color, string? Label, double Size) : Element(Color, Label);
}
