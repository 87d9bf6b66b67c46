using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Validation;

namespace DarkSector.Experiments.MiniBooNE.Validation;

/// <summary>
/// Validation rows of the MiniBooNE plugin: the electron-like excess sizes, data minus the release's background over
/// 200 &lt; E_QE &lt; 1250 MeV, against the published numbers (experiments.md): 560.6 ± 119.6 events in neutrino mode
/// (18.75e20 POT; MiniBooNE, PRD 103 (2021) 052002) and 77.4 ± 28.5 in antineutrino mode (11.27e20 POT; MiniBooNE,
/// PRL 110 (2013) 161801).
/// </summary>
/// <remarks>Deterministic (no MC). Tolerance 0: the published uncertainty (statistical and systematic) is the
/// allowance.</remarks>
internal static class MiniBooNEValidation
{
    /// <summary>Upper edge of the published excess window, MeV.</summary>
    public const double ExcessWindowMaxMeV = 1250;

    /// <summary>The rows.</summary>
    public static IReadOnlyList<ValidationRow> Rows(IExperiment experiment) =>
    [
        Row(experiment, "eqe", "neutrino mode", 560.6, 119.6, "MiniBooNE, PRD 103 (2021) 052002 (18.75e20 POT)"),
        Row(experiment, "eqe-rhc", "antineutrino mode", 77.4, 28.5, "MiniBooNE, PRL 110 (2013) 161801 (11.27e20 POT)"),
    ];

    private static ValidationRow Row(IExperiment experiment, string analysisId, string mode, double published, double error, string source)
    {
        var analysis = experiment.Analyses.Single(a => a.Id == analysisId);
        return new ValidationRow
        {
            Id = $"{MiniBooNEExperiment.Id}/excess {mode}",
            Experiment = MiniBooNEExperiment.Id,
            Quantity = $"electron-like excess, {mode}: data - background, 200 < E_QE < 1250 MeV (events)",
            Published = published,
            PublishedUncertainty = error,
            Source = source,
            Assumptions = $"analysis {analysisId}: the public data release's data and background histograms (data/miniboone-release)",
            RelativeTolerance = 0,
            ToleranceReason = "the published uncertainty is the allowance",
            Compute = _ =>
            {
                var edges = analysis.Binning.Edges;
                var observed = analysis.Data.Observed;
                var background = analysis.Data.Background;
                double excess = 0, data = 0, expected = 0;
                for (int i = 0; i < edges.Length - 1; i++)
                    if (edges[i + 1] <= ExcessWindowMaxMeV)
                        (excess, data, expected) = (excess + observed[i] - background[i], data + observed[i], expected + background[i]);
                return new ValidationValue(excess, 0, Note: $"data {data:0} events, background {expected:0.#}");
            },
        };
    }
}
