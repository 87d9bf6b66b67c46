using System.Text;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Sampling.Distributed;

/// <summary>
/// Event generation as a sharded job: the work units are the batches of the generator's sampling pass
/// (<see cref="GenerationPass"/>). Every shard adapts VEGAS identically (deterministic warm-up and production iterations
/// from the seed), then draws only its batches; batch b's points come from the counter-based stream (seed, pass, b), so
/// the merged parts equal a single-process <see cref="EventGenerator.Generate"/> bit for bit, for any number of shards.
/// </summary>
/// <remarks>
/// <para>Unit payload (little-endian): the adaptation run (iteration count, then index, warm-up flag, integral, error,
/// evaluations per iteration), the batch's hypercube count, its point weights (count, float64 each), its hypercube runs
/// (count, then hypercube, size, count), its dropped points, then the batch's events as a DSEV image
/// (<see cref="DsevFile"/>). Unweighting, which needs the largest weight of all events, happens after the merge.</para>
/// <para>Thread-safe (no shared state).</para>
/// </remarks>
public static class GenerationShards
{
    /// <summary>Draws the batches <paramref name="start"/>'s shard owns and has not finished (in parallel), checkpointing.</summary>
    /// <param name="pass">The planned pass (<see cref="EventGenerator.Plan"/>).</param>
    /// <param name="start">An empty part of <see cref="GenerationPass.BatchCount"/> units, or a resumed checkpoint.</param>
    /// <param name="checkpoint">Saves the part so far, or null.</param>
    /// <param name="batchDone">Called after each batch (progress), or null.</param>
    /// <returns>The complete part.</returns>
    /// <exception cref="ArgumentException">The part's unit count is not the pass's batch count.</exception>
    public static ShardPart Run(GenerationPass pass, ShardPart start, Action<ShardPart>? checkpoint, Action? batchDone = null)
    {
        ArgumentNullException.ThrowIfNull(pass);
        ArgumentNullException.ThrowIfNull(start);
        if (start.UnitCount != pass.BatchCount)
            throw new ArgumentException($"the part has {start.UnitCount} units but the generation pass {pass.BatchCount} batches", nameof(start));
        return ShardRunner.Run(start, b =>
        {
            byte[] payload = Encode(pass.Integration, pass.Draw(b));
            batchDone?.Invoke();
            return payload;
        }, checkpoint, TimeSpan.FromSeconds(10));
    }

    /// <summary>The generation result of a whole job from every unit's payload, in unit order.</summary>
    /// <param name="units">The payloads (<see cref="ShardMerge.Merge"/> or a complete single part).</param>
    /// <exception cref="FormatException">A payload is damaged, or the units were adapted differently (the message names the unit).</exception>
    public static GenerationResult Merge(IReadOnlyList<byte[]> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (units.Count == 0) throw new FormatException("no generation batch to merge");
        VegasResult? integration = null;
        var batches = new GenerationBatch[units.Count];
        for (int u = 0; u < units.Count; u++)
        {
            var (run, batch) = Decode(units[u], u);
            if (integration is null) integration = run;
            else if (!integration.Iterations.SequenceEqual(run.Iterations))
                throw new FormatException($"generation batch {u} was adapted differently from batch 0 (other VEGAS iterations): the parts do not belong together");
            batches[u] = batch;
        }
        try { return GenerationPass.Combine(integration!, batches); }
        catch (ArgumentException e) { throw new FormatException(e.Message, e); }
    }

    internal static byte[] Encode(VegasResult integration, GenerationBatch batch)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(integration.Iterations.Count);
            foreach (var it in integration.Iterations)
            {
                w.Write(it.Index);
                w.Write(it.IsWarmup);
                w.Write(it.Integral);
                w.Write(it.Error);
                w.Write(it.Evaluations);
            }
            w.Write(batch.HypercubeCount);
            w.Write(batch.Weights.Length);
            foreach (double x in batch.Weights) w.Write(x);
            w.Write(batch.Cubes.Count);
            foreach (var run in batch.Cubes)
            {
                w.Write(run.Hypercube);
                w.Write(run.Size);
                w.Write(run.Count);
            }
            w.Write(batch.DroppedPoints);
        }
        DsevFile.Write(batch.Events, buffer);
        return buffer.ToArray();
    }

    internal static (VegasResult Integration, GenerationBatch Batch) Decode(byte[] payload, int unit)
    {
        string source = $"generation batch {unit}";
        using var buffer = new MemoryStream(payload, writable: false);
        using var r = new BinaryReader(buffer, Encoding.UTF8, leaveOpen: true);
        try
        {
            int iterations = BinaryFields.Count(r, 1, 1_000_000, "VEGAS iterations", source);
            var list = new VegasIteration[iterations];
            for (int k = 0; k < iterations; k++)
                list[k] = new VegasIteration(r.ReadInt32(), r.ReadBoolean(), r.ReadDouble(), r.ReadDouble(), r.ReadInt64());
            int hypercubes = BinaryFields.Count(r, 1, int.MaxValue, "hypercubes", source);
            var weights = new double[BinaryFields.Count(r, 0, VegasIntegrator.BatchSize, "points", source)];
            for (int i = 0; i < weights.Length; i++) weights[i] = r.ReadDouble();
            var runs = new VegasCubeRun[BinaryFields.Count(r, 0, weights.Length, "hypercube runs", source)];
            for (int k = 0; k < runs.Length; k++) runs[k] = new VegasCubeRun(r.ReadInt32(), r.ReadInt32(), r.ReadInt32());
            int dropped = BinaryFields.Count(r, 0, weights.Length, "dropped points", source);
            var events = DsevFile.Read(buffer, source);
            return (VegasResult.Combine(list), new GenerationBatch(unit, events, weights, runs, hypercubes, dropped));
        }
        catch (EndOfStreamException)
        {
            throw new FormatException($"{source}: truncated payload");
        }
    }
}
