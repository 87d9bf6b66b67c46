using DarkSector.Reporting.Distributed;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DarkSector.Cli.Hosting;
using DarkSector.Sampling.Distributed;
using DarkSector.Sampling.IO;

namespace DarkSector.Cli.Commands.Slurm;

/// <summary>
/// <c>darksector slurm scan|sample &lt;its options&gt; --out OUT --array N [--partition P] [--time T] [--cpus-per-task C]
/// [--dry-run] [--json]</c>: writes the sbatch scripts of <see cref="SlurmScripts"/> next to OUT and submits the job array
/// and its dependent merge job (or prints both with --dry-run, writing nothing).
/// </summary>
/// <remarks>
/// Every token that is not a Slurm option is the command's own (checked by parsing it as that command, before anything
/// is written). Tasks and merge call the same darksector that submitted them (<see cref="SelfInvocation"/>) in the current
/// folder, so relative paths keep their meaning; the merge job writes OUT itself, equal to what the single-process command
/// writes. Output: array and merge job ids, the scripts and the parts (JSON with --json).
/// </remarks>
internal abstract class SlurmSubmitCommand : CliCommand
{
    private readonly Option<int> _array = new("--array") { Description = "Number of array tasks (shards), 1 to 10000.", Required = true };

    private readonly Option<string?> _partition = new("--partition") { Description = "Slurm partition (default: the cluster's default)." };

    private readonly Option<string?> _time = new("--time") { Description = "Time limit per task, Slurm syntax (e.g. 02:00:00)." };

    private readonly Option<int?> _cpus = new("--cpus-per-task") { Description = "CPUs per array task (default: the cluster's default)." };

    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "Print the scripts and sbatch commands; write and submit nothing." };

    /// <summary>The command each task runs.</summary>
    protected abstract CliCommand Target { get; }

    /// <summary>Its job kind (the command name).</summary>
    protected abstract string Kind { get; }

    protected override void Configure(Command command)
    {
        foreach (Option option in new Option[] { _array, _partition, _time, _cpus, _dryRun }) command.Options.Add(option);
        command.TreatUnmatchedTokensAsErrors = false;
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        int tasks = parse.GetValue(_array);
        if (tasks is < 1 or > 10_000) throw new ArgumentOutOfRangeException("--array", tasks, $"--array = {tasks} is outside [1, 10000]");
        if (parse.GetValue(_cpus) is int c && c < 1) throw new ArgumentOutOfRangeException("--cpus-per-task", c, $"--cpus-per-task = {c} must be >= 1");
        string[] tokens = [.. parse.UnmatchedTokens];
        foreach (string own in new[] { "--shard", "--resume" })
            if (tokens.Contains(own)) throw new ArgumentException($"{own}: not allowed with slurm {Kind} (each array task runs its own shard, resumably)");
        var inner = Target.ParseAlone(tokens);
        if (inner.Errors.Count > 0) throw new ArgumentException($"{Kind}: {inner.Errors[0].Message}");
        // scan takes --out repeatedly (JSON, Parquet), sample once; a job array merges into exactly one file.
        string[] outs = inner.CommandResult.Command.Options.First(o => o.Name == "--out") switch
        {
            Option<string[]> many => inner.GetValue(many) ?? [],
            Option<string> one => inner.GetValue(one) is string path ? [path] : [],
            _ => [],
        };
        if (outs.Length != 1) throw new ArgumentException($"--out: a Slurm job writes one file; give --out once (given {outs.Length} times)");
        string outPath = System.IO.Path.GetFullPath(outs[0]);
        string folder = Environment.CurrentDirectory;
        if (!Directory.Exists(System.IO.Path.GetDirectoryName(outPath))) throw new ArgumentException($"--out: folder '{System.IO.Path.GetDirectoryName(outPath)}' does not exist");
        foreach (var (what, path) in new[] { ("--out", outPath), ("the current folder", folder) })
            if (path.Any(char.IsWhiteSpace)) throw new ArgumentException($"{what}: '{path}' contains white space, which #SBATCH lines cannot hold");
        foreach (var (option, value) in new[] { ("--partition", parse.GetValue(_partition)), ("--time", parse.GetValue(_time)) })
            if (value is not null && (value.Length == 0 || value.Any(ch => char.IsWhiteSpace(ch) || ch == '\'')))
                throw new ArgumentException($"{option}: '{value}' is not a Slurm value");
        var scripts = new SlurmScripts(SelfInvocation.Command(), CommandRequest.From(inner, Kind, "--out", "--shard", "--resume"), outPath, folder, tasks,
            parse.GetValue(_partition), parse.GetValue(_time), parse.GetValue(_cpus));

        // A stale part of another job would make its task fail on --resume: refuse before submitting.
        foreach (string part in scripts.Parts.Where(File.Exists))
            if (ShardPartFile.Read(part).Request.DescribeDifference(scripts.Request) is string difference)
                throw new ArgumentException($"--out: {part} is a part of another job ({difference}); remove it or choose another --out");

        string arraySubmit = $"sbatch --parsable {scripts.ArrayScriptPath}";
        string MergeSubmit(string arrayJob) => $"sbatch --parsable --dependency=afterok:{arrayJob} {scripts.MergeScriptPath}";
        if (parse.GetValue(_dryRun))
        {
            if (context.Json)
                context.WriteJson(new { dryRun = true, arrayScript = scripts.ArrayScript(), mergeScript = scripts.MergeScript(), submit = new[] { arraySubmit, MergeSubmit("$ARRAY_JOB_ID") }, parts = scripts.Parts, output = outPath });
            else
            {
                var o = context.Out;
                o.WriteLine($"# {scripts.ArrayScriptPath}");
                o.Write(scripts.ArrayScript());
                o.WriteLine($"# {scripts.MergeScriptPath}");
                o.Write(scripts.MergeScript());
                o.WriteLine("# submit (not run: --dry-run)");
                o.WriteLine($"ARRAY_JOB_ID=$({arraySubmit})");
                o.WriteLine(MergeSubmit("${ARRAY_JOB_ID%%;*}"));
            }
            return ExitCodes.Success;
        }
        string sbatch = FindOnPath("sbatch") ?? throw new ArgumentException("sbatch not found on PATH: run on a Slurm submit node, or print the scripts with --dry-run");
        AtomicFile.Write(scripts.ArrayScriptPath, s => s.Write(System.Text.Encoding.UTF8.GetBytes(scripts.ArrayScript())));
        AtomicFile.Write(scripts.MergeScriptPath, s => s.Write(System.Text.Encoding.UTF8.GetBytes(scripts.MergeScript())));
        string arrayJob = Submit(sbatch, ["--parsable", scripts.ArrayScriptPath]);
        string mergeJob = Submit(sbatch, ["--parsable", $"--dependency=afterok:{arrayJob}", scripts.MergeScriptPath]);
        if (context.Json)
            context.WriteJson(new { arrayJob, mergeJob, tasks, arrayScript = scripts.ArrayScriptPath, mergeScript = scripts.MergeScriptPath, parts = scripts.Parts, output = outPath, fingerprint = scripts.Request.Fingerprint });
        else
        {
            context.Out.WriteLine($"submitted {Kind} as job array {arrayJob} ({tasks} tasks) and merge job {mergeJob} (afterok); parts {outPath}.shard-i-of-{tasks.ToString(CultureInfo.InvariantCulture)}, output {outPath}");
            context.Out.WriteLine($"progress: darksector slurm status {outPath}");
        }
        return ExitCodes.Success;
    }

    /// <summary>Runs sbatch --parsable; returns the job id ("id" of "id;cluster").</summary>
    private static string Submit(string sbatch, string[] arguments)
    {
        var start = new ProcessStartInfo(sbatch) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new IOException($"cannot start {sbatch}");
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new IOException($"sbatch {string.Join(' ', arguments)} failed (exit {process.ExitCode}): {CliCommand.OneLine(error.Result)}");
        string id = output.Trim().Split(';')[0];
        return id.Length > 0 && id.All(char.IsAsciiDigit) ? id : throw new IOException($"sbatch printed '{output.Trim()}', not a job id");
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => System.IO.Path.Combine(folder, name)).FirstOrDefault(File.Exists);
}
