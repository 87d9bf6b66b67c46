using DarkSector.Reporting.Distributed;
using DarkSector.Sampling.Distributed;

namespace DarkSector.Reporting.Tests.Distributed;

/// <summary>What a shard run prints (<see cref="ShardPartSummary"/>): its JSON keys follow the unit's key, the counts come
/// from the part.</summary>
public sealed class ShardPartSummaryTests
{
    private static readonly JobRequest Request = new("rate", ["miniboone", "dipole", "--mn", "0.4"]);

    [Fact]
    public void Of_TakesTheCountsShardAndFingerprintFromThePart()
    {
        var part = ShardPart.Empty(Request, new Shard(1, 3), 7).With(2, [1]).With(3, [2]);   // shard 1/3 of 7 units owns 2 and 3
        var summary = ShardPartSummary.Of(part, "out.json.shard-1-of-3", "chunks", "event chunks", 2.5);
        Assert.Equal(new ShardPartSummary("out.json.shard-1-of-3", new Shard(1, 3), "chunks", 2, 7, "event chunks", Request.Fingerprint, 2.5), summary);
    }

    [Fact]
    public void Json_NamesTheCountAndItsTotalAfterTheKey_InOrder()
    {
        var json = new ShardPartSummary("s.json.shard-0-of-2", new Shard(0, 2), "massPoints", 3, 6, "mass points", "abc", 1.25).ToJson();
        Assert.Equal(["part", "shard", "massPoints", "totalMassPoints", "fingerprint", "seconds"], json.Select(kv => kv.Key));
        Assert.Equal("0/2", (string?)json["shard"]);
        Assert.Equal(3, (int?)json["massPoints"]);
        Assert.Equal(6, (int?)json["totalMassPoints"]);
        Assert.Equal(1.25, (double?)json["seconds"]);
    }

    [Fact]
    public void Text_IsOneInvariantLine()
    {
        var o = new StringWriter();
        new ShardPartSummary("g.dsev.shard-2-of-4", new Shard(2, 4), "batches", 5, 20, "event batches", "abc", 12.34).WriteText(o);
        Assert.Equal("shard 2/4: 5 of 20 event batches, 12.3 s; written g.dsev.shard-2-of-4 (join the parts with darksector merge)" + Environment.NewLine, o.ToString());
    }
}
