using DarkSector.Reporting.Scans;

namespace DarkSector.Reporting.Tests.Scans;

/// <summary>The --analysis list of a combined scan: none, one for all, or one per experiment with '-' for the default.</summary>
public sealed class CombinedScanAnalysisIdsTests
{
    [Fact]
    public void AnalysisIds_NoneOneOrOnePerExperiment()
    {
        Assert.Equal([null, null, null], CombinedScanRun.AnalysisIds(null, 3));
        Assert.Equal(["eqe", "eqe"], CombinedScanRun.AnalysisIds("eqe", 2));
        Assert.Equal([null, null], CombinedScanRun.AnalysisIds("-", 2));
        Assert.Equal(["eqe", null, "heavy"], CombinedScanRun.AnalysisIds("eqe, -,heavy", 3));
        var e = Assert.Throws<ArgumentException>(() => CombinedScanRun.AnalysisIds("a,b", 3));
        Assert.Equal("--analysis: give one analysis or one per experiment (3, '-' for the default); got 2", e.Message);
    }
}
