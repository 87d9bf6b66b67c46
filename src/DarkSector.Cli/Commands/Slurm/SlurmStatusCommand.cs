using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using DarkSector.Cli.Hosting;
using DarkSector.Sampling.Distributed;

namespace DarkSector.Cli.Commands.Slurm;

/// <summary>
/// <c>darksector slurm status OUT [--json]</c>: progress of a sharded job from the parts on disk (OUT.shard-i-of-n):
/// finished units per shard, missing shards, and whether the merged OUT exists. Needs no Slurm client.
/// </summary>
/// <remarks>Output: output, job (fingerprint), kind, shards, units, finishedUnits, complete shards, missing shards,
/// merged; per shard: index, finished, owned. Parts of several jobs or shard counts next to the same OUT are an
/// error naming them.</remarks>
internal sealed partial class SlurmStatusCommand : CliCommand
{
    private readonly Argument<string> _out = new("out") { Description = "The job's --out (its parts are OUT.shard-i-of-n)." };

    public override string Path => "slurm status";

    public override string Description => "Progress of a sharded scan or sample from its parts on disk.";

    protected override void Configure(Command command) => command.Arguments.Add(_out);

    [GeneratedRegex(@"\.shard-(\d+)-of-(\d+)$")]
    private static partial Regex PartName();

    protected override int Execute(ParseResult parse, CliContext context)
    {
        string outPath = System.IO.Path.GetFullPath(parse.GetValue(_out)!);
        string folder = System.IO.Path.GetDirectoryName(outPath)!;
        if (!Directory.Exists(folder)) throw new ArgumentException($"out: folder '{folder}' does not exist");
        string prefix = System.IO.Path.GetFileName(outPath) + ".shard-";
        var parts = Directory.EnumerateFiles(folder, prefix + "*")
            .Where(p => PartName().IsMatch(p) && System.IO.Path.GetFileName(p).StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => (Path: p, Part: ShardPartFile.Read(p)))
            .ToArray();
        bool merged = File.Exists(outPath);
        if (parts.Length == 0)
        {
            if (context.Json) context.WriteJson(new { output = outPath, shards = 0, merged });
            else context.Out.WriteLine($"{outPath}: no parts yet{(merged ? "; merged output exists" : "")}");
            return ExitCodes.Success;
        }
        var first = parts[0];
        foreach (var (path, part) in parts)
        {
            if (part.Request.DescribeDifference(first.Part.Request) is string difference)
                throw new ArgumentException($"{path} and {first.Path} belong to different jobs: {difference}");
            if (part.Shard.Count != first.Part.Shard.Count)
                throw new ArgumentException($"{path} and {first.Path} have different shard counts ({part.Shard.Count} and {first.Part.Shard.Count})");
        }
        int n = first.Part.Shard.Count, units = first.Part.UnitCount;
        var byShard = parts.ToDictionary(p => p.Part.Shard.Index, p => p.Part);
        var shards = Enumerable.Range(0, n).Select(i => new
        {
            index = i,
            finished = byShard.TryGetValue(i, out var p) ? p.Units.Count : 0,
            owned = new Shard(i, n).Range(units) is var (a, b) ? b - a : 0,
            started = byShard.ContainsKey(i),
        }).ToArray();
        int finishedUnits = shards.Sum(s => s.finished);
        int complete = shards.Count(s => s.started && s.finished == s.owned);
        int[] missing = [.. shards.Where(s => !s.started).Select(s => s.index)];
        if (context.Json)
            context.WriteJson(new { output = outPath, job = first.Part.Request.Fingerprint, kind = first.Part.Request.Kind, shards = n, units, finishedUnits, complete, missing, merged, perShard = shards });
        else
        {
            var o = context.Out;
            string percent = (units == 0 ? 100 : 100.0 * finishedUnits / units).ToString("0.#", CultureInfo.InvariantCulture);
            o.WriteLine($"{outPath}: {first.Part.Request.Kind} job {first.Part.Request.Fingerprint}, {n} shards: {complete} complete, {n - complete - missing.Length} in progress, {missing.Length} not started; {finishedUnits} of {units} units ({percent}%); merged: {(merged ? "yes" : "no")}");
            foreach (var s in shards.Where(s => s.started && s.finished < s.owned))
                o.WriteLine($"  shard {s.index}/{n}: {s.finished} of {s.owned} units");
            if (missing.Length > 0) o.WriteLine($"  not started: {string.Join(", ", missing)}");
        }
        return ExitCodes.Success;
    }
}
