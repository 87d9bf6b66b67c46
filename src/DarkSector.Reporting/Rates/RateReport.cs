using System.Globalization;
using System.Text.Json.Nodes;
using DarkSector.Reporting.Reports;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Reporting.Rates;

/// <summary>
/// The report of one simulated rate (what <c>darksector rate</c> prints): the simulation's totals and breakdowns, the cut
/// flow, the bins, the requested precision, and the χ² summary against the analysis's data (<see cref="FitSummary"/>).
/// </summary>
/// <remarks>JSON keys (a public contract): upscattered, upscatteredSelected, selected, selectedByVolume,
/// upscatteredByVolume, upscatteredByProcess, upscatteredByNucleus, selectedByProcess (each breakdown entry {value,
/// mcError}), processes, mcError, eventsGenerated (every event simulated, the allocation pilot's included), bins, cutFlow
/// [{cut, events, acceptance}], precision {target, relativeError, reached, events} (when requested), chi2 and
/// chi2Background, bestFit {scale, chi2} (with data), and for a labelled binning "by" + observable (e.g. byTopology).</remarks>
public sealed record RateReport
{
    /// <summary>The experiment's display name.</summary>
    public required string ExperimentName { get; init; }

    /// <summary>The analysis simulated.</summary>
    public required AnalysisDefinition Analysis { get; init; }

    /// <summary>The beam exposures simulated.</summary>
    public required IReadOnlyList<BeamExposure> Exposures { get; init; }

    /// <summary>The model points (several for a summed family, e.g. every heavy state of a dark-seesaw card).</summary>
    public required IReadOnlyList<ISignalModel> Models { get; init; }

    /// <summary>The production selection (e.g. "coherent; volumes FGD1"), or null for all production.</summary>
    public string? Processes { get; init; }

    /// <summary>The simulation's result.</summary>
    public required SimulationResult Result { get; init; }

    /// <summary>The requested relative MC error and the run that grew to it, or null without a request.</summary>
    public (double Target, PrecisionRun Run)? Precision { get; init; }

    /// <summary>χ² against the data, or null (no data, a dropped beam mode or an overridden exposure).</summary>
    public FitSummary? Fit { get; init; }

    /// <summary>The report as JSON (without provenance keys).</summary>
    public JsonObject ToJson()
    {
        var r = Result;
        var json = new Dictionary<string, object>
        {
            ["upscattered"] = r.Upscattered,
            ["upscatteredSelected"] = r.UpscatteredSelected,
            ["selected"] = r.Selected,
            ["selectedByVolume"] = r.SelectedByVolume,
            ["upscatteredByVolume"] = ReportJson.Estimates(r.UpscatteredByVolume),
            ["upscatteredByProcess"] = ReportJson.Estimates(r.UpscatteredByProcess),
            ["upscatteredByNucleus"] = ReportJson.Estimates(r.UpscatteredByNucleus),
            ["selectedByProcess"] = ReportJson.Estimates(r.SelectedByProcess),
            ["processes"] = Processes ?? "all",
            ["mcError"] = r.McError,
            ["eventsGenerated"] = r.Events,
            ["bins"] = r.Bins,
            ["cutFlow"] = r.CutFlow.Select(c => new { cut = c.Cut, events = c.Events, acceptance = c.Acceptance }).ToArray(),
        };
        if (Precision is var (target, run))
            json["precision"] = new { target, relativeError = double.IsFinite(run.RelativeError) ? run.RelativeError : (double?)null, reached = run.Reached, events = run.Events };
        AddFit(json, Fit);
        if (LabelledBins(Analysis.Binning, r.Bins) is { } labelled) json[LabelledKey(Analysis.Binning)] = labelled;
        return ReportJson.Object(json);
    }

    /// <summary>Writes the report as text.</summary>
    /// <param name="o">The writer.</param>
    public void WriteText(TextWriter o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var r = Result;
        WriteHeader(o, ExperimentName, Analysis, Exposures);
        foreach (var model in Models) o.WriteLine($"model: {model.Description}; c tau0 = {model.ProperDecayLengthCm:0.####e+00} cm");
        if (Processes is string selection) o.WriteLine($"production: {selection}");
        o.WriteLine($"upscattered          {r.Upscattered:0.####e+00}");
        o.WriteLine($"upscattered selected {r.UpscatteredSelected:0.####e+00}");
        o.WriteLine($"selected             {r.Selected:0.####e+00} +- {r.McError:0.##e+00} (MC)");
        o.WriteLine($"events generated     {r.Events} (the allocation pilot's included)");
        if (Precision is var (target, run))
            o.WriteLine(run.Reached
                ? $"precision: reached {target:0.###} (relative MC error {run.RelativeError:0.###} with {run.Events} events)"
                : $"precision: NOT reached {target:0.###} (relative MC error {run.RelativeError:0.###} with {run.Events} events, the budget)");
        o.WriteLine("selected by production volume:");
        foreach (var (volume, value) in r.SelectedByVolume.Where(kv => kv.Value > 0).OrderByDescending(kv => kv.Value))
            o.WriteLine($"  {volume,-22} {value:0.####e+00}");
        WriteTable(o, "selected by process", r.SelectedByProcess);
        WriteTable(o, "upscattered by production volume (dirt included)", r.UpscatteredByVolume);
        WriteTable(o, "upscattered by process (detector)", r.UpscatteredByProcess);
        WriteTable(o, "upscattered by nucleus (detector)", r.UpscatteredByNucleus);
        o.WriteLine($"by nucleus: {string.Join(", ", r.SelectedByNucleus.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value / r.Selected:P1}"))}");
        foreach (var step in r.CutFlow)
            o.WriteLine($"  cut {step.Cut,-28} acceptance {step.Acceptance:0.####e+00}  events {step.Events:0.####e+00}");
        if (LabelledBins(Analysis.Binning, r.Bins) is { } named)
            o.WriteLine($"by {Analysis.Binning.Observable}: {string.Join(", ", named.Select(kv => $"{kv.Key} {kv.Value.ToString("0.###e+00", CultureInfo.InvariantCulture)}"))}");
        else if (r.Bins.Count > 1)
            o.WriteLine($"bins ({Analysis.Binning.Observable}): {Numbers(r.Bins)}");
        WriteFit(o, Fit);
    }

    internal static void WriteHeader(TextWriter o, string experimentName, AnalysisDefinition analysis, IReadOnlyList<BeamExposure> exposures) =>
        o.WriteLine($"{experimentName}, analysis {analysis.Id}: {string.Join(", ", exposures.Select(e => $"{e.Mode} {e.Amount:0.###e+00}"))}");

    internal static string Numbers(IEnumerable<double> values) => string.Join(" ", values.Select(b => b.ToString("0.###e+00", CultureInfo.InvariantCulture)));

    internal static void AddFit(IDictionary<string, object> json, FitSummary? fit)
    {
        if (fit is null) return;
        (json["chi2"], json["chi2Background"]) = (fit.MinusTwoLnL, fit.BackgroundOnly);
        if (fit.BestFit is { } best) json["bestFit"] = new { scale = best.Scale, chi2 = best.MinusTwoLnL };
    }

    internal static void WriteFit(TextWriter o, FitSummary? fit)
    {
        if (fit is null) return;
        o.WriteLine($"chi2 = {fit.MinusTwoLnL:0.###} (background only {fit.BackgroundOnly:0.###}, delta {fit.MinusTwoLnL - fit.BackgroundOnly:0.###})");
        if (fit.BestFit is { } best) o.WriteLine($"best fit: signal x {best.Scale:0.####e+00}, chi2 = {best.MinusTwoLnL:0.###}");
    }

    private static void WriteTable(TextWriter o, string title, IReadOnlyDictionary<string, EventEstimate> split)
    {
        o.WriteLine($"{title}:");
        foreach (var (key, e) in split.Where(kv => kv.Value.Value > 0).OrderByDescending(kv => kv.Value.Value))
            o.WriteLine($"  {key,-22} {e.Value:0.####e+00} +- {e.McError:0.##e+00}");
    }

    /// <summary>Events per labelled bin (e.g. per topology), or null if the binning has no labels.</summary>
    private static Dictionary<string, double>? LabelledBins(Binning binning, IReadOnlyList<double> bins)
    {
        if (binning.Labels is not { } labels) return null;
        var named = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int i = 0; i < labels.Count; i++) named[labels[i]] = bins[i];
        return named;
    }

    /// <summary>The JSON key of the labelled bins: "by" + the observable in PascalCase ("topology" -> "byTopology").</summary>
    private static string LabelledKey(Binning binning) =>
        "by" + string.Concat(binning.Observable.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
