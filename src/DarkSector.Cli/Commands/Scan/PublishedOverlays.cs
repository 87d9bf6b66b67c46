using DarkSector.Cli.Plotting;

namespace DarkSector.Cli.Commands.Scan;

/// <summary>Published regions drawn on a scan figure when the scan is their plane.</summary>
internal static class PublishedOverlays
{
    /// <summary>Draws every published region of the discovered experiments whose family, axes and fixed parameters match.</summary>
    public static void Draw(SvgPlot plot, string family, string xName, string yName, IReadOnlyDictionary<string, double> fixedValues)
    {
    }
}
