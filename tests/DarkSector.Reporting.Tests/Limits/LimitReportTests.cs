using DarkSector.Reporting.Limits;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Reporting.Tests.Limits;

/// <summary>A limit's report names the setup it was computed with: experiment, analysis, data, seed and events.</summary>
public sealed class LimitReportTests
{
    [Fact]
    public void Of_TakesTheSetupsExperimentAnalysisDataSeedAndEvents()
    {
        var t2k = ExperimentCatalog.Discover().Get("t2k-nd280");
        var setup = AnalysisInference.For(t2k, null, new SimulationOptions { Events = 1234, Seed = 77 }, DataSet.Asimov);
        var report = LimitReport.Of(setup, null!, null!);
        Assert.Equal((t2k.Info.Name, t2k.Analyses[0].Id, true, 77UL, 1234), (report.ExperimentName, report.AnalysisId, report.IsAsimov, report.Seed, report.Events));
        Assert.False(LimitReport.Of(AnalysisInference.For(t2k, null, setup.Options), null!, null!).IsAsimov);
    }
}
