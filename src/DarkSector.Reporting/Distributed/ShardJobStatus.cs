using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DarkSector.Reporting.Reports;
using DarkSector.Sampling.Distributed;

namespace DarkSector.Reporting.Distributed;

/// <summary>Progress of a sharded job from its parts on disk (OUT.shard-i-of-n, <c>darksector slurm status</c>): finished
/// units per shard, missing shards, and whether the merged output exists. Needs no Slurm client.</summary>
/// <remarks>JSON keys (a public contract): output, job (fingerprint), kind, shards, units, finishedUnits, complete,
/// missing, merged, perShard [{index, finished, owned, started}]; without parts only output, shards (0) and merged.</remarks>
public sealed partial class ShardJobStatus
{
    private readonly string _output;
    private readonly bool _merged;
    private readonly ShardPart? _first;
    private readonly IReadOnlyList<(int Index, int Finished, int Owned, bool Started)> _shards = [];

    private ShardJobStatus(string output, bool merged, ShardPart? first, IReadOnlyList<(int, int, int, bool)> shards) =>
        (_output, _merged, _first, _shards) = (output, merged, first, shards);

    [GeneratedRegex(@"\.shard-(\d+)-of-(\d+)$")]
    private static partial Regex PartName();

    /// <summary>Reads the parts next to <paramref name="outPath"/>.</summary>
    /// <param name="outPath">The job's --out.</param>
    /// <exception cref="ArgumentException">The folder does not exist, or the parts belong to different jobs or shard counts.</exception>
    public static ShardJobStatus Read(string outPath)
    {
        outPath = Path.GetFullPath(outPath);
        string folder = Path.GetDirectoryName(outPath)!;
        if (!Directory.Exists(folder)) throw new ArgumentException($"out: folder '{folder}' does not exist");
        string prefix = Path.GetFileName(outPath) + ".shard-";
        var parts = Directory.EnumerateFiles(folder, prefix + "*")
            .Where(p => PartName().IsMatch(p) && Path.GetFileName(p).StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(p => (Path: p, Part: ShardPartFile.Read(p))).ToArray();
        bool merged = File.Exists(outPath);
        if (parts.Length == 0) return new ShardJobStatus(outPath, merged, null, []);
        var first = parts[0];
        foreach (var (path, part) in parts)
        {
            if (part.Request.DescribeDifference(first.Part.Request) is string difference)
                throw new ArgumentException($"{path} and {first.Path} belong to different jobs: {difference}");
            if (part.Shard.Count != first.Part.Shard.Count)
                throw new ArgumentException($"{path} and {first.Path} have different shard counts ({part.Shard.Count} and {first.Part.Shard.Count})");
        }
        int n = first.Part.Shard.Count;
        var byShard = parts.ToDictionary(p => p.Part.Shard.Index, p => p.Part);
        return new ShardJobStatus(outPath, merged, first.Part, [.. Enumerable.Range(0, n).Select(i => (i,
            byShard.TryGetValue(i, out var p) ? p.Units.Count : 0, new Shard(i, n).Range(first.Part.UnitCount) is var (a, b) ? b - a : 0, byShard.ContainsKey(i)))]);
    }

    private int FinishedUnits => _shards.Sum(s => s.Finished);

    private int Complete => _shards.Count(s => s.Started && s.Finished == s.Owned);

    private int[] Missing => [.. _shards.Where(s => !s.Started).Select(s => s.Index)];

    /// <summary>The status as JSON (without provenance keys).</summary>
    public JsonObject ToJson() => _first is not { } first ? ReportJson.Object(new { output = _output, shards = 0, merged = _merged }) : ReportJson.Object(new
    {
        output = _output, job = first.Request.Fingerprint, kind = first.Request.Kind, shards = _shards.Count, units = first.UnitCount, finishedUnits = FinishedUnits,
        complete = Complete, missing = Missing, merged = _merged,
        perShard = _shards.Select(s => new { index = s.Index, finished = s.Finished, owned = s.Owned, started = s.Started }),
    });

    /// <summary>Prints one summary line, the shards in progress and the ones not started.</summary>
    /// <param name="o">The writer.</param>
    public void WriteText(TextWriter o)
    {
        ArgumentNullException.ThrowIfNull(o);
        if (_first is not { } first)
        {
            o.WriteLine($"{_output}: no parts yet{(_merged ? "; merged output exists" : "")}");
            return;
        }
        int n = _shards.Count, units = first.UnitCount, missing = Missing.Length;
        string percent = (units == 0 ? 100 : 100.0 * FinishedUnits / units).ToString("0.#", CultureInfo.InvariantCulture);
        o.WriteLine($"{_output}: {first.Request.Kind} job {first.Request.Fingerprint}, {n} shards: {Complete} complete, {n - Complete - missing} in progress, {missing} not started; {FinishedUnits} of {units} units ({percent}%); merged: {(_merged ? "yes" : "no")}");
        foreach (var s in _shards.Where(s => s.Started && s.Finished < s.Owned)) o.WriteLine($"  shard {s.Index}/{n}: {s.Finished} of {s.Owned} units");
        if (missing > 0) o.WriteLine($"  not started: {string.Join(", ", Missing)}");
    }
}
