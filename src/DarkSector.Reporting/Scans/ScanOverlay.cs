using System.Text.Json;
using DarkSector.Reporting.Plotting;
using DarkSector.Sampling.Limits;

namespace DarkSector.Reporting.Scans;

/// <summary>Another scan's exclusion contours drawn on a scan's figure (<c>scan --overlay FILE.json[=LABEL]</c>): the same
/// plane under other assumptions (e.g. as published), another experiment, another seed. Read from the JSON that
/// <c>scan</c> writes; the file must scan the same two parameters.</summary>
/// <param name="Path">The scan JSON.</param>
/// <param name="Label">Legend label (default: the file's experiment and analysis).</param>
/// <param name="XName">Its x parameter.</param>
/// <param name="YName">Its y parameter.</param>
/// <param name="Contours">Its contours, (closed, points).</param>
public sealed record ScanOverlay(string Path, string Label, string XName, string YName, IReadOnlyList<(bool Closed, ContourPoint[] Points)> Contours)
{
    private static readonly string[] Colours = ["#2c3e50", "#2980b9", "#27ae60", "#8e44ad"];

    /// <summary>Reads <c>FILE.json[=LABEL]</c>.</summary>
    /// <exception cref="ArgumentException">The file is missing, is not a scan JSON, or has no contour list.</exception>
    public static ScanOverlay Parse(string spec)
    {
        int eq = spec.IndexOf('=', StringComparison.Ordinal);
        string path = eq < 0 ? spec : spec[..eq];
        string? label = eq < 0 ? null : spec[(eq + 1)..];
        if (!File.Exists(path)) throw new ArgumentException($"--overlay: file '{path}' does not exist");
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var root = doc.RootElement;
            var contours = ReadContours(root);
            label ??= $"{root.GetProperty("experiment").GetString()} {root.GetProperty("analysis").GetString()}";
            return new ScanOverlay(path, label, root.GetProperty("x").GetProperty("name").GetString()!,
                root.GetProperty("y").GetProperty("name").GetString()!, contours);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new ArgumentException($"--overlay: '{path}' is not a scan JSON with contours ({e.GetType().Name})", e);
        }
    }

    /// <summary>The contours of a scan JSON's root object (its "contours" list of {closed, points: [{x, y}]}).</summary>
    /// <exception cref="KeyNotFoundException">No contour list.</exception>
    public static IReadOnlyList<(bool Closed, ContourPoint[] Points)> ReadContours(JsonElement scan) =>
        scan.GetProperty("contours").EnumerateArray()
            .Select(c => (c.GetProperty("closed").GetBoolean(),
                c.GetProperty("points").EnumerateArray().Select(p => new ContourPoint(p.GetProperty("x").GetDouble(), p.GetProperty("y").GetDouble())).ToArray()))
            .ToArray();

    /// <summary>Checks that the overlay scans <paramref name="xName"/> and <paramref name="yName"/>.</summary>
    /// <exception cref="ArgumentException">Another plane.</exception>
    public void CheckPlane(string xName, string yName)
    {
        if (XName != xName || YName != yName)
            throw new ArgumentException($"--overlay: '{Path}' scans {XName} x {YName}, this scan {xName} x {yName}");
    }

    /// <summary>Draws the overlays dashed, one colour each, labelled once.</summary>
    public static void Draw(SvgPlot plot, IReadOnlyList<ScanOverlay> overlays)
    {
        for (int o = 0; o < overlays.Count; o++)
            for (int c = 0; c < overlays[o].Contours.Count; c++)
                plot.AddLine(overlays[o].Contours[c].Points, Colours[o % Colours.Length], c == 0 ? overlays[o].Label : null,
                    overlays[o].Contours[c].Closed, 2, "6,4");
    }
}
