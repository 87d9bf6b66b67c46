using System.Globalization;
using System.Text.Json.Nodes;
using DarkSector.Reporting.Reports;

namespace DarkSector.Reporting.Distributed;

/// <summary>A submitted sharded job: the array and merge job ids.</summary>
/// <param name="Scripts">The scripts submitted.</param>
/// <param name="ArrayJob">Job id of the array.</param>
/// <param name="MergeJob">Job id of the merge job.</param>
public sealed record SlurmJobs(SlurmScripts Scripts, string ArrayJob, string MergeJob)
{
    /// <summary>As JSON: arrayJob, mergeJob, tasks, arrayScript, mergeScript, parts, output, fingerprint.</summary>
    public JsonObject ToJson() => ReportJson.Object(new
    {
        arrayJob = ArrayJob, mergeJob = MergeJob, tasks = Scripts.Tasks, arrayScript = Scripts.ArrayScriptPath, mergeScript = Scripts.MergeScriptPath,
        parts = Scripts.Parts, output = Scripts.OutPath, fingerprint = Scripts.Request.Fingerprint,
    });

    /// <summary>Prints the job ids and how to follow progress.</summary>
    /// <param name="o">The writer.</param>
    public void WriteText(TextWriter o)
    {
        ArgumentNullException.ThrowIfNull(o);
        o.WriteLine($"submitted {Scripts.Request.Kind} as job array {ArrayJob} ({Scripts.Tasks} tasks) and merge job {MergeJob} (afterok); parts {Scripts.OutPath}.shard-i-of-{Scripts.Tasks.ToString(CultureInfo.InvariantCulture)}, output {Scripts.OutPath}");
        o.WriteLine($"progress: darksector slurm status {Scripts.OutPath}");
    }
}
