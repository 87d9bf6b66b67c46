using System.Text;
using DarkSector.Sampling.IO;
using OxyPlot;
using OxyPlot.SkiaSharp;
using SkiaSharp;

namespace DarkSector.Reporting.Plotting;

/// <summary>Renders one figure or a grid of panels (<see cref="SvgPlot"/>s) with OxyPlot and writes it as SVG (OxyPlot's
/// SVG context), PDF or PNG (OxyPlot.SkiaSharp over SkiaSharp's PDF document and raster canvas), chosen by extension.</summary>
/// <remarks>Every panel is rendered into its own rectangle of one drawing surface, under a header line with the title
/// when there are several. Text uses DejaVu Sans (Unicode symbols such as μ, ε, ² and ⁻¹), with generic fallbacks named
/// in SVG. Files are written atomically (temporary file and rename).</remarks>
public static class FigureFile
{
    private const double Header = 34;
    private const string SkiaFont = "DejaVu Sans";
    private const string SvgFont = "DejaVu Sans, Helvetica, Arial, sans-serif";

    /// <summary>The extensions a figure can be written with: .svg, .pdf, .png.</summary>
    public static readonly string[] Extensions = [".svg", ".pdf", ".png"];

    /// <summary>The format of <paramref name="path"/>'s extension (case-insensitive).</summary>
    /// <exception cref="ArgumentException">Another extension.</exception>
    public static FigureFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".svg" => FigureFormat.Svg,
        ".pdf" => FigureFormat.Pdf,
        ".png" => FigureFormat.Png,
        _ => throw new ArgumentException($"'{path}': a figure is written as {string.Join(", ", Extensions)} (by the file's extension)"),
    };

    /// <summary>Writes the panels to <paramref name="path"/> in the format of its extension, atomically.</summary>
    public static void Save(string path, IReadOnlyList<SvgPlot> panels, int columns, string? title)
    {
        byte[] bytes = Render(panels, columns, title, FormatOf(path));
        AtomicFile.Write(path, stream => stream.Write(bytes));
    }

    /// <summary>The file contents of the panels in <paramref name="format"/>.</summary>
    /// <param name="panels">At least one plot.</param>
    /// <param name="columns">Panels per row, ≥ 1.</param>
    /// <param name="title">Header above several panels (ignored for one panel, whose own title shows).</param>
    /// <param name="format">Output format.</param>
    /// <exception cref="ArgumentException">No panel.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="columns"/> &lt; 1.</exception>
    public static byte[] Render(IReadOnlyList<SvgPlot> panels, int columns, string? title, FigureFormat format)
    {
        ArgumentNullException.ThrowIfNull(panels);
        if (panels.Count == 0) throw new ArgumentException("give at least one panel", nameof(panels));
        if (columns < 1) throw new ArgumentOutOfRangeException(nameof(columns), columns, $"columns = {columns} must be >= 1");
        int cols = Math.Min(columns, panels.Count), rows = (panels.Count + cols - 1) / cols;
        double cellWidth = panels.Max(p => p.Width), cellHeight = panels.Max(p => p.Height);
        double header = panels.Count > 1 && !string.IsNullOrEmpty(title) ? Header : 0;
        double width = cols * cellWidth, height = header + rows * cellHeight;
        string font = format == FigureFormat.Svg ? SvgFont : SkiaFont;

        void Draw(IRenderContext rc)
        {
            rc.DrawRectangle(new OxyRect(0, 0, width, height), OxyColors.White, OxyColors.Undefined, 0, EdgeRenderingMode.Automatic);
            if (header > 0)
                rc.DrawText(new ScreenPoint(width / 2, 9), title!, OxyColors.Black, font, 16, FontWeights.Normal, 0,
                    HorizontalAlignment.Center, VerticalAlignment.Top);
            for (int i = 0; i < panels.Count; i++)
            {
                IPlotModel model = panels[i].ToModel(font);
                model.Update(true);
                model.Render(rc, new OxyRect((i % cols) * cellWidth, header + (i / cols) * cellHeight, panels[i].Width, panels[i].Height));
            }
        }

        using var stream = new MemoryStream();
        switch (format)
        {
            case FigureFormat.Svg:
            {
                using var measurer = new SkiaRenderContext();
                using (var rc = new SvgRenderContext(stream, width, height, true, measurer, OxyColors.White))
                {
                    Draw(rc);
                    rc.Complete();
                    rc.Flush();
                }
                return CleanSvg(stream.ToArray(), title ?? panels[0].Title);
            }
            case FigureFormat.Pdf:
            {
                using (var document = SKDocument.CreatePdf(stream))
                {
                    using var canvas = document.BeginPage((float)width, (float)height);
                    using var rc = new SkiaRenderContext { SkCanvas = canvas, RenderTarget = RenderTarget.VectorGraphic };
                    Draw(rc);
                    document.EndPage();
                    document.Close();
                }
                return stream.ToArray();
            }
            default:
            {
                const float scale = 2;
                using var bitmap = new SKBitmap((int)Math.Ceiling(width * scale), (int)Math.Ceiling(height * scale));
                using (var canvas = new SKCanvas(bitmap))
                {
                    canvas.Clear(SKColors.White);
                    using var rc = new SkiaRenderContext { SkCanvas = canvas, RenderTarget = RenderTarget.PixelGraphic, DpiScale = scale };
                    Draw(rc);
                    canvas.Flush();
                }
                using var image = SKImage.FromBitmap(bitmap);
                using var data = image.Encode(SKEncodedImageFormat.Png, 100);
                return data.ToArray();
            }
        }
    }

    /// <summary>OxyPlot's SVG without the byte-order mark and DOCTYPE (so that any XML reader takes it), with a
    /// &lt;title&gt; element after the root's start tag.</summary>
    private static byte[] CleanSvg(byte[] raw, string title)
    {
        string text = Encoding.UTF8.GetString(raw).TrimStart('\uFEFF');
        text = System.Text.RegularExpressions.Regex.Replace(text, @"<!DOCTYPE[^>]*>\s*", "");
        int root = text.IndexOf("<svg", StringComparison.Ordinal);
        int end = root < 0 ? -1 : text.IndexOf('>', root);
        if (end > 0) text = text.Insert(end + 1, $"\n  <title>{System.Security.SecurityElement.Escape(title)}</title>");
        return new UTF8Encoding(false).GetBytes(text);
    }
}
