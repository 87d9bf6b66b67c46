using DarkSector.Sampling.Distributed;
using DarkSector.Sampling.Randomness;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;

namespace DarkSector.Sampling.Tests.Distributed;

public sealed class ShardMergeTests
{
    private static readonly int[] ShardCounts = [1, 2, 3, 7];

    /// <summary>A unit's payload from its own random stream (seed, unit): a variable number of doubles, like a
    /// simulation keyed by the unit.</summary>
    private static byte[] Unit(ulong seed, int unit)
    {
        var random = RandomStream.Create(seed, (ulong)unit);
        var values = new double[1 + (int)(random.NextUInt64() % 5)];
        random.Fill(values);
        return ShardPayload.FromDoubles(values);
    }

    private static JobRequest Request(ulong seed) => new("test", ["exp", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    private static ShardPart RunShard(ulong seed, int units, Shard shard, string folder)
    {
        string path = Path.Combine(folder, shard.PartPath("out"));
        ShardRunner.Run(ShardPart.Empty(Request(seed), shard, units), u => Unit(seed, u), p => ShardPartFile.Write(p, path), TimeSpan.Zero);
        return ShardPartFile.Read(path);   // through the file, as merge reads it
    }

    [Property(MaxTest = 30)] // merged shards equal the single run bit for bit, for n = 1, 2, 3, 7, random unit counts, seeds and part order
    public Property MergedShards_EqualTheSingleRun()
    {
        return Prop.ForAll(Arb.From(Gen.Choose(0, 30)), Arb.From(Gen.Choose(0, int.MaxValue)), Arb.From(Gen.Choose(0, 1000)), (units, seedInt, order) =>
        {
            var folder = Directory.CreateTempSubdirectory("ds-shards").FullName;
            try
            {
                ulong seed = (ulong)seedInt * 2654435761UL;
                var single = ShardRunner.Run(ShardPart.Empty(Request(seed), Shard.Whole, units), u => Unit(seed, u), null, TimeSpan.Zero);
                foreach (int n in ShardCounts)
                {
                    var parts = Enumerable.Range(0, n).Select(i => ($"part {i}", RunShard(seed, units, new Shard(i, n), folder)))
                        .OrderBy(p => (p.Item1.GetHashCode() ^ order) & 0xff).ToArray();
                    var (request, merged) = ShardMerge.Merge(parts);
                    if (request != Request(seed) || merged.Count != units) return false;
                    for (int u = 0; u < units; u++)
                        if (!merged[u].AsSpan().SequenceEqual(single.Units[u])) return false;
                }
                return true;
            }
            finally { Directory.Delete(folder, true); }
        });
    }

    private static (string, ShardPart)[] Parts(ulong seed, int units, int n) =>
        [.. Enumerable.Range(0, n).Select(i => ($"p{i}", ShardRunner.Run(ShardPart.Empty(Request(seed), new Shard(i, n), units), u => Unit(seed, u), null, TimeSpan.Zero)))];

    [Fact] // a part of another seed: the message names the option that differs
    public void Merge_RefusesPartsOfAnotherJob()
    {
        var parts = Parts(1, 6, 2);
        parts[1] = ("p1", Parts(2, 6, 2)[1].Item2);
        var e = Assert.Throws<ArgumentException>(() => ShardMerge.Merge(parts));
        Assert.Equal("p1 does not belong with p0: --seed is 2 here but 1 there", e.Message);
    }

    [Fact]
    public void Merge_RefusesAnotherSoftwareVersion()
    {
        var parts = Parts(1, 6, 2);
        var other = ShardPart.Empty(new JobRequest("test", Request(1).Arguments, "0.0.0.1"), new Shard(1, 2), 6);
        parts[1] = ("p1", other);
        Assert.Contains("software version 0.0.0.1 differs", Assert.Throws<ArgumentException>(() => ShardMerge.Merge(parts)).Message);
    }

    [Fact]
    public void Merge_RefusesMissingDuplicateMixedAndUnfinishedShards()
    {
        var parts = Parts(1, 6, 3);
        Assert.Equal("shard 2/3 is missing (2 of 3 parts given)", Assert.Throws<ArgumentException>(() => ShardMerge.Merge(parts[..2])).Message);
        Assert.Contains("given twice", Assert.Throws<ArgumentException>(() => ShardMerge.Merge([.. parts, ("again", parts[0].Item2)])).Message);
        Assert.Contains("shard count 2 differs from 3", Assert.Throws<ArgumentException>(() => ShardMerge.Merge([.. parts, Parts(1, 6, 2)[0]])).Message);
        parts[1] = ("p1", ShardPart.Empty(Request(1), new Shard(1, 3), 6));
        Assert.Contains("unfinished (0 of 2 units", Assert.Throws<ArgumentException>(() => ShardMerge.Merge(parts)).Message);
    }

    [Fact] // a run killed after k units and resumed from its checkpoint equals an uninterrupted one, and finished units
           // are not computed again
    public void ResumedRun_EqualsUninterruptedRun()
    {
        var folder = Directory.CreateTempSubdirectory("ds-resume").FullName;
        try
        {
            string path = Path.Combine(folder, "out.shard-1-of-2");
            var shard = new Shard(1, 2);
            const int units = 20;
            var uninterrupted = ShardRunner.Run(ShardPart.Empty(Request(5), shard, units), u => Unit(5, u), null, TimeSpan.Zero);
            int computed = 0;
            Assert.Throws<AggregateException>(() => ShardRunner.Run(ShardPart.Empty(Request(5), shard, units), u =>
            {
                if (Interlocked.Increment(ref computed) > 4) throw new OperationCanceledException("killed");
                return Unit(5, u);
            }, p => ShardPartFile.Write(p, path), TimeSpan.Zero, maxDegreeOfParallelism: 1));
            var checkpoint = ShardPartFile.Read(path);
            Assert.Equal(4, checkpoint.Units.Count);
            checkpoint.CheckBelongsTo(Request(5), shard, units, "checkpoint");
            var recomputed = new List<int>();
            var resumed = ShardRunner.Run(checkpoint, u => { lock (recomputed) recomputed.Add(u); return Unit(5, u); }, p => ShardPartFile.Write(p, path), TimeSpan.Zero);
            Assert.Equal(6, recomputed.Count);
            Assert.Empty(recomputed.Intersect(checkpoint.Units.Keys));
            Assert.Equal(uninterrupted.Units.Keys, resumed.Units.Keys);
            Assert.All(uninterrupted.Units, kv => Assert.Equal(kv.Value, resumed.Units[kv.Key]));
            using var a = new MemoryStream();
            using var b = new MemoryStream();
            ShardPartFile.Write(uninterrupted, a);
            ShardPartFile.Write(ShardPartFile.Read(path), b);
            Assert.Equal(a.ToArray(), b.ToArray());
        }
        finally { Directory.Delete(folder, true); }
    }

    [Fact] // a checkpoint of another job is not resumed
    public void CheckBelongsTo_NamesTheMismatch() =>
        Assert.Equal("checkpoint belongs to another job: --seed is 1 here but 2 there",
            Assert.Throws<ArgumentException>(() => ShardPart.Empty(Request(1), Shard.Whole, 3).CheckBelongsTo(Request(2), Shard.Whole, 3, "checkpoint")).Message);

    [Fact] // the reader rejects a truncated part with the reason
    public void Read_RejectsTruncatedParts()
    {
        using var stream = new MemoryStream();
        ShardPartFile.Write(Parts(1, 6, 1)[0].Item2, stream);
        var bytes = stream.ToArray();
        for (int cut = 0; cut < bytes.Length; cut += 7)
            Assert.Throws<FormatException>(() => ShardPartFile.Read(new MemoryStream(bytes[..cut]), "cut"));
    }

    [Fact]
    public void ReadParts_ReadsPartFiles_AndNamesAMissingFileOrANonPart()
    {
        string folder = Directory.CreateTempSubdirectory("ds-readparts-").FullName;
        try
        {
            string a = Path.Combine(folder, "out.shard-0-of-2"), b = Path.Combine(folder, "out.shard-1-of-2"), text = Path.Combine(folder, "notes.txt");
            ShardPartFile.Write(ShardPart.Empty(Request(5), new Shard(0, 2), 4).With(0, Unit(5, 0)).With(1, Unit(5, 1)), a);
            ShardPartFile.Write(ShardPart.Empty(Request(5), new Shard(1, 2), 4).With(2, Unit(5, 2)).With(3, Unit(5, 3)), b);
            File.WriteAllText(text, "not a part");
            var parts = ShardMerge.ReadParts([b, a]);
            Assert.Equal([b, a], parts.Select(p => p.Source));
            Assert.Equal([Unit(5, 0), Unit(5, 1), Unit(5, 2), Unit(5, 3)], ShardMerge.Merge(parts).Units);
            Assert.Equal($"part '{Path.Combine(folder, "gone")}' does not exist", Assert.Throws<ArgumentException>(() => ShardMerge.ReadParts([a, Path.Combine(folder, "gone")])).Message);
            Assert.StartsWith($"{text}: not a shard part", Assert.Throws<FormatException>(() => ShardMerge.ReadParts([a, text])).Message, StringComparison.Ordinal);
        }
        finally { Directory.Delete(folder, true); }
    }
}
