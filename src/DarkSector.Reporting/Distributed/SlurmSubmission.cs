using System.Diagnostics;
using System.Text.Json.Nodes;
using DarkSector.Reporting.Outputs;
using DarkSector.Reporting.Reports;
using DarkSector.Sampling.Distributed;

namespace DarkSector.Reporting.Distributed;

/// <summary>A checked Slurm submission of a sharded job (<c>darksector slurm scan|sample</c>): its <see cref="SlurmScripts"/>,
/// the sbatch command lines, the dry-run print-out and the submission itself (scripts written atomically, the job array
/// then the merge job with <c>--dependency=afterok</c>).</summary>
public sealed class SlurmSubmission
{
    private SlurmSubmission(SlurmScripts scripts) => Scripts = scripts;

    /// <summary>The scripts submitted.</summary>
    public SlurmScripts Scripts { get; }

    /// <summary>Checks the Slurm settings and the job's output, refuses stale parts of another job next to it, and returns
    /// the submission.</summary>
    /// <param name="tool">Command words that start the submitting darksector.</param>
    /// <param name="request">The job (kind and canonical arguments).</param>
    /// <param name="outs">The job's --out values (exactly one).</param>
    /// <param name="folder">Absolute working folder of the tasks.</param>
    /// <param name="tasks">Array size, 1 to 10000.</param>
    /// <param name="partition">Partition or null.</param>
    /// <param name="time">Time limit or null.</param>
    /// <param name="cpus">CPUs per task (≥ 1) or null.</param>
    /// <exception cref="ArgumentException">A value out of range, several outputs, white space in paths, or a stale part
    /// (message names the option and the value).</exception>
    public static SlurmSubmission Plan(IReadOnlyList<string> tool, JobRequest request, IReadOnlyList<string> outs, string folder, int tasks,
        string? partition, string? time, int? cpus)
    {
        ArgumentNullException.ThrowIfNull(outs);
        if (tasks is < 1 or > 10_000) throw new ArgumentOutOfRangeException("--array", tasks, $"--array = {tasks} is outside [1, 10000]");
        if (cpus is int c && c < 1) throw new ArgumentOutOfRangeException("--cpus-per-task", c, $"--cpus-per-task = {c} must be >= 1");
        if (outs.Count != 1) throw new ArgumentException($"--out: a Slurm job writes one file; give --out once (given {outs.Count} times)");
        string outPath = Path.GetFullPath(outs[0]);
        if (!Directory.Exists(Path.GetDirectoryName(outPath))) throw new ArgumentException($"--out: folder '{Path.GetDirectoryName(outPath)}' does not exist");
        foreach (var (what, path) in new[] { ("--out", outPath), ("the current folder", folder) })
            if (path.Any(char.IsWhiteSpace)) throw new ArgumentException($"{what}: '{path}' contains white space, which #SBATCH lines cannot hold");
        foreach (var (option, value) in new[] { ("--partition", partition), ("--time", time) })
            if (value is not null && (value.Length == 0 || value.Any(ch => char.IsWhiteSpace(ch) || ch == '\'')))
                throw new ArgumentException($"{option}: '{value}' is not a Slurm value");
        var scripts = new SlurmScripts(tool, request, outPath, folder, tasks, partition, time, cpus);
        // A stale part of another job would make its task fail on --resume: refuse before submitting.
        foreach (string part in scripts.Parts.Where(File.Exists))
            if (ShardPartFile.Read(part).Request.DescribeDifference(scripts.Request) is string difference)
                throw new ArgumentException($"--out: {part} is a part of another job ({difference}); remove it or choose another --out");
        return new SlurmSubmission(scripts);
    }

    private string ArraySubmit => $"sbatch --parsable {Scripts.ArrayScriptPath}";

    private string MergeSubmit(string arrayJob) => $"sbatch --parsable --dependency=afterok:{arrayJob} {Scripts.MergeScriptPath}";

    /// <summary>The dry run as JSON: dryRun, arrayScript, mergeScript, submit, parts, output.</summary>
    public JsonObject DryRunJson() => ReportJson.Object(new
    {
        dryRun = true, arrayScript = Scripts.ArrayScript(), mergeScript = Scripts.MergeScript(), submit = new[] { ArraySubmit, MergeSubmit("$ARRAY_JOB_ID") },
        parts = Scripts.Parts, output = Scripts.OutPath,
    });

    /// <summary>Prints both scripts and the shell lines that would submit them.</summary>
    /// <param name="o">The writer.</param>
    public void WriteDryRun(TextWriter o)
    {
        ArgumentNullException.ThrowIfNull(o);
        o.WriteLine($"# {Scripts.ArrayScriptPath}");
        o.Write(Scripts.ArrayScript());
        o.WriteLine($"# {Scripts.MergeScriptPath}");
        o.Write(Scripts.MergeScript());
        o.WriteLine("# submit (not run: --dry-run)");
        o.WriteLine($"ARRAY_JOB_ID=$({ArraySubmit})");
        o.WriteLine(MergeSubmit("${ARRAY_JOB_ID%%;*}"));
    }

    /// <summary>Writes the scripts and submits the array and its dependent merge job with the sbatch found on PATH.</summary>
    /// <returns>The submitted jobs.</returns>
    /// <exception cref="ArgumentException">No sbatch on PATH.</exception>
    /// <exception cref="IOException">sbatch failed or printed no job id.</exception>
    public SlurmJobs Submit()
    {
        string sbatch = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "sbatch")).FirstOrDefault(File.Exists)
            ?? throw new ArgumentException("sbatch not found on PATH: run on a Slurm submit node, or print the scripts with --dry-run");
        OutputFiles.Write([(Scripts.ArrayScriptPath, OutputFiles.Utf8(Scripts.ArrayScript())), (Scripts.MergeScriptPath, OutputFiles.Utf8(Scripts.MergeScript()))]);
        string arrayJob = Run(sbatch, ["--parsable", Scripts.ArrayScriptPath]);
        return new SlurmJobs(Scripts, arrayJob, Run(sbatch, ["--parsable", $"--dependency=afterok:{arrayJob}", Scripts.MergeScriptPath]));
    }

    /// <summary>Runs sbatch --parsable; returns the job id ("id" of "id;cluster").</summary>
    private static string Run(string sbatch, string[] arguments)
    {
        var start = new ProcessStartInfo(sbatch) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new IOException($"cannot start {sbatch}");
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new IOException($"sbatch {string.Join(' ', arguments)} failed (exit {process.ExitCode}): {string.Join(" ", error.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))}");
        string id = output.Trim().Split(';')[0];
        return id.Length > 0 && id.All(char.IsAsciiDigit) ? id : throw new IOException($"sbatch printed '{output.Trim()}', not a job id");
    }
}
