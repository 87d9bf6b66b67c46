using DarkSector.Reporting.Scans;
using DarkSector.Sampling.Inference;

namespace DarkSector.Reporting.Tests.Scans;

/// <summary>The --analysis list of a combined scan (none, one for all, or one per experiment with '-' for the default) and its layers.</summary>
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

    [Fact] // each layer: its experiment's setup for its analysis, its own confidence level, no regions (those are the combination's)
    public void Requests_GiveEachExperimentItsSetupAndItsOwnConfidenceLevel()
    {
        var family = ModelFamilies.Get("dark-photon");
        var slice = new ScanRequest
        {
            Setup = null!, Family = family, ConfidenceLevel = 0.95, Sigmas = [1, 2],
            X = AxisText.Slice("m-n:0.01:0.5:log:3", "--x", family), Y = AxisText.Slice("mzprime:0.1:2:log:3", "--y", family),
        };
        var asked = new List<(string, string?)>();
        var layers = CombinedScanRun.Requests(slice, ["miniboone", "t2k-nd280"], "eqe,-", (id, analysis) => { asked.Add((id, analysis)); return null!; });
        Assert.Equal([("miniboone", "eqe"), ("t2k-nd280", null)], asked);
        Assert.Equal(["miniboone", "t2k-nd280"], layers.Select(l => l.Id));
        Assert.All(layers, l => Assert.True(l.Request.ConfidenceLevel is null && l.Request.Sigmas is null && l.Request.X == slice.X && l.Request.Family == family));
        Assert.Throws<ArgumentException>(() => CombinedScanRun.Requests(slice, ["miniboone", "t2k-nd280"], "a,b,c", (_, _) => null!));
    }
}
