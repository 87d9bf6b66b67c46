using DarkSector.Reporting.Scans;
using DarkSector.Sampling.Distributed;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Reweighting;

namespace DarkSector.Reporting.Tests.Scans;

/// <summary>The option combinations a scan refuses (<see cref="ScanJobOptions"/>): each names its options, and every
/// combination it does not name passes.</summary>
public sealed class ScanJobOptionsTests
{
    private static readonly ModelFamily DarkPhoton = ModelFamilies.Get("dark-photon");

    private static readonly JointSampleMetadata Saved = new()
    {
        ExperimentId = "t2k-nd280", AnalysisId = "a", Family = "dark-photon", Axes = [new JointSampleAxis("m-n", 0.01, 0.5)],
        EventsPerPoint = 200, PointCount = 6, Seed = 3,
    };

    /// <summary>A scan over m-n and <paramref name="y"/> (a mass: mzprime; a coupling: v-mu-n2).</summary>
    private static ScanRequest Scan(string y, int massPoints = 100) => new()
    {
        Setup = null!, Family = DarkPhoton, MassPoints = massPoints,
        X = AxisText.Slice("m-n:0.01:0.5:log:3", "--x", DarkPhoton), Y = AxisText.Slice($"{y}:0.1:2:log:3", "--y", DarkPhoton),
    };

    [Theory]
    [InlineData("save", "--save-sample: the scan already reads a saved sample (--sample)")]
    [InlineData("mass-points", "--mass-points: not allowed with --sample (the saved sample fixes it: 6 mass points)")]
    [InlineData("events", "--events: not allowed with --sample (the saved sample fixes it: 200 events per mass point) unless --benchmark is given")]
    [InlineData("seed", "--seed: not allowed with --sample (the saved sample fixes it: seed 3) unless --benchmark is given")]
    public void CheckSample_RefusesWhatTheSavedSampleFixes(string given, string expected)
    {
        var options = new ScanJobOptions { SavesSample = given == "save", MassPointsGiven = given == "mass-points", EventsGiven = given == "events", SeedGiven = given == "seed" };
        Assert.StartsWith(expected, Assert.Throws<ArgumentException>(() => options.CheckSample(Saved, hasBenchmark: false)).Message, StringComparison.Ordinal);
        options.CheckSample(null, hasBenchmark: false);   // without a saved sample every one is allowed
    }

    [Fact] // --events and --seed then set the benchmark point's simulation
    public void CheckSample_AllowsEventsAndSeedWithABenchmark() => new ScanJobOptions { EventsGiven = true, SeedGiven = true }.CheckSample(Saved, hasBenchmark: true);

    [Theory]
    [InlineData("shard", "--precision cannot be combined with --shard 1/4:")]
    [InlineData("resume", "--precision cannot be combined with --resume:")]
    [InlineData("merged", "--precision cannot be combined with merge:")]
    public void Check_RefusesPrecisionWithADistributedRun(string run, string expected)
    {
        var options = new ScanJobOptions { Precision = true, Shard = run == "shard" ? Shard.Parse("1/4") : null, Resume = run == "resume", Merged = run == "merged" };
        Assert.StartsWith(expected, Assert.Throws<ArgumentException>(() => options.Check(Scan("v-mu-n2"))).Message, StringComparison.Ordinal);
        (options with { Precision = false }).Check(Scan("v-mu-n2"));
    }

    [Fact] // a two-mass scan builds its joint sample in memory: it cannot be sharded, only it can be saved
    public void Check_TiesShardAndSaveSampleToTheBuiltSample()
    {
        var shard = new ScanJobOptions { Shard = Shard.Parse("0/2") };
        Assert.StartsWith("--shard: a two-mass scan builds one joint sample", Assert.Throws<ArgumentException>(() => shard.Check(Scan("mzprime"))).Message, StringComparison.Ordinal);
        shard.Check(Scan("mzprime", massPoints: 0));   // every point simulated: shardable
        shard.Check(Scan("v-mu-n2"));
        Assert.StartsWith("--save-sample: not allowed with --shard", Assert.Throws<ArgumentException>(() => (shard with { SavesSample = true }).Check(Scan("v-mu-n2"))).Message, StringComparison.Ordinal);
        var save = new ScanJobOptions { SavesSample = true };
        save.Check(Scan("mzprime"));
        Assert.StartsWith("--save-sample: only a scan over two mass axes with --mass-points > 0", Assert.Throws<ArgumentException>(() => save.Check(Scan("v-mu-n2"))).Message, StringComparison.Ordinal);
        Assert.True(ScanJobOptions.BuildsSample(Scan("mzprime")));
        Assert.False(ScanJobOptions.BuildsSample(Scan("mzprime") with { Sample = null, MassPoints = 0 }));
    }
}
