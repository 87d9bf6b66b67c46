using System.Globalization;
using DarkSector.Reporting.Plotting;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Scans;
using DarkSector.Sampling.Inference;

namespace DarkSector.Reporting.Scans;

/// <summary>The figure of a likelihood scan: the excluded side shaded under the confidence-level contour (or the preferred
/// regions), the MC band around the contour (<see cref="McBand"/>, "MC ±1σ"), the benchmark star, published regions that lie in the same plane (<see cref="PublishedOverlays"/>), axis
/// titles with symbols and units (<see cref="ScanAxisTitles"/>) and a caption box with the fixed parameters, the
/// experiment, the analysis, its exposure, the data and the events per point.</summary>
public static class ScanFigure
{
    private const string ExcludedColour = "#c0392b";
    private const string BandColour = "#7f8c8d";

    /// <summary>Builds the figure of <paramref name="result"/> (scanned over <paramref name="xName"/> and
    /// <paramref name="yName"/> of <paramref name="family"/> at <paramref name="fixedValues"/>, for <paramref name="signal"/>'s
    /// analysis, contour at <paramref name="cl"/>, or the preferred <paramref name="regions"/> when given, the
    /// <paramref name="benchmark"/> starred); <paramref name="events"/> per simulation, or null when the grid is reweighted
    /// from a saved sample. More curves can be added to the returned plot.</summary>
    public static SvgPlot Build(AnalysisInference signal, string family, ScanResult result, IReadOnlyList<PreferredRegions.Region>? regions,
        IReadOnlyDictionary<string, double> fixedValues, (double X, double Y)? benchmark, double cl, int? events, string xName, string yName,
        McBand? band = null)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(result);
        string percent = (cl * 100).ToString("0.#", CultureInfo.InvariantCulture);
        string title = regions is null
            ? $"{signal.Experiment.Info.Name}: {percent}% CL {(signal.IsAsimov ? "sensitivity (Asimov data)" : "exclusion")}"
            : $"{signal.Experiment.Info.Name}: preferred regions (2 dof){(signal.IsAsimov ? ", Asimov data" : "")}";
        var plot = new SvgPlot(
            new PlotAxis(result.X[0], result.X[^1], result.XScale, ScanAxisTitles.Title(xName)),
            new PlotAxis(result.Y[0], result.Y[^1], result.YScale, ScanAxisTitles.Title(yName)), title);
        if (regions is not null) PreferredRegionsPlot.Draw(plot, regions, result);   // preferred regions replace the CL contour
        else
        {
            var shading = ExcludedShading.Polygons(result, result.Threshold);
            for (int p = 0; p < shading.Count; p++)
                plot.AddRegion(shading[p], ExcludedColour, p == 0 ? $"excluded ({percent}% CL)" : null, 0.18);
            if (band is not null)
            {
                var polygons = McBandShading.Polygons(band);
                for (int p = 0; p < polygons.Count; p++) plot.AddRegion(polygons[p], BandColour, p == 0 ? "MC ±1σ" : null, 0.45);
            }
            for (int c = 0; c < result.Contours.Count; c++)
                plot.AddLine(result.Contours[c].Points, ExcludedColour,
                    c == 0 ? $"−2Δln L = {result.Threshold.ToString("0.##", CultureInfo.InvariantCulture)}" : null, result.Contours[c].IsClosed);
        }
        PublishedOverlays.Draw(plot, family, xName, yName, fixedValues);   // over the shading, under the curves
        if (benchmark is var (sx, sy)) plot.AddStar(sx, sy, "#f39c12", "benchmark");
        var assignments = fixedValues.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => ScanAxisTitles.Assignment(f.Key, f.Value)).ToArray();
        plot.AddCaption(assignments.Chunk(2).Select(pair => string.Join(", ", pair)));
        plot.AddCaption($"{signal.Experiment.Info.Name}, analysis {signal.Analysis.Id}");
        plot.AddCaption("exposure " + string.Join(" + ", signal.Analysis.Exposures.Select(e => $"{ScanAxisTitles.Round(e.Amount)} ({e.Mode})")));
        plot.AddCaption($"{(signal.IsAsimov ? "Asimov data" : "observed data")}{(events is int n ? $", {n.ToString(CultureInfo.InvariantCulture)} events per point" : ", reweighted sample")}");
        return plot;
    }
}
