using System.Text.Json.Nodes;
using DarkSector.Reporting.Reports;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Reporting.Limits;

/// <summary>The report of a lifetime limit (<c>darksector limit</c>): the excluded interval(s) of c τ₀ of
/// <see cref="LifetimeLimit"/> with all else fixed.</summary>
/// <remarks>JSON keys (a public contract): param, data (observed or asimov), confidenceLevel, threshold, excluded [{low,
/// high, lowIsScanEdge, highIsScanEdge}], scan [{ctau0Cm, selected, delta}], modelCtau0Cm, seed, events, units.</remarks>
public sealed record LimitReport
{
    /// <summary>The experiment's display name.</summary>
    public required string ExperimentName { get; init; }

    /// <summary>The analysis id.</summary>
    public required string AnalysisId { get; init; }

    /// <summary>The model point whose lifetime is scanned.</summary>
    public required ISignalModel Model { get; init; }

    /// <summary>The scan in c τ₀ (cm) with its intervals.</summary>
    public required IntervalScan Limit { get; init; }

    /// <summary>Whether the data are the Asimov (background-only) counts: the expected exclusion.</summary>
    public required bool IsAsimov { get; init; }

    /// <summary>The simulation's seed.</summary>
    public required ulong Seed { get; init; }

    /// <summary>The simulation's generated events.</summary>
    public required int Events { get; init; }

    /// <summary>The report of <paramref name="limit"/>, computed for <paramref name="model"/> with <paramref name="setup"/>'s
    /// experiment, analysis, data, seed and events.</summary>
    /// <param name="setup">The analysis setup the limit was computed with.</param>
    /// <param name="model">The model point with all but c τ₀ fixed.</param>
    /// <param name="limit">The interval scan in c τ₀ (<see cref="LifetimeLimit"/>).</param>
    public static LimitReport Of(AnalysisInference setup, ISignalModel model, IntervalScan limit)
    {
        ArgumentNullException.ThrowIfNull(setup);
        return new LimitReport
        {
            ExperimentName = setup.Experiment.Info.Name, AnalysisId = setup.Analysis.Id, Model = model, IsAsimov = setup.IsAsimov,
            Limit = limit, Seed = setup.Options.Seed, Events = setup.Options.Events,
        };
    }

    /// <summary>The report as JSON (without provenance keys).</summary>
    public JsonObject ToJson()
    {
        var l = Limit;
        return ReportJson.Object(new
        {
            param = "ctau0-cm",
            data = IsAsimov ? "asimov" : "observed",
            confidenceLevel = l.ConfidenceLevel,
            threshold = l.Threshold,
            excluded = l.Excluded.Select(e => new { low = e.Low, high = e.High, lowIsScanEdge = e.LowIsScanEdge, highIsScanEdge = e.HighIsScanEdge }),
            scan = l.X.Select((c, i) => new { ctau0Cm = c, selected = l.Signal[i], delta = l.Delta[i] }),
            modelCtau0Cm = Model.ProperDecayLengthCm,
            seed = Seed,
            events = Events,
            units = new { ctau0Cm = "cm", modelCtau0Cm = "cm", selected = "events", delta = "" },
        });
    }

    /// <summary>Writes the report as text.</summary>
    /// <param name="o">The writer.</param>
    public void WriteText(TextWriter o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var l = Limit;
        o.WriteLine($"{ExperimentName}, analysis {AnalysisId}; model {Model.Description}");
        o.WriteLine($"c tau0 scan {l.X[0]:0.###e+00} to {l.X[^1]:0.###e+00} cm ({l.X.Count} points), {l.ConfidenceLevel * 100:0.#}% CL (1 dof, -2 Delta ln L > {l.Threshold:0.###}){(IsAsimov ? ", Asimov data: expected exclusion" : "")}");
        if (l.Excluded.Count == 0) o.WriteLine("nothing excluded");
        foreach (var e in l.Excluded)
            o.WriteLine($"excluded: {e.Low:0.###e+00} cm{(e.LowIsScanEdge ? " (scan edge)" : "")} to {e.High:0.###e+00} cm{(e.HighIsScanEdge ? " (scan edge)" : "")}");
        o.WriteLine($"model c tau0 = {Model.ProperDecayLengthCm:0.###e+00} cm");
    }
}
