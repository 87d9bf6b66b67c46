using System.Text.Json;
using Xunit;

namespace DarkSector.Cli.Tests.Commands.Recast;

public sealed class Liu2025RecastCommandTests
{
    [Fact]
    public void AsIsStep_PrintsPublishedAndReproducedCounts_WithTheirThreshold()
    {
        var r = CliRunner.Run("recast", "t2k-liu2025", "--step", "asis", "--point", "0.3419952,2.154435e-6", "--json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        Assert.Equal(1.63062, doc.RootElement.GetProperty("threshold").GetDouble(), 1e-5);
        var row = doc.RootElement.GetProperty("rows")[0];
        Assert.Equal("asis", row.GetProperty("step").GetString());
        Assert.Equal(1.0772175e-6, row.GetProperty("dGeVm1").GetDouble(), 1e-12);
        // Published sum of stats/signal_strengths_nd280.csv at grid index 66 (OGTPC1..3): 490.517946 + 517.175564 + 540.644011.
        Assert.Equal(1548.337521, row.GetProperty("publishedTotal").GetDouble(), 1e-6);
        // The reproduction claim of docs/t2k-dipole-recast.md: within a factor 1.5 of the published sum.
        Assert.InRange(row.GetProperty("total").GetDouble() / 1548.337521, 1 / 1.5, 1.5);
    }

    [Fact]
    public void BadPoint_IsOneLineNamingTheOption_Exit2()
    {
        var r = CliRunner.Run("recast", "t2k-liu2025", "--point", "0.3");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--point", r.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', r.Error.Trim());
    }
}
