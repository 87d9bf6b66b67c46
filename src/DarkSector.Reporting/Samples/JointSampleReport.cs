using System.Globalization;
using System.Text.Json.Nodes;
using DarkSector.Reporting.Reports;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Reweighting;

namespace DarkSector.Reporting.Samples;

/// <summary>The report of a written joint reweighting sample (<c>darksector sample</c>).</summary>
/// <remarks>JSON keys (a public contract): file, experiment, analysis, family, axes [{name, min, max}], fixed,
/// massPoints, eventsPerPoint, masses, seed, processes, selectedEvents, crossings, bytes, bytesPerEvent, seconds; with a
/// requested precision also precision {target, reached, worst, pointsReached, pointsWithSignal, rounds, maxEventsPerPoint}.</remarks>
public sealed record JointSampleReport
{
    /// <summary>The file written.</summary>
    public required string File { get; init; }

    /// <summary>The sample.</summary>
    public required JointSample Sample { get; init; }

    /// <summary>The experiment's display name.</summary>
    public required string ExperimentName { get; init; }

    /// <summary>The analysis's signal topology (photon conversions store decay-line segments).</summary>
    public required SignalTopology Topology { get; init; }

    /// <summary>The family's name.</summary>
    public required string Family { get; init; }

    /// <summary>The production selection, or null for all production (not recorded in the file).</summary>
    public string? Processes { get; init; }

    /// <summary>The file's size in bytes.</summary>
    public required long Bytes { get; init; }

    /// <summary>Wall time, seconds.</summary>
    public required double Seconds { get; init; }

    /// <summary>What a requested precision reached (<see cref="JointSampleGenerator.GenerateToPrecision"/>), or null.</summary>
    public JointSamplePrecision? Precision { get; init; }

    private double BytesPerEvent => Sample.Events.Count == 0 ? 0 : (double)Bytes / Sample.Events.Count;

    /// <summary>The report as JSON (without provenance keys).</summary>
    public JsonObject ToJson()
    {
        var m = Sample.Metadata;
        return ReportJson.Object(new
        {
            file = File,
            experiment = m.ExperimentId,
            analysis = m.AnalysisId,
            family = Family,
            axes = m.Axes.Select(a => new { name = a.Name, min = a.Minimum, max = a.Maximum }),
            @fixed = m.FixedParameters,
            massPoints = m.PointCount,
            eventsPerPoint = m.EventsPerPoint,
            masses = JointSamplePrediction.PlacementName(m.Placement),
            seed = m.Seed,
            processes = Processes ?? "all",
            selectedEvents = Sample.Events.Count,
            crossings = Sample.Events.CrossingCount,
            bytes = Bytes,
            bytesPerEvent = BytesPerEvent,
            seconds = Seconds,
            precision = Precision is { } p ? new
            {
                target = p.Target.RelativeError,
                reached = p.Reached,
                worst = p.Worst,
                pointsReached = p.PointsReached,
                pointsWithSignal = p.PointsWithSignal,
                rounds = p.Rounds,
                maxEventsPerPoint = p.Target.MaxEvents,
            } : null,
        });
    }

    /// <summary>Writes the report as text.</summary>
    /// <param name="o">The writer.</param>
    public void WriteText(TextWriter o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var m = Sample.Metadata;
        o.WriteLine($"{ExperimentName}, analysis {m.AnalysisId}, {Family}: {m.PointCount} mass points in "
            + string.Join(" x ", m.Axes.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Name} [{a.Minimum:G4}, {a.Maximum:G4}]")))
            + $", {m.EventsPerPoint} events each, {Seconds:0.#} s");
        if (Processes is string selection) o.WriteLine($"production: {selection} (not recorded in the file)");
        if (Precision is { } p)
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"precision: {(p.Reached ? "reached" : "NOT reached")} {p.Target.RelativeError:0.###} at {p.PointsReached} of {p.PointsWithSignal} points with signal (worst {p.Worst:0.###}) after {p.Rounds} generation(s), {m.EventsPerPoint} events per point (budget {p.Target.MaxEvents})"));
        o.WriteLine($"{Sample.Events.Count} selected events, {Sample.Events.CrossingCount} {(Topology == SignalTopology.PhotonConversionInFiducial ? "decay-line segments" : "fiducial crossings")}; written {File} ({Bytes} bytes, {BytesPerEvent:0.#} B/event)");
    }
}
