using System.Text.Json;
using DarkSector.Reporting.Scans;
using DarkSector.Reporting.Plotting;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Limits;

namespace DarkSector.Reporting.Figures;

/// <summary>One SVG per plane of a composite figure: the exclusion contours of every part in that plane, the published
/// regions of that plane (shaded, e.g. MiniBooNE's preferred regions), and today's limit when its <c>reproduce</c> JSON
/// lies in the same folder (dashed).</summary>
/// <remarks>Reads only the scan JSON files that <c>reproduce</c> wrote.</remarks>
public static class ProjectionOverlay
{
    private static readonly string[] Colours = ["#c0392b", "#2980b9", "#27ae60", "#8e44ad", "#d35400"];

    /// <summary>Writes <c>folder/{figure}-{plane}.svg</c> per plane; returns the files written.</summary>
    /// <param name="figure">The composite figure whose parts' scan JSON files lie in <paramref name="folder"/>.</param>
    /// <param name="folder">The folder of the reproduced scans.</param>
    public static IReadOnlyList<string> Write(CompositeFigure figure, string folder)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var written = new List<string>();
        foreach (var plane in figure.Parts.GroupBy(p => p.Plane))
        {
            SvgPlot? plot = null;
            int colour = 0;
            foreach (var part in plane)
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, $"{figure.Id}-{part.FigureId}.json")));
                var root = doc.RootElement;
                if (plot is null)
                {
                    plot = new SvgPlot(Axis(root.GetProperty("x")), Axis(root.GetProperty("y")),
                        $"{figure.Id}, {plane.Key}: {root.GetProperty("confidenceLevel").GetDouble() * 100:0.#}% CL sensitivities (Asimov)");
                    DrawPublishedRegions(plot, root);   // under the curves
                }
                AddContours(plot, root, Colours[colour++ % Colours.Length], root.GetProperty("experiment").GetString()!, null);
            }
            if (plot is null) continue;
            if (figure.PlaneReferences.TryGetValue(plane.Key, out string? reference) && File.Exists(Path.Combine(folder, reference + ".json")))
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, reference + ".json")));
                AddContours(plot, doc.RootElement, "#222222", $"today: {reference} ({doc.RootElement.GetProperty("confidenceLevel").GetDouble() * 100:0.#}% CL)", "6,4");
            }
            string path = Path.Combine(folder, $"{figure.Id}-{plane.Key}.svg");
            plot.Save(path);
            written.Add(path);
        }
        return written;
    }

    /// <summary>The published regions of the scan's plane (<see cref="PublishedOverlays"/>: same family, axes and fixed
    /// parameters), e.g. MiniBooNE's light-Z' preferred regions on the m_Z' = 30 MeV plane.</summary>
    private static void DrawPublishedRegions(SvgPlot plot, JsonElement scan)
    {
        var fixedValues = scan.GetProperty("fixed").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        PublishedOverlays.Draw(plot, scan.GetProperty("family").GetString()!, scan.GetProperty("x").GetProperty("name").GetString()!,
            scan.GetProperty("y").GetProperty("name").GetString()!, fixedValues);
    }

    private static PlotAxis Axis(JsonElement axis)
    {
        var values = axis.GetProperty("values").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var scale = axis.GetProperty("scale").GetString() == "log" ? AxisScale.Logarithmic : AxisScale.Linear;
        return new PlotAxis(values[0], values[^1], scale, axis.GetProperty("name").GetString() ?? "");
    }

    private static void AddContours(SvgPlot plot, JsonElement scan, string colour, string label, string? dash)
    {
        var contours = ScanOverlay.ReadContours(scan);
        for (int c = 0; c < contours.Count; c++)
            plot.AddLine(contours[c].Points, colour, c == 0 ? label : null, contours[c].Closed, dash: dash);
    }
}
