using System.Text.Json.Nodes;
using DarkSector.Reporting.Samples;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Reporting.Tests.Samples;

/// <summary>The report of <c>darksector sample</c> (<see cref="JointSampleReport"/>): its keys, and the precision block
/// that only a requested precision adds.</summary>
public sealed class JointSampleReportTests
{
    private static JointSampleReport Report(JointSamplePrecision? precision) => new()
    {
        File = "joint.dsev",
        Sample = new JointSample(new JointSampleMetadata
        {
            ExperimentId = "t2k-nd280", AnalysisId = "tpc-ee", Family = "dark-photon", Axes = [new JointSampleAxis("m-n", 0.1, 0.2)],
            FixedParameters = new Dictionary<string, double> { ["mzprime"] = 1.25 }, Seed = 1, EventsPerPoint = 1200, PointCount = 3,
        }, new ReweightingEvents(1, 1)),
        ExperimentName = "T2K ND280", Topology = SignalTopology.DecayInFiducial, Family = "dark-photon", Bytes = 64, Seconds = 1.5,
        Precision = precision,
    };

    [Fact] // without a requested precision the keys are the contract's and no precision block is written
    public void WithoutPrecision_KeepsTheContractsKeys()
    {
        var json = Report(null).ToJson();
        Assert.Equal(["file", "experiment", "analysis", "family", "axes", "fixed", "massPoints", "eventsPerPoint", "masses", "seed", "processes",
            "selectedEvents", "crossings", "bytes", "bytesPerEvent", "seconds"], json.Select(kv => kv.Key));
        var text = new StringWriter();
        Report(null).WriteText(text);
        Assert.DoesNotContain("precision", text.ToString(), StringComparison.Ordinal);
    }

    [Fact] // 2 of 3 points with signal reached 5% (the third selects nothing): reached, worst 0.04; one point at 8%: not reached
    public void Precision_StatesWhatWasReached()
    {
        var reached = new JointSamplePrecision(new PrecisionTarget(0.05) { MaxEvents = 5000 }, 1200, [0.03, double.PositiveInfinity, 0.04], 2);
        var block = Report(reached).ToJson()["precision"]!.AsObject();
        Assert.Equal((0.05, true, 0.04, 2, 2, 2, 5000), ((double)block["target"]!, (bool)block["reached"]!, (double)block["worst"]!,
            (int)block["pointsReached"]!, (int)block["pointsWithSignal"]!, (int)block["rounds"]!, (int)block["maxEventsPerPoint"]!));
        var missed = new JointSamplePrecision(new PrecisionTarget(0.05), 1200, [0.03, 0.08, 0.04], 3);
        Assert.False((bool)Report(missed).ToJson()["precision"]!["reached"]!);
        var text = new StringWriter();
        Report(missed).WriteText(text);
        Assert.Contains("precision: NOT reached 0.05 at 2 of 3 points with signal (worst 0.08) after 3 generation(s), 1200 events per point", text.ToString(), StringComparison.Ordinal);
    }
}
