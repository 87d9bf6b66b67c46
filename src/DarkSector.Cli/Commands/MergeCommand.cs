using Microsoft.Extensions.DependencyInjection;

namespace DarkSector.Cli.Commands;

/// <summary>
/// <c>darksector merge PART... --out FILE [--json]</c>: joins the parts written by <c>scan</c>, <c>sample</c>,
/// <c>generate FAMILY</c> or <c>rate</c> with <c>--shard i/n</c> (files OUT.shard-i-of-n) into the file a single-process run writes.
/// </summary>
/// <remarks>
/// The parts must belong together (<see cref="ShardMerge"/>): same command, arguments (model, grid, seed, events...),
/// software version and shard count, every shard 0 … n−1 exactly once and finished; otherwise one line names the first
/// mismatch and nothing is written. A scan is written exactly as <c>scan</c> writes it from the same arguments (its grid
/// from the parts, everything else recomputed: identical bytes except the <c>seconds</c> field); a joint sample is
/// byte-identical to the single run's (<see cref="SampleCommand"/>); generated events (.dsev, .csv, .hepmc, .parquet by
/// the merge's --out) are the single run's events, unweighted after the merge when the parts' command asked for it
/// (identical bytes except Parquet's provenance metadata).
/// </remarks>
internal sealed class MergeCommand() : CliCommand("merge", "Join the parts of a sharded scan, sample, generate or rate into the single-run result.")
{
    private readonly Argument<string[]> _parts = new("parts") { Description = "Part files (OUT.shard-i-of-n), in any order.", Arity = ArgumentArity.OneOrMore };

    private readonly Option<string> _out = new("--out") { Description = "Output file (the --out of the sharded command).", Required = true };

    protected override void Configure(Command command)
    {
        command.Arguments.Add(_parts);
        command.Options.Add(_out);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var paths = parse.GetValue(_parts)!;
        var (request, units) = ShardMerge.Merge(ShardMerge.ReadParts(paths));
        using var services = CliServices.Commands();
        var command = services.GetServices<CliCommand>().FirstOrDefault(c => c.Path == request.Kind && c is ScanCommand or SampleCommand or RateCommand or Generate.GenerateCommand)
            ?? throw new FormatException($"{paths[0]}: parts of kind '{request.Kind}' cannot be merged by this version");
        return command.Merge(request, units, parse.GetValue(_out)!, context);
    }
}
