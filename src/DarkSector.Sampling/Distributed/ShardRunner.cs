using System.Diagnostics;

namespace DarkSector.Sampling.Distributed;

/// <summary>Runs the unfinished units of a shard, checkpointing the finished ones, so that an interrupted run resumed
/// from its last checkpoint gives the same part as an uninterrupted one.</summary>
/// <remarks>
/// Units run in parallel (each unit's payload must depend only on the job and the unit index, e.g. through random
/// streams keyed by the seed and the unit); the part is assembled by unit index, so the result does not depend on the
/// number of threads or on where a run was interrupted. The checkpoint callback is called under a lock, with the part
/// so far, at most once per <c>checkpointInterval</c> and always at the end.
/// </remarks>
public static class ShardRunner
{
    /// <summary>Finishes every unit <paramref name="start"/>'s shard owns and has not finished.</summary>
    /// <param name="start">The part to continue: empty (<see cref="ShardPart.Empty"/>) or a resumed checkpoint.</param>
    /// <param name="compute">The payload of a unit; called from several threads.</param>
    /// <param name="checkpoint">Saves the part so far (e.g. <see cref="ShardPartFile.Write(ShardPart, string)"/>), or null.</param>
    /// <param name="checkpointInterval">Least time between two checkpoints (zero: after every unit).</param>
    /// <param name="maxDegreeOfParallelism">Threads; ≥ 1 or −1 for all cores.</param>
    /// <returns>The complete part.</returns>
    public static ShardPart Run(ShardPart start, Func<int, byte[]> compute, Action<ShardPart>? checkpoint, TimeSpan checkpointInterval,
        int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(compute);
        var (first, end) = start.Shard.Range(start.UnitCount);
        var todo = Enumerable.Range(first, end - first).Where(u => !start.Units.ContainsKey(u)).ToArray();
        var part = start;
        var gate = new object();
        var clock = Stopwatch.StartNew();
        TimeSpan saved = TimeSpan.Zero;
        Parallel.ForEach(todo, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, unit =>
        {
            byte[] payload = compute(unit);
            lock (gate)
            {
                part = part.With(unit, payload);
                if (checkpoint is not null && clock.Elapsed - saved >= checkpointInterval)
                {
                    checkpoint(part);
                    saved = clock.Elapsed;
                }
            }
        });
        checkpoint?.Invoke(part);
        return part;
    }
}
