using System.Globalization;

namespace DarkSector.Sampling.Distributed;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/> (0 ≤ index &lt; count): a deterministic, contiguous part of a job's
/// work units (mass columns of a scan, mass points of a joint sample).
/// </summary>
/// <remarks>
/// Shard i of n owns units [⌊U i/n⌋, ⌊U (i+1)/n⌋) of U units, so the shards of any n partition the units in order and
/// concatenating their parts in shard order gives unit order. A unit's result depends only on the job and the unit
/// index (its random streams are keyed by the seed and the unit, never by the shard), so the union of the shards equals
/// a single-process run bit for bit. Immutable.
/// </remarks>
public readonly record struct Shard
{
    /// <summary>The whole job in one shard (a single-process run).</summary>
    public static readonly Shard Whole = new(0, 1);

    /// <summary>Creates shard <paramref name="index"/> of <paramref name="count"/>.</summary>
    /// <param name="index">0 ≤ index &lt; count.</param>
    /// <param name="count">Number of shards, 1 to 1 000 000.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public Shard(int index, int count)
    {
        if (count is < 1 or > MaxCount) throw new ArgumentOutOfRangeException(nameof(count), count, $"shard count = {count} is outside [1, {MaxCount}]");
        if (index < 0 || index >= count) throw new ArgumentOutOfRangeException(nameof(index), index, $"shard index = {index} is outside [0, {count - 1}]");
        (Index, Count) = (index, count);
    }

    /// <summary>Largest number of shards.</summary>
    public const int MaxCount = 1_000_000;

    /// <summary>0-based index of this shard.</summary>
    public int Index { get; }

    /// <summary>Number of shards.</summary>
    public int Count { get; }

    /// <summary>Parses "i/n" (0-based i, e.g. "3/8"), as given to <c>--shard</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="option">Names the option in errors.</param>
    /// <exception cref="FormatException">Not i/n.</exception>
    /// <exception cref="ArgumentOutOfRangeException">i or n outside its range (the message names the option).</exception>
    public static Shard Parse(string text, string option = "--shard")
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int i)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n))
            throw new FormatException($"{option}: '{text}' is not i/n (0-based shard i of n, e.g. 0/4)");
        if (n is < 1 or > MaxCount) throw new ArgumentOutOfRangeException(option, n, $"{option}: n = {n} is outside [1, {MaxCount}]");
        if (i >= n) throw new ArgumentOutOfRangeException(option, i, $"{option}: i = {i} is outside [0, {n - 1}] (shards are 0-based)");
        return new Shard(i, n);
    }

    /// <summary>The units this shard owns out of <paramref name="unitCount"/>: [Start, End).</summary>
    /// <param name="unitCount">Total number of units, ≥ 0.</param>
    public (int Start, int End) Range(int unitCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(unitCount);
        return ((int)((long)unitCount * Index / Count), (int)((long)unitCount * (Index + 1) / Count));
    }

    /// <summary>Whether this shard owns unit <paramref name="unit"/> of <paramref name="unitCount"/>.</summary>
    public bool Owns(int unit, int unitCount)
    {
        var (start, end) = Range(unitCount);
        return unit >= start && unit < end;
    }

    /// <summary>The path of this shard's part next to a job's output: "<paramref name="outputPath"/>.shard-i-of-n".</summary>
    public string PartPath(string outputPath) => string.Create(CultureInfo.InvariantCulture, $"{outputPath}.shard-{Index}-of-{Count}");

    /// <summary>"i/n".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
