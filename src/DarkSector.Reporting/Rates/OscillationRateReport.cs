using System.Text.Json.Nodes;
using DarkSector.Reporting.Reports;
using DarkSector.Sampling.Experiments;
using DarkSector.Physics.Oscillations;
using DarkSector.Sampling.Inference;

namespace DarkSector.Reporting.Rates;

/// <summary>The report of a 3+1 oscillation rate (<c>darksector rate EXP 3p1</c>): the prediction of the analysis's
/// appearance Monte Carlo (<see cref="OscillationPrediction"/>), no simulation.</summary>
/// <remarks>JSON keys: model {family, dm2, sin22theta}, selected, bins, chi2, chi2Background, bestFit {scale, chi2}.</remarks>
public sealed record OscillationRateReport
{
    /// <summary>The experiment's display name.</summary>
    public required string ExperimentName { get; init; }

    /// <summary>The analysis.</summary>
    public required AnalysisDefinition Analysis { get; init; }

    /// <summary>Its beam exposures.</summary>
    public required IReadOnlyList<BeamExposure> Exposures { get; init; }

    /// <summary>The family's name (3p1).</summary>
    public required string Family { get; init; }

    /// <summary>The oscillation parameters.</summary>
    public required ThreePlusOneParameters Parameters { get; init; }

    /// <summary>Oscillation events per bin.</summary>
    public required IReadOnlyList<double> Bins { get; init; }

    /// <summary>χ² against the data (no Σw²: the release's covariance holds the oscillation MC's uncertainty), or null.</summary>
    public FitSummary? Fit { get; init; }

    /// <summary>The report as JSON (without provenance keys).</summary>
    public JsonObject ToJson()
    {
        var json = new Dictionary<string, object>
        {
            ["model"] = new { family = Family, dm2 = Parameters.Dm2Ev2, sin22theta = Parameters.Sin22ThetaMuE },
            ["selected"] = Bins.Sum(),
            ["bins"] = Bins,
        };
        RateReport.AddFit(json, Fit);
        return ReportJson.Object(json);
    }

    /// <summary>Writes the report as text.</summary>
    /// <param name="o">The writer.</param>
    public void WriteText(TextWriter o)
    {
        ArgumentNullException.ThrowIfNull(o);
        RateReport.WriteHeader(o, ExperimentName, Analysis, Exposures);
        o.WriteLine($"model: {OscillationPrediction.Describe(Parameters)}");
        o.WriteLine($"oscillation events   {Bins.Sum():0.####e+00}");
        o.WriteLine($"bins ({Analysis.Binning.Observable}): {RateReport.Numbers(Bins)}");
        RateReport.WriteFit(o, Fit);
    }
}
