using DarkSector.Physics;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Tests.Generation;
using DarkSector.Sampling.Tests.IO;

namespace DarkSector.Sampling.Tests;

/// <summary>Requests whose arrays would exceed the memory available are refused before any work, with the estimate.</summary>
public sealed class MemoryGuardTests
{
    [Fact] // the limit is inclusive; above it the message names the request, the estimate and the limit
    public void Require_RefusesAboveTheLimitWithTheEstimate()
    {
        MemoryGuard.Require(1e9, "x", available: 1_000_000_000);
        var e = Assert.Throws<DarkSectorException>(() => MemoryGuard.Require(2.5e12, "scan: 10 points", available: 8_000_000_000));
        Assert.Equal("scan: 10 points would need about 2.5 TB of memory, more than the 8 GB available; ask for less", e.Message);
        Assert.Throws<DarkSectorException>(() => MemoryGuard.Require(double.PositiveInfinity, "x", available: long.MaxValue));
        Assert.Throws<DarkSectorException>(() => MemoryGuard.Require(double.NaN, "x", available: long.MaxValue));
        Assert.True(MemoryGuard.Available > 0);
    }

    [Theory] // decimal units, at most two decimals
    [InlineData(999, "999 bytes")]
    [InlineData(1000, "1 kB")]
    [InlineData(1.5e9, "1.5 GB")]
    [InlineData(3.21e8, "321 MB")]
    [InlineData(1.234e15, "1.23 PB")]
    public void Size_IsReadable(double bytes, string expected) => Assert.Equal(expected, MemoryGuard.Size(bytes));

    [Fact] // generation: the VEGAS points (d + 1 float64) and the event columns (171 B + 8 B per parameter) per event
    public void Generation_IsRefusedUpFront()
    {
        var generator = new EventGenerator(EventGeneratorTests.Flux, EventGeneratorTests.Model());
        var options = EventGeneratorTests.Options(1, events: 1_000_000);
        long perEvent = 8L * (generator.Dimension + 1) + EventSample.BytesPerEvent(0);
        generator.RequireMemory(options, available: 1_000_000 * perEvent);
        var e = Assert.Throws<DarkSectorException>(() => generator.RequireMemory(options, available: 1_000_000 * perEvent - 1));
        Assert.StartsWith($"1000000 events ({perEvent} bytes each) would need about ", e.Message);
        // int.MaxValue events do not fit in any machine this runs on (≈ 0.5 TB): refused before VEGAS starts.
        Assert.Throws<DarkSectorException>(() => generator.Generate(options with { Events = int.MaxValue }));
    }

    [Fact] // joint samples: 100 000 points × 10⁶ events, 100 B each: 10 TB
    public void JointSample_IsRefusedUpFront()
    {
        var metadata = JointSampleFileTests.Metadata() with { PointCount = 100_000, EventsPerPoint = 1_000_000 };
        var e = Assert.Throws<DarkSectorException>(() => JointSampleGenerator.RequireMemory(metadata));
        Assert.StartsWith("a joint sample of 100000 points × 1000000 events would need about 10 TB of memory", e.Message);
        JointSampleGenerator.RequireMemory(JointSampleFileTests.Metadata());
    }
}
