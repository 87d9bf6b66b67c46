using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Experiments.Tests.Inference;

/// <summary>A joint sample grown to a requested precision (<see cref="JointSampleGenerator.GenerateToPrecision"/>, issue
/// 20's <c>sample --precision</c>) on the real T2K ND280 plugin: it stops by its rule (target reached or budget), and the
/// grown sample is the plain sample at the final events per point, bit for bit.</summary>
public sealed class JointSamplePrecisionTests
{
    private const double MZ = 1.25, Epsilon2 = 4.6e-4;

    private static readonly IExperiment Nd280 = ExperimentCatalog.Discover().Get("t2k-nd280");

    private static JointSampleMetadata Metadata(int events) => new()
    {
        ExperimentId = Nd280.Info.Id,
        AnalysisId = Nd280.Analyses[0].Id,
        Family = "dark-photon",
        Axes = [new JointSampleAxis("m-n", 0.13, 0.2)],
        FixedParameters = new Dictionary<string, double> { ["mzprime"] = MZ, ["v-mu-n2"] = 2.2e-7, ["epsilon2"] = Epsilon2, ["alpha-d"] = 0.4, ["v-n2"] = 1 },
        Seed = 5,
        EventsPerPoint = events,
        PointCount = 4,
    };

    private static DarkPhotonSignal Model(double[] theta) =>
        new(DarkPhotonModel.SingleHnl(theta[0], MZ, Math.Sqrt(Epsilon2), 0.4, vertexMu2: 2.2e-7, decayVertex2: 1));

    [Fact] // 300 events per point do not reach 15%: the sample grows, stops at the target or the 4,000-event budget, and
           // equals the plain sample generated at its final events per point
    public void GrownSample_StopsByItsRuleAndEqualsThePlainSample()
    {
        var target = new PrecisionTarget(0.15) { MaxEvents = 4000 };
        var grown = JointSampleGenerator.GenerateToPrecision(Nd280, Nd280.Analyses[0], Metadata(300), Model, target, out var precision);
        Assert.True(precision.Rounds >= 2, $"the start already reached {precision.Worst:P1}: the test would judge nothing");
        Assert.Equal(4, precision.PointErrors.Count);
        Assert.Equal(precision.EventsPerPoint, grown.Metadata.EventsPerPoint);
        Assert.True(precision.Worst <= 0.15 || precision.EventsPerPoint >= 4000, $"stopped at {precision.EventsPerPoint} events with {precision.Worst:P1}");
        Assert.Equal(precision.PointsReached == precision.PointsWithSignal && precision.PointsWithSignal > 0, precision.Reached);
        var plain = JointSampleGenerator.Generate(Nd280, Nd280.Analyses[0], Metadata(precision.EventsPerPoint), Model);
        Assert.Equal(JointSampleFile.ToBytes(plain), JointSampleFile.ToBytes(grown));
    }

    [Fact] // a target the start already meets: one generation, the start's events, every point with signal reached
    public void MetTarget_GeneratesOnce()
    {
        JointSampleGenerator.GenerateToPrecision(Nd280, Nd280.Analyses[0], Metadata(300), Model, new PrecisionTarget(0.999), out var precision);
        Assert.Equal((1, 300), (precision.Rounds, precision.EventsPerPoint));
        Assert.True(precision.Reached);
        Assert.All(precision.PointErrors, r => Assert.True(r > 0 && r <= 0.999, $"point error {r}"));
    }
}
