using DarkSector.Sampling.Distributed;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;

namespace DarkSector.Sampling.Tests.Distributed;

public sealed class ShardTests
{
    [Property] // the shards of any n partition the units into contiguous ranges in shard order (exact)
    public Property Ranges_PartitionTheUnitsInOrder() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 500)), Arb.From(Gen.Choose(1, 40)), (units, n) =>
        {
            int next = 0;
            for (int i = 0; i < n; i++)
            {
                var (start, end) = new Shard(i, n).Range(units);
                if (start != next || end < start) return false;
                next = end;
            }
            return next == units;
        });

    [Theory]
    [InlineData("0/1", 0, 1)]
    [InlineData("3/8", 3, 8)]
    public void Parse_ReadsZeroBasedIndexOfCount(string text, int index, int count) => Assert.Equal(new Shard(index, count), Shard.Parse(text));

    [Theory]
    [InlineData("4/4")]
    [InlineData("1/0")]
    [InlineData("-1/3")]
    [InlineData("a/3")]
    [InlineData("1")]
    public void Parse_RejectsInvalidShards(string text)
    {
        var e = Assert.ThrowsAny<Exception>(() => Shard.Parse(text));
        Assert.True(e is FormatException or ArgumentOutOfRangeException);
        Assert.Contains("--shard", e.Message);
    }

    [Fact]
    public void PartPath_LiesNextToTheOutput() => Assert.Equal("dir/grid.json.shard-2-of-7", new Shard(2, 7).PartPath("dir/grid.json"));
}
