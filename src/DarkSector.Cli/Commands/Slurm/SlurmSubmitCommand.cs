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
internal sealed class SlurmSubmitCommand(string kind, string what, CliCommand target) : CliCommand("slurm " + kind,
    $"Submit {what} as a Slurm job array (one shard per task) and a merge job writing its --out.")
{
    /// <summary><c>slurm scan</c> and <c>slurm sample</c> (one set per command tree).</summary>
    public static IEnumerable<CliCommand> Create() => [new SlurmSubmitCommand("scan", "a scan", new ScanCommand()), new SlurmSubmitCommand("sample", "a joint sample", new SampleCommand())];

    private readonly Option<int> _array = new("--array") { Description = "Number of array tasks (shards), 1 to 10000.", Required = true };

    private readonly Option<string?> _partition = new("--partition") { Description = "Slurm partition (default: the cluster's default)." };

    private readonly Option<string?> _time = new("--time") { Description = "Time limit per task, Slurm syntax (e.g. 02:00:00)." };

    private readonly Option<int?> _cpus = new("--cpus-per-task") { Description = "CPUs per array task (default: the cluster's default)." };

    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "Print the scripts and sbatch commands; write and submit nothing." };

    protected override void Configure(Command command)
    {
        foreach (Option option in new Option[] { _array, _partition, _time, _cpus, _dryRun }) command.Options.Add(option);
        command.TreatUnmatchedTokensAsErrors = false;
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        string[] tokens = [.. parse.UnmatchedTokens];
        foreach (string own in new[] { "--shard", "--resume" })
            if (tokens.Contains(own)) throw new ArgumentException($"{own}: not allowed with slurm {kind} (each array task runs its own shard, resumably)");
        var inner = target.ParseAlone(tokens);
        if (inner.Errors.Count > 0) throw new ArgumentException($"{kind}: {inner.Errors[0].Message}");
        // scan takes --out repeatedly (JSON, Parquet), sample once; a job array merges into exactly one file.
        string[] outs = [.. inner.GetResult(inner.CommandResult.Command.Options.First(o => o.Name == "--out"))?.Tokens.Select(t => t.Value) ?? []];
        var submission = SlurmSubmission.Plan(SelfInvocation.Command(), CommandRequest.From(inner, kind, "--out", "--shard", "--resume"), outs,
            Environment.CurrentDirectory, parse.GetValue(_array), parse.GetValue(_partition), parse.GetValue(_time), parse.GetValue(_cpus));
        if (parse.GetValue(_dryRun)) return context.Report(submission.DryRunJson(), submission.WriteDryRun);
        var jobs = submission.Submit();
        return context.Report(jobs.ToJson(), jobs.WriteText);
    }
}
