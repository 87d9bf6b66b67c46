using System.Globalization;
using System.Text;
using DarkSector.Sampling.Distributed;

namespace DarkSector.Reporting.Distributed;

/// <summary>The two sbatch scripts of a sharded job: a job array with one shard per task (shard
/// <c>$SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT</c>, written next to the output as OUT.shard-i-of-n, resumable) and a
/// merge job that writes the output from the parts (submitted with <c>--dependency=afterok</c> on the array).</summary>
/// <param name="Tool">Command words that start the submitting darksector (e.g. the dotnet host and the tool assembly, or the installed tool).</param>
/// <param name="Request">The job (kind and canonical arguments).</param>
/// <param name="OutPath">Absolute path of the job's --out.</param>
/// <param name="WorkingDirectory">Absolute folder the tasks run in (relative paths in the arguments resolve there).</param>
/// <param name="Tasks">Array size n (shards).</param>
/// <param name="Partition">Slurm partition, or null for the default.</param>
/// <param name="TimeLimit">Slurm time limit per task (e.g. 02:00:00), or null.</param>
/// <param name="CpusPerTask">CPUs per task, or null.</param>
public sealed record SlurmScripts(IReadOnlyList<string> Tool, JobRequest Request, string OutPath, string WorkingDirectory, int Tasks,
    string? Partition, string? TimeLimit, int? CpusPerTask)
{
    /// <summary>Path of the array script: OUT.slurm-array.sh.</summary>
    public string ArrayScriptPath => OutPath + ".slurm-array.sh";

    /// <summary>Path of the merge script: OUT.slurm-merge.sh.</summary>
    public string MergeScriptPath => OutPath + ".slurm-merge.sh";

    /// <summary>The part files, shard 0 to n − 1.</summary>
    public IReadOnlyList<string> Parts => [.. Enumerable.Range(0, Tasks).Select(i => new Shard(i, Tasks).PartPath(OutPath))];

    /// <summary>The job-array script.</summary>
    public string ArrayScript()
    {
        var s = Header($"ds-{Request.Kind}-{Request.Fingerprint[..8]}", $"{OutPath}.slurm-%A_%a.log");
        s.Append(CultureInfo.InvariantCulture, $"#SBATCH --array=0-{Tasks - 1}\n");
        if (CpusPerTask is int cpus) s.Append(CultureInfo.InvariantCulture, $"#SBATCH --cpus-per-task={cpus}\n");
        s.Append(CultureInfo.InvariantCulture, $"# darksector {Request.Kind}, job {Request.Fingerprint}: one shard per array task, part OUT.shard-i-of-{Tasks} next to --out.\n");
        s.Append("set -euo pipefail\n");
        s.Append(CultureInfo.InvariantCulture, $"exec {Words([.. Tool, Request.Kind, .. Request.Arguments, "--out", OutPath])} --shard \"${{SLURM_ARRAY_TASK_ID}}/${{SLURM_ARRAY_TASK_COUNT:-{Tasks}}}\" --resume\n");
        return s.ToString();
    }

    /// <summary>The merge script (submitted with --dependency=afterok:ARRAY_JOB_ID).</summary>
    public string MergeScript()
    {
        var s = Header($"ds-merge-{Request.Fingerprint[..8]}", $"{OutPath}.slurm-merge-%j.log");
        s.Append(CultureInfo.InvariantCulture, $"# darksector merge of job {Request.Fingerprint}: writes --out from the {Tasks} parts.\n");
        s.Append("set -euo pipefail\n");
        s.Append(CultureInfo.InvariantCulture, $"exec {Words([.. Tool, "merge", .. Parts, "--out", OutPath])}\n");
        return s.ToString();
    }

    private StringBuilder Header(string name, string log)
    {
        var s = new StringBuilder("#!/bin/bash\n");
        s.Append(CultureInfo.InvariantCulture, $"#SBATCH --job-name={name}\n");
        s.Append(CultureInfo.InvariantCulture, $"#SBATCH --chdir={WorkingDirectory}\n");
        s.Append(CultureInfo.InvariantCulture, $"#SBATCH --output={log}\n");
        if (Partition is not null) s.Append(CultureInfo.InvariantCulture, $"#SBATCH --partition={Partition}\n");
        if (TimeLimit is not null) s.Append(CultureInfo.InvariantCulture, $"#SBATCH --time={TimeLimit}\n");
        return s;
    }

    /// <summary>Words quoted for bash: plain words as they are, others in single quotes.</summary>
    public static string Words(IEnumerable<string> words) => string.Join(' ', words.Select(Quote));

    private static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=,+@%".Contains(c)) ? word : "'" + word.Replace("'", "'\\''") + "'";
}
