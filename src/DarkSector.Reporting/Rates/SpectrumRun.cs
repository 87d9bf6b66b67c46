using DarkSector.Reporting.Plotting;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Inference;

namespace DarkSector.Reporting.Rates;

/// <summary>The spectra of several analyses of one experiment as one figure (<c>darksector spectrum-plot</c>): each
/// analysis's prediction stacked on its background with the data points (<see cref="RateSpectrumPlot"/>), one panel per
/// analysis (<see cref="SvgPanels"/>), with the χ² summary including the MC term (<see cref="FitSummary"/>).</summary>
public static class SpectrumRun
{
    /// <summary>The analyses to draw: the comma list <paramref name="ids"/>, or by default every analysis with data and
    /// finite bins (with <paramref name="oscillation"/>, only those with a fully oscillated Monte Carlo).</summary>
    /// <param name="experiment">The experiment.</param>
    /// <param name="ids">Comma-separated analysis ids, or null.</param>
    /// <param name="oscillation">Whether the prediction is the 3+1 oscillation component.</param>
    /// <exception cref="ArgumentException">An unknown id, an empty list, or nothing to draw (names --analyses).</exception>
    public static IReadOnlyList<AnalysisDefinition> Analyses(IExperiment experiment, string? ids, bool oscillation)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        if (ids is null)
        {
            var drawable = experiment.Analyses.Where(a => a.Data.IsAvailable && a.Binning.Edges.ToArray().All(e => Math.Abs(e) <= 1e12)
                && (!oscillation || a.Appearance is not null)).ToArray();
            return drawable.Length > 0 ? drawable : throw new ArgumentException($"experiment '{experiment.Info.Id}' has no analysis with data and finite bins to plot");
        }
        var chosen = ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(wanted => experiment.Analyses.FirstOrDefault(a => a.Id == wanted)
            ?? throw new ArgumentException($"--analyses: '{wanted}' is not an analysis of {experiment.Info.Id}; analyses: {string.Join(", ", experiment.Analyses.Select(a => a.Id))}")).ToArray();
        return chosen.Length > 0 ? chosen : throw new ArgumentException("--analyses: give at least one analysis id");
    }

    /// <summary>Predicts every analysis, writes the figure and returns the report.</summary>
    /// <param name="experiment">The experiment.</param>
    /// <param name="analyses">The analyses, one panel each.</param>
    /// <param name="predict">An analysis's predicted signal per bin, its per-bin Σw² (empty: no MC term) and the model's description.</param>
    /// <param name="path">The figure file (.svg, .pdf or .png), written atomically.</param>
    /// <param name="columns">Panels per row, ≥ 1.</param>
    /// <param name="line">Receives one line per analysis (<see cref="SpectrumReport.Line"/>) as it is done.</param>
    public static SpectrumReport Run(IExperiment experiment, IReadOnlyList<AnalysisDefinition> analyses,
        Func<AnalysisDefinition, (IReadOnlyList<double> Bins, IReadOnlyList<double> SumOfSquares, string Description)> predict, string path, int columns, Action<string> line)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(analyses);
        ArgumentNullException.ThrowIfNull(predict);
        ArgumentNullException.ThrowIfNull(line);
        if (columns < 1) throw new ArgumentOutOfRangeException("--columns", columns, $"--columns = {columns} must be >= 1");
        var panels = new List<SvgPlot>();
        var rows = new List<(AnalysisDefinition, IReadOnlyList<double>, FitSummary?)>();
        string description = "";
        foreach (var analysis in analyses)
        {
            (var bins, var w2, description) = predict(analysis);
            var fit = FitSummary.Of(analysis, bins, w2);
            panels.AddRange(RateSpectrumPlot.Build(analysis, bins, $"{experiment.Info.Name} {analysis.Id}"));
            rows.Add((analysis, bins, fit));
            line(SpectrumReport.Line(analysis, bins, fit));
        }
        SvgPanels.Save(path, panels, columns, $"{experiment.Info.Name}: {description}");
        return new SpectrumReport(path, rows) { Panels = panels.Count };
    }
}
