namespace DarkSector.Sampling.Distributed;

/// <summary>Joins the parts of a sharded job into the payloads of all its units, in unit order, after checking that
/// they belong together.</summary>
/// <remarks>
/// Parts belong together when they carry the same <see cref="JobRequest"/> (kind, software version, arguments), the
/// same shard count and unit count, each shard index 0 … n−1 exactly once, and every part is complete. Because a unit's
/// payload depends only on the job and the unit, the merged payloads equal those of a single-process run (shard 0/1).
/// Thread-safe (no shared state).
/// </remarks>
public static class ShardMerge
{
    /// <summary>Reads the part files at <paramref name="paths"/>, for <see cref="Merge"/>.</summary>
    /// <param name="paths">Part files (OUT.shard-i-of-n), in any order.</param>
    /// <exception cref="ArgumentException">A file does not exist.</exception>
    /// <exception cref="FormatException">A file is not a shard part (or is damaged).</exception>
    public static IReadOnlyList<(string Source, ShardPart Part)> ReadParts(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        string[] files = [.. paths];
        foreach (string path in files)
        {
            if (!File.Exists(path)) throw new ArgumentException($"part '{path}' does not exist");
            if (!ShardPartFile.IsPart(path)) throw new FormatException($"{path}: not a shard part (parts are written by scan, sample, generate or rate with --shard i/n)");
        }
        return [.. files.Select(p => (p, ShardPartFile.Read(p)))];
    }

    /// <summary>The payloads of every unit of the job, in unit order.</summary>
    /// <param name="parts">The parts, each with a name for errors (e.g. its file name); in any order.</param>
    /// <returns>The common request and the payloads.</returns>
    /// <exception cref="ArgumentException">No part, or parts that do not belong together: the message names the part
    /// and the first mismatch (a different argument, version, shard count, a missing, duplicate or unfinished shard).</exception>
    public static (JobRequest Request, IReadOnlyList<byte[]> Units) Merge(IReadOnlyList<(string Source, ShardPart Part)> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0) throw new ArgumentException("no part to merge");
        var (firstSource, first) = parts[0];
        var seen = new string?[first.Shard.Count];
        foreach (var (source, part) in parts)
        {
            if (part.Request.DescribeDifference(first.Request) is string difference)
                throw new ArgumentException($"{source} does not belong with {firstSource}: {difference}");
            if (part.Shard.Count != first.Shard.Count)
                throw new ArgumentException($"{source} does not belong with {firstSource}: shard count {part.Shard.Count} differs from {first.Shard.Count}");
            if (part.UnitCount != first.UnitCount)
                throw new ArgumentException($"{source} does not belong with {firstSource}: {part.UnitCount} units differ from {first.UnitCount}");
            if (seen[part.Shard.Index] is string other)
                throw new ArgumentException($"{source}: shard {part.Shard} is given twice (also {other})");
            seen[part.Shard.Index] = source;
            if (!part.IsComplete)
                throw new ArgumentException($"{source}: shard {part.Shard} is unfinished ({part.Units.Count} of {part.OwnedCount} units; resume it with --resume)");
        }
        int missing = Array.IndexOf(seen, null);
        if (missing >= 0)
            throw new ArgumentException($"shard {missing}/{first.Shard.Count} is missing ({parts.Count} of {first.Shard.Count} parts given)");
        var units = new byte[first.UnitCount][];
        foreach (var (_, part) in parts)
            foreach (var (unit, payload) in part.Units) units[unit] = payload;
        return (first.Request, units);
    }
}
