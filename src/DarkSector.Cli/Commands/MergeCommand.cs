using System.CommandLine;
using DarkSector.Cli.Hosting;
using DarkSector.Sampling.Distributed;

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
internal sealed class MergeCommand : CliCommand
{
    private readonly Argument<string[]> _parts = new("parts") { Description = "Part files (OUT.shard-i-of-n), in any order.", Arity = ArgumentArity.OneOrMore };

    private readonly Option<string> _out = new("--out") { Description = "Output file (the --out of the sharded command).", Required = true };

    public override string Path => "merge";

    public override string Description => "Join the parts of a sharded scan, sample, generate or rate into the single-run result.";

    protected override void Configure(Command command)
    {
        command.Arguments.Add(_parts);
        command.Options.Add(_out);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var paths = parse.GetValue(_parts)!;
        foreach (string path in paths)
        {
            if (!File.Exists(path)) throw new ArgumentException($"part '{path}' does not exist");
            if (!ShardPartFile.IsPart(path)) throw new FormatException($"{path}: not a shard part (parts are written by scan, sample, generate or rate with --shard i/n)");
        }
        var (request, units) = ShardMerge.Merge([.. paths.Select(p => (p, ShardPartFile.Read(p)))]);
        string outPath = parse.GetValue(_out)!;
        return request.Kind switch
        {
            "scan" => ScanCommand.WriteMerged(request, outPath, units, context),
            "sample" => SampleCommand.WriteMerged(request, outPath, units, context),
            "rate" => RateShards.WriteMerged(request, outPath, units, context),
            _ when request.Kind.StartsWith("generate ", StringComparison.Ordinal) => Generate.GenerateRunner.WriteMerged(request, outPath, units, context),
            _ => throw new FormatException($"{paths[0]}: parts of kind '{request.Kind}' cannot be merged by this version"),
        };
    }
}
