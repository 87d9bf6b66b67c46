using System.Text.Json.Nodes;
using DarkSector.Reporting.Distributed;
using DarkSector.Sampling.Distributed;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Reweighting;

namespace DarkSector.Reporting.Scans;

/// <summary>
/// Where a scan's work units (its grid's columns, <see cref="FamilyScanColumns"/>) are computed (docs/cluster.md): every
/// column in this process; one shard of them into the part OUT.shard-i-of-n; a resumable run that checkpoints finished
/// columns in OUT.shard-0-of-1 and continues it; or none, the scan being written from merged parts. The part sits next to
/// the scan's first output file.
/// </summary>
/// <remarks>The checkpoint is opened when the job is created, before the scan is built, so a checkpoint of other arguments
/// fails at once rather than after the scan's joint sample is simulated. Immutable.</remarks>
public sealed class ScanJob
{
    private readonly Shard? _shard;
    private readonly bool _resume;
    private readonly IReadOnlyList<byte[]>? _merged;

    /// <summary>Opens the job and, when resuming, its checkpoint.</summary>
    /// <param name="slice">The scan's family and axes (a saved sample in <see cref="ScanRequest.Sample"/> changes the columns).</param>
    /// <param name="request">The job's request: its fingerprint ties parts and checkpoints to the scan's arguments.</param>
    /// <param name="outPath">The scan's first output file; the part is written next to it.</param>
    /// <param name="shard">The one shard to compute, or null for every column.</param>
    /// <param name="resume">Checkpoint finished columns and continue an existing checkpoint.</param>
    /// <param name="merged">Every column's payload, in order, when the scan is written from merged parts; else null.</param>
    /// <exception cref="ArgumentException">The checkpoint belongs to another job or shard.</exception>
    /// <exception cref="FormatException">The checkpoint is damaged.</exception>
    public ScanJob(ScanRequest slice, JobRequest request, string outPath, Shard? shard = null, bool resume = false, IReadOnlyList<byte[]>? merged = null)
    {
        ArgumentNullException.ThrowIfNull(slice);
        ArgumentNullException.ThrowIfNull(outPath);
        (_shard, _resume, _merged) = (shard, resume && merged is null, merged);
        PartPath = (shard ?? Shard.Whole).PartPath(outPath);
        Start = ShardPartFile.OpenCheckpoint(PartPath, request, shard ?? Shard.Whole, FamilyScanColumns.CountFor(slice.Family, slice.X, slice.Y, slice.Sample is not null), _resume);
    }

    /// <summary>The part file of this process (a shard's output, or the checkpoint of a resumable run).</summary>
    public string PartPath { get; }

    /// <summary>The part the run starts from: empty, or the checkpoint continued.</summary>
    public ShardPart Start { get; }

    /// <summary>The default analysis of a scan of <paramref name="experimentId"/> that reweights <paramref name="sample"/>:
    /// the sample's own when it was generated at that experiment, else null (the experiment's first analysis).</summary>
    /// <param name="sample">The saved joint sample, or null.</param>
    /// <param name="experimentId">The experiment scanned.</param>
    public static string? DefaultAnalysis(JointSample? sample, string experimentId) =>
        sample?.Metadata.ExperimentId == experimentId ? sample.Metadata.AnalysisId : null;

    /// <summary>Computes the columns this process owes (none for a merge), writing the part as it grows when sharded or
    /// resumable, and, unless this is one shard, finishes the scan.</summary>
    /// <param name="run">The scan (<see cref="ScanRun"/> of the request this job was opened for).</param>
    /// <param name="provenance">Provenance keys added to the JSON report, or null.</param>
    /// <param name="seconds">The run's time, read when the report or the summary is written.</param>
    /// <returns>The scan's outcome, or, for one shard, null and the summary of the part written.</returns>
    public (ScanOutcome? Outcome, ShardPartSummary? Shard) Run(ScanRun run, JsonObject? provenance, Func<double> seconds)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(seconds);
        var units = _merged;
        if (units is null)
        {
            var part = run.Compute(Start, _shard is not null || _resume ? p => ShardPartFile.Write(p, PartPath) : null);
            if (_shard is not null) return (null, ShardPartSummary.Of(part, PartPath, "columns", $"columns ({run.Scan.Method})", seconds()));
            units = [.. part.Units.Values];
        }
        return (run.Finish(units, provenance, seconds), null);
    }

    /// <summary>Deletes the checkpoint of a resumable run once its outputs are written (it is no longer needed).</summary>
    public void Complete()
    {
        if (_resume && _shard is null) File.Delete(PartPath);
    }
}
