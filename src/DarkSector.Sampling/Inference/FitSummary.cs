using DarkSector.Sampling.Experiments;

namespace DarkSector.Sampling.Inference;

/// <summary>A prediction's χ² against an analysis's data: −2 ln L with the signal (MC term included), without it, and the
/// best-fit signal scale over the same statistic (<see cref="SignalScaleFit"/>), so that the best fit is never worse than
/// the prediction itself.</summary>
/// <param name="MinusTwoLnL">−2 ln L of background + signal with the signal's Σw² per bin.</param>
/// <param name="BackgroundOnly">−2 ln L of the background only.</param>
/// <param name="BestFit">The best-fit scale μ ≥ 0 and its −2 ln L, or null for a signal that vanishes in every bin.</param>
public sealed record FitSummary(double MinusTwoLnL, double BackgroundOnly, (double Scale, double MinusTwoLnL)? BestFit)
{
    /// <summary>The summary of <paramref name="bins"/> against the observed data of <paramref name="analysis"/>, or null
    /// when the analysis has no data.</summary>
    /// <param name="analysis">The analysis (its own statistic, <see cref="AnalysisDefinition.ToBinnedAnalysis"/>).</param>
    /// <param name="bins">Predicted signal per bin.</param>
    /// <param name="sumOfSquares">Σw² per bin, or empty for a prediction without MC error.</param>
    /// <exception cref="ArgumentException">The lengths differ from the analysis's bin count.</exception>
    public static FitSummary? Of(AnalysisDefinition analysis, IReadOnlyList<double> bins, IReadOnlyList<double> sumOfSquares)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(bins);
        ArgumentNullException.ThrowIfNull(sumOfSquares);
        if (!analysis.Data.IsAvailable) return null;
        var likelihood = analysis.ToBinnedAnalysis();
        if (bins.Count != likelihood.BinCount) throw new ArgumentException($"{bins.Count} bins, the analysis {analysis.Id} has {likelihood.BinCount}", nameof(bins));
        var w2 = sumOfSquares.Count > 0 ? sumOfSquares.ToArray() : new double[bins.Count];
        var zeros = new double[bins.Count];
        return new FitSummary(likelihood.MinusTwoLnL(bins.ToArray(), w2), likelihood.MinusTwoLnL(zeros, zeros), SignalScaleFit.Fit(likelihood, bins, w2));
    }
}
