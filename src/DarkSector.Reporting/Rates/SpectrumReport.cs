using System.Text.Json.Nodes;
using DarkSector.Reporting.Reports;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Inference;

namespace DarkSector.Reporting.Rates;

/// <summary>The report of the spectra of several analyses of one experiment (<c>darksector spectrum-plot</c>): per
/// analysis the predicted signal per bin, the background, the data and the χ² summary (<see cref="FitSummary"/>).</summary>
/// <remarks>JSON keys (a public contract): out, analyses [{id, observable, unit, edges (of one block), blocks, bins,
/// background, observed, chi2, chi2Background, bestFit {scale, chi2}}].</remarks>
/// <param name="Figure">The figure file written.</param>
/// <param name="Analyses">Per analysis: the analysis, its predicted signal per bin and its χ² summary.</param>
public sealed record SpectrumReport(string Figure, IReadOnlyList<(AnalysisDefinition Analysis, IReadOnlyList<double> Bins, FitSummary? Fit)> Analyses)
{
    /// <summary>Panels in the figure (an analysis with several blocks draws one per block).</summary>
    public int Panels { get; init; }

    /// <summary>Prints where the figure went.</summary>
    /// <param name="o">The writer.</param>
    public void WriteText(TextWriter o)
    {
        ArgumentNullException.ThrowIfNull(o);
        o.WriteLine($"wrote {Figure} ({Panels} panels)");
    }

    /// <summary>The report as JSON (without provenance keys).</summary>
    public JsonObject ToJson() => ReportJson.Object(new
    {
        @out = Figure,
        analyses = Analyses.Select(a => new
        {
            id = a.Analysis.Id,
            observable = a.Analysis.Binning.Observable,
            unit = a.Analysis.Binning.Unit,
            edges = a.Analysis.Binning.Edges.ToArray(),
            blocks = a.Analysis.Binning.Blocks,
            bins = a.Bins,
            background = a.Analysis.Data.Background.ToArray(),
            observed = a.Analysis.Data.Observed.ToArray(),
            chi2 = a.Fit?.MinusTwoLnL,
            chi2Background = a.Fit?.BackgroundOnly,
            bestFit = a.Fit?.BestFit is { } f ? new { scale = f.Scale, chi2 = f.MinusTwoLnL } : null,
        }).ToArray(),
    });

    /// <summary>One line: the analysis's signal and χ² summary.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="bins">Its predicted signal per bin.</param>
    /// <param name="fit">Its χ² summary, or null.</param>
    public static string Line(AnalysisDefinition analysis, IReadOnlyList<double> bins, FitSummary? fit)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(bins);
        return $"{analysis.Id}: signal {bins.Sum():0.###e+00} events"
            + (fit is null ? "" : $", chi2 = {fit.MinusTwoLnL:0.###} (background only {fit.BackgroundOnly:0.###})")
            + (fit?.BestFit is { } g ? $", best fit signal x {g.Scale:0.####e+00} chi2 = {g.MinusTwoLnL:0.###}" : "");
    }
}
