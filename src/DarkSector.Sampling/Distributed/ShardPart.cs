using System.Collections.Immutable;

namespace DarkSector.Sampling.Distributed;

/// <summary>
/// The finished units of one shard of a job: its <see cref="JobRequest"/>, its <see cref="Shard"/>, the job's total
/// number of units and an opaque payload per finished unit. A part is both a checkpoint (some owned units finished) and,
/// once <see cref="IsComplete"/>, the shard's result for <see cref="ShardMerge"/>.
/// </summary>
/// <remarks>Immutable: <see cref="With"/> returns a new part. Payload arrays are owned by the part and must not be
/// changed after they are added. Files: <see cref="ShardPartFile"/>.</remarks>
public sealed class ShardPart
{
    private ShardPart(JobRequest request, Shard shard, int unitCount, ImmutableSortedDictionary<int, byte[]> units) =>
        (Request, Shard, UnitCount, Units) = (request, shard, unitCount, units);

    /// <summary>A part with no finished unit.</summary>
    /// <param name="request">The job.</param>
    /// <param name="shard">Which shard.</param>
    /// <param name="unitCount">Units of the whole job, ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitCount"/> is negative.</exception>
    public static ShardPart Empty(JobRequest request, Shard shard, int unitCount)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(unitCount);
        return new(request, shard, unitCount, ImmutableSortedDictionary<int, byte[]>.Empty);
    }

    /// <summary>The job.</summary>
    public JobRequest Request { get; }

    /// <summary>Which shard of the job.</summary>
    public Shard Shard { get; }

    /// <summary>Units of the whole job.</summary>
    public int UnitCount { get; }

    /// <summary>Finished units (all owned by <see cref="Shard"/>) and their payloads, in unit order.</summary>
    public ImmutableSortedDictionary<int, byte[]> Units { get; }

    /// <summary>Number of units the shard owns.</summary>
    public int OwnedCount
    {
        get
        {
            var (start, end) = Shard.Range(UnitCount);
            return end - start;
        }
    }

    /// <summary>Whether every owned unit is finished.</summary>
    public bool IsComplete => Units.Count == OwnedCount;

    /// <summary>This part with unit <paramref name="unit"/> finished.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The shard does not own the unit.</exception>
    /// <exception cref="ArgumentException">The unit is already finished.</exception>
    public ShardPart With(int unit, byte[] payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (!Shard.Owns(unit, UnitCount)) throw new ArgumentOutOfRangeException(nameof(unit), unit, $"unit {unit} is not owned by shard {Shard} of {UnitCount} units");
        if (Units.ContainsKey(unit)) throw new ArgumentException($"unit {unit} is already finished", nameof(unit));
        return new(Request, Shard, UnitCount, Units.Add(unit, payload));
    }

    /// <summary>Checks that this part (e.g. a checkpoint read back for <c>--resume</c>) belongs to
    /// <paramref name="request"/>'s shard <paramref name="shard"/> of <paramref name="unitCount"/> units.</summary>
    /// <param name="request">The job about to run.</param>
    /// <param name="shard">Its shard.</param>
    /// <param name="unitCount">Its units.</param>
    /// <param name="source">Names the part in the error, e.g. "--resume: grid.json.shard-0-of-1".</param>
    /// <exception cref="ArgumentException">It does not (the message names the first mismatch).</exception>
    public void CheckBelongsTo(JobRequest request, Shard shard, int unitCount, string source)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Request.DescribeDifference(request) is string difference)
            throw new ArgumentException($"{source} belongs to another job: {difference}");
        if (Shard != shard) throw new ArgumentException($"{source} is shard {Shard}, not {shard}");
        if (UnitCount != unitCount) throw new ArgumentException($"{source} has {UnitCount} units, not {unitCount}");
    }
}
