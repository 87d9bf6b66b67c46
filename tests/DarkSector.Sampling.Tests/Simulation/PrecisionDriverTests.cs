using DarkSector.Sampling.Simulation;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;

namespace DarkSector.Sampling.Tests.Simulation;

public class PrecisionDriverTests
{
    [Property] // the next sample at least doubles, aims at N (r/target)^2 (1.2 margin) and never exceeds the budget
    public Property NextEvents_GrowsTowardTheTargetWithinTheBudget() =>
        Prop.ForAll(Arb.From(Gen.Choose(100, 1_000_000)), Arb.From(Gen.Choose(1, 1000).Select(i => i / 100.0)), Arb.From(Gen.Choose(1, 50).Select(i => i / 100.0)),
            (events, relative, targetError) =>
            {
                var target = new PrecisionTarget(targetError) { MaxEvents = 2_000_000 };
                int next = DetectorSimulation.NextEvents(events, relative, target);
                double wanted = events * Math.Pow(relative / targetError, 2) * 1.2;
                return next <= target.MaxEvents && (next == target.MaxEvents || (next >= 2 * events && next >= Math.Floor(wanted)));
            });

    [Theory] // the target and the budget name themselves and their ranges
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Target_OutsideZeroOne_Throws(double relativeError)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new PrecisionTarget(relativeError));
        Assert.Contains("RelativeError", e.Message);
    }

    [Fact]
    public void Budget_BelowHundredEvents_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new PrecisionTarget(0.1) { MaxEvents = 10 });
        Assert.Contains("MaxEvents", e.Message);
    }

    [Theory] // an optional request: none is null; one in (0, 1) is a target; anything else names the input, its value and the range
    [InlineData(0.05, null)]
    [InlineData(0.0, "--precision = 0 must be in (0, 1)")]
    [InlineData(1.0, "--precision = 1 must be in (0, 1)")]
    [InlineData(-0.5, "--precision = -0.5 must be in (0, 1)")]
    [InlineData(double.NaN, "--precision = NaN must be in (0, 1)")]
    public void PrecisionTarget_Of_ChecksAnOptionalRequest(double value, string? error)
    {
        Assert.Null(PrecisionTarget.Of(null, "--precision"));
        if (error is null)
        {
            Assert.Equal(value, PrecisionTarget.Of(value, "--precision")!.RelativeError);
            return;
        }
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => PrecisionTarget.Of(value, "--precision"));
        Assert.StartsWith(error, e.Message, StringComparison.Ordinal);
        Assert.Equal("--precision", e.ParamName);
    }
}
