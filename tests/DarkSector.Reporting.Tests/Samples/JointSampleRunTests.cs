using DarkSector.Reporting.Samples;
using DarkSector.Sampling.Distributed;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Reporting.Tests.Samples;

/// <summary>The joint-sample job's refusals (<see cref="JointSampleRun.CheckJob"/>): a requested precision regenerates the
/// whole sample, so it cannot be sharded or resumed.</summary>
public sealed class JointSampleRunTests
{
    [Theory]
    [InlineData(true, false, "--precision cannot be combined with --shard 1/3: a requested precision regenerates the whole sample")]
    [InlineData(false, true, "--precision cannot be combined with --resume: a requested precision regenerates the whole sample")]
    public void CheckJob_RefusesAPrecisionWithAShardOrResume(bool sharded, bool resume, string expected)
    {
        var e = Assert.Throws<ArgumentException>(() => JointSampleRun.CheckJob(sharded ? new Shard(1, 3) : null, resume, new PrecisionTarget(0.05)));
        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
        Assert.Equal("--precision", e.ParamName);
    }

    [Fact]
    public void CheckJob_AllowsEachAlone()
    {
        JointSampleRun.CheckJob(new Shard(1, 3), resume: true, precision: null);
        JointSampleRun.CheckJob(null, resume: false, new PrecisionTarget(0.05));
    }
}
