using System.Globalization;
using DarkSector.Reporting.Plotting;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Scans;

namespace DarkSector.Reporting.Scans;

/// <summary>Draws the preferred regions of a scan (<see cref="PreferredRegions"/>).</summary>
public static class PreferredRegionsPlot
{
    /// <summary>Draws the regions' contours (one colour per significance, legend "nσ") and the best-fit point as a star.</summary>
    public static void Draw(SvgPlot plot, IReadOnlyList<PreferredRegions.Region> regions, ScanResult result)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(result);
        string[] colours = ["#1a9850", "#fdae61", "#4575b4", "#762a83", "#8c510a"];
        for (int r = 0; r < regions.Count; r++)
            for (int c = 0; c < regions[r].Contours.Count; c++)
                plot.AddLine(regions[r].Contours[c].Points, colours[r % colours.Length],
                    c == 0 ? $"{regions[r].Sigma.ToString("0.##", CultureInfo.InvariantCulture)}σ (−2ΔlnL {regions[r].Threshold.ToString("0.00", CultureInfo.InvariantCulture)})" : null,
                    regions[r].Contours[c].IsClosed, dash: r == 0 ? null : "6 3");
        plot.AddStar(result.BestX, result.BestY, "#ffffff", "best grid point", 8);
    }
}
