namespace DarkSector.Cli.Commands.Slurm;

/// <summary>
/// <c>darksector slurm status OUT [--json]</c>: progress of a sharded job from the parts on disk (OUT.shard-i-of-n):
/// finished units per shard, missing shards, and whether the merged OUT exists. Needs no Slurm client.
/// </summary>
/// <remarks>Output: <see cref="ShardJobStatus"/>.</remarks>
internal sealed class SlurmStatusCommand() : CliCommand("slurm status", "Progress of a sharded scan or sample from its parts on disk.")
{
    private readonly Argument<string> _out = new("out") { Description = "The job's --out (its parts are OUT.shard-i-of-n)." };

    protected override void Configure(Command command) => command.Arguments.Add(_out);

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var status = ShardJobStatus.Read(parse.GetValue(_out)!);
        return context.Report(status.ToJson(), status.WriteText);
    }
}
