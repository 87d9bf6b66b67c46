using DarkSector.Reporting.Plotting;
using DarkSector.Sampling.Experiments;

namespace DarkSector.Reporting.Scans;

/// <summary>Published regions (<see cref="IPublishedRegions"/> of every discovered experiment) drawn on a scan figure
/// when the scan is their plane: same family, same axes, and every fixed parameter of the region fixed to the same value
/// (1e-6 relative) in the scan; e.g. MiniBooNE's light-Z' fit regions on (m_N, |V_μN|²) planes at m_Z' = 0.03 GeV.</summary>
public static class PublishedOverlays
{
    private static readonly string[] Colours = ["#2e7d32", "#66bb6a", "#a5d6a7"];

    /// <summary>The published regions that belong to the scan's plane.</summary>
    public static IReadOnlyList<PublishedRegion> Matching(string family, string xName, string yName, IReadOnlyDictionary<string, double> fixedValues)
    {
        var regions = new List<PublishedRegion>();
        foreach (var experiment in ExperimentCatalog.Discover().LoadAll())
        {
            if (experiment is not IPublishedRegions published) continue;
            foreach (var region in published.PublishedRegions)
                if (region.Family == family && region.XParameter == xName && region.YParameter == yName
                    && region.Fixed.All(f => fixedValues.TryGetValue(f.Key, out double v) && Math.Abs(v - f.Value) <= 1e-6 * Math.Abs(f.Value)))
                    regions.Add(region);
        }
        return regions;
    }

    /// <summary>Draws the matching regions, widest (highest σ) first and lightest, each with its outline and legend label.</summary>
    public static void Draw(SvgPlot plot, string family, string xName, string yName, IReadOnlyDictionary<string, double> fixedValues)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var regions = Matching(family, xName, yName, fixedValues).OrderByDescending(r => r.Sigma ?? 0).ToArray();
        for (int r = 0; r < regions.Length; r++)
        {
            string colour = Colours[Math.Min(regions.Length - 1 - r, Colours.Length - 1)];
            plot.AddRegion(regions[r].Boundary, colour, regions[r].Label, 0.55);
        }
    }
}
