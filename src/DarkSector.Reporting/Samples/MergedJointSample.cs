using System.Text.Json.Nodes;
using DarkSector.Reporting.Reports;
using DarkSector.Sampling.Reweighting;

namespace DarkSector.Reporting.Samples;

/// <summary>A joint sample merged from its parts.</summary>
/// <param name="File">The file written.</param>
/// <param name="Sample">The sample.</param>
/// <param name="Bytes">The file's size.</param>
/// <param name="Fingerprint">The job's fingerprint.</param>
public sealed record MergedJointSample(string File, JointSample Sample, long Bytes, string Fingerprint)
{
    /// <summary>As JSON: file, experiment, analysis, massPoints, selectedEvents, bytes, fingerprint.</summary>
    public JsonObject ToJson() => ReportJson.Object(new
    {
        file = File, experiment = Sample.Metadata.ExperimentId, analysis = Sample.Metadata.AnalysisId, massPoints = Sample.Metadata.PointCount,
        selectedEvents = Sample.Events.Count, bytes = Bytes, fingerprint = Fingerprint,
    });

    /// <summary>Prints one line.</summary>
    /// <param name="o">The writer.</param>
    public void WriteText(TextWriter o)
    {
        ArgumentNullException.ThrowIfNull(o);
        o.WriteLine($"merged joint sample of {Sample.Metadata.PointCount} mass points ({Sample.Events.Count} selected events); written {File} ({Bytes} bytes)");
    }
}
