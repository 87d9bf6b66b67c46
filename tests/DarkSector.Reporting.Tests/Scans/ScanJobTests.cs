using DarkSector.Reporting.Scans;
using DarkSector.Sampling.Distributed;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Reweighting;

namespace DarkSector.Reporting.Tests.Scans;

/// <summary>Where a scan's columns are computed (<see cref="ScanJob"/>): the part next to the first output, the checkpoint
/// opened (or refused) before the scan is built, deleted only when a resumed whole run completes.</summary>
public sealed class ScanJobTests : IDisposable
{
    private static readonly ModelFamily DarkPhoton = ModelFamilies.Get("dark-photon");

    private static readonly ScanRequest Slice = new()
    {
        Setup = null!, Family = DarkPhoton,
        X = AxisText.Slice("m-n:0.01:0.5:log:4", "--x", DarkPhoton), Y = AxisText.Slice("v-mu-n2:1e-9:1e-6:log:3", "--y", DarkPhoton),
    };

    private static readonly JobRequest Request = new("scan", ["t2k-nd280", "dark-photon", "--x", "m-n:0.01:0.5:log:4"]);

    private readonly string _folder = Directory.CreateTempSubdirectory("ds-scanjob-").FullName;

    public void Dispose() => Directory.Delete(_folder, true);

    private string Out => Path.Combine(_folder, "scan.json");

    [Fact]
    public void NewJob_StartsEmpty_WithItsPartNextToTheFirstOutput()
    {
        var job = new ScanJob(Slice, Request, Out, new Shard(1, 4));
        Assert.Equal(Out + ".shard-1-of-4", job.PartPath);
        Assert.Empty(job.Start.Units);
        Assert.Equal(FamilyScanColumns.CountFor(DarkPhoton, Slice.X, Slice.Y, fromSample: false), job.Start.UnitCount);
        Assert.Equal(new Shard(1, 4), job.Start.Shard);
        Assert.Equal(Out + ".shard-0-of-1", new ScanJob(Slice, Request, Out).PartPath);
    }

    [Fact]
    public void Resume_ContinuesItsOwnCheckpoint_AndRefusesAnotherJobs()
    {
        int columns = FamilyScanColumns.CountFor(DarkPhoton, Slice.X, Slice.Y, fromSample: false);
        string part = Out + ".shard-0-of-1";
        ShardPartFile.Write(ShardPart.Empty(Request, Shard.Whole, columns).With(0, [1, 2, 3]), part);
        var resumed = new ScanJob(Slice, Request, Out, resume: true);
        Assert.Equal([0], resumed.Start.Units.Keys);
        Assert.Empty(new ScanJob(Slice, Request, Out).Start.Units);   // without --resume the checkpoint is not read
        var other = new JobRequest("scan", ["t2k-nd280", "dark-photon", "--x", "m-n:0.01:0.4:log:4"]);
        Assert.StartsWith($"--resume: {part} belongs to another job", Assert.Throws<ArgumentException>(() => new ScanJob(Slice, other, Out, resume: true)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_DeletesTheCheckpointOfAResumedWholeRunOnly()
    {
        int columns = FamilyScanColumns.CountFor(DarkPhoton, Slice.X, Slice.Y, fromSample: false);
        string whole = Out + ".shard-0-of-1", shard = Out + ".shard-1-of-2";
        ShardPartFile.Write(ShardPart.Empty(Request, Shard.Whole, columns), whole);
        ShardPartFile.Write(ShardPart.Empty(Request, new Shard(1, 2), columns), shard);
        new ScanJob(Slice, Request, Out, new Shard(1, 2), resume: true).Complete();   // a shard's part is its output
        new ScanJob(Slice, Request, Out, merged: [[1]]).Complete();   // a merge does not resume
        new ScanJob(Slice, Request, Out).Complete();   // nor does a plain run
        Assert.True(File.Exists(whole) && File.Exists(shard));
        new ScanJob(Slice, Request, Out, resume: true).Complete();
        Assert.False(File.Exists(whole));
        Assert.True(File.Exists(shard));
    }

    [Fact]
    public void DefaultAnalysis_IsTheSavedSamplesOwn_AtItsExperimentOnly()
    {
        var sample = new JointSample(new JointSampleMetadata
        {
            ExperimentId = "t2k-nd280", AnalysisId = "fgd-ee", Family = "dark-photon", Axes = [new JointSampleAxis("m-n", 0.01, 0.5)],
            EventsPerPoint = 200, PointCount = 6, Seed = 3,
        }, new ReweightingEvents(1, 1));
        Assert.Equal("fgd-ee", ScanJob.DefaultAnalysis(sample, "t2k-nd280"));
        Assert.Null(ScanJob.DefaultAnalysis(sample, "miniboone"));
        Assert.Null(ScanJob.DefaultAnalysis(null, "t2k-nd280"));
    }
}
