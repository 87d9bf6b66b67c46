using DarkSector.Sampling.Inference;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Tests.IO;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DarkSector.Sampling.Tests.Reweighting;

/// <summary>The placement of a joint sample's mass points (<see cref="MassPlacement"/>): the adaptive design's pilot, its
/// density against the closed form, its storage in the file, and the names the CLI reads.</summary>
public sealed class MassPlacementTests
{
    private static JointSampleMetadata Adaptive(params double[] coefficients) => JointSampleFileTests.Metadata() with
    {
        PointCount = 2400,
        Placement = MassPlacement.Adaptive,
        PlacementCoefficients = coefficients,
    };

    [Fact] // the pilot is the discrete design's first quarter (at least 4(d + 1) points), point for point
    public void Pilot_IsTheDiscreteDesignsFirstPoints()
    {
        var adaptive = Adaptive(0, 0, 0, -10, 0, 0);
        var discrete = adaptive with { Placement = MassPlacement.Discrete, PlacementCoefficients = [] };
        Assert.Equal(600, JointSampleGenerator.PilotPoints(adaptive));
        Assert.Equal(12, JointSampleGenerator.PilotPoints(adaptive with { PointCount = 20 }));
        Assert.Equal(5, JointSampleGenerator.PilotPoints(adaptive with { PointCount = 5 }));
        for (int p = 0; p < 600; p += 37)
            Assert.Equal(JointSampleGenerator.MassPoint(discrete, p), JointSampleGenerator.MassPoint(adaptive, p));
        // after the pilot a point differs from the discrete one where the rejection sampling turned its first proposal
        // down: with acceptance ∫g/g_max = 4.54/8.07 = 0.56 that is ~44% of them (at least 30 of 100, 4σ below)
        int moved = Enumerable.Range(600, 100).Count(p => !JointSampleGenerator.MassPoint(discrete, p).SequenceEqual(JointSampleGenerator.MassPoint(adaptive, p)));
        Assert.InRange(moved, 30, 100);
    }

    [Fact] // ln Y = −10 t₀² has |∇ ln Y| = 20 t₀, so the points after the pilot follow g(t) ∝ 1 + 20 t₀/(2√2) (below the
           // clamp at 10 g_min): the fraction with t₀ > ½ is (½ + 7.071·3/8)/(1 + 7.071/2) = 0.6948, and along t₁ they are
           // uniform (fraction ½); 1 800 points: binomial σ ≈ 0.011, judged at 4σ
    public void AdaptivePoints_FollowTheGradientDensity()
    {
        var m = Adaptive(0, 0, 0, -10, 0, 0);
        int pilot = JointSampleGenerator.PilotPoints(m), upper0 = 0, upper1 = 0, n = m.PointCount - pilot;
        for (int p = pilot; p < m.PointCount; p++)
        {
            var theta = JointSampleGenerator.MassPoint(m, p);
            if (Math.Log(theta[0] / m.Axes[0].Minimum) / m.Axes[0].LogWidth > 0.5) upper0++;
            if (Math.Log(theta[1] / m.Axes[1].Minimum) / m.Axes[1].LogWidth > 0.5) upper1++;
        }
        double g = 20 / (2 * Math.Sqrt(2)), expected = (0.5 + g * 3 / 8) / (1 + g / 2);
        double sigma = Math.Sqrt(expected * (1 - expected) / n);
        Assert.InRange(upper0 / (double)n, expected - 4 * sigma, expected + 4 * sigma);
        Assert.InRange(upper1 / (double)n, 0.5 - 4 * 0.0118, 0.5 + 4 * 0.0118);
    }

    [Fact] // the density is clamped to 10× its minimum over the box: g(0)/g(1) for ln Y = −100 t₀² would be 1/71.7
    public void AdaptiveDensity_IsClampedToTenTimesItsMinimum()
    {
        var m = Adaptive(0, 0, 0, -100, 0, 0);
        Assert.Equal(1, JointSampleGenerator.AdaptiveDensity(m, [0, 0.3]), 12);
        Assert.Equal(10, JointSampleGenerator.AdaptiveDensity(m, [1, 0.3]), 12);
        Assert.Equal(1 + 100 * 0.05 / Math.Sqrt(2), JointSampleGenerator.AdaptiveDensity(m, [0.05, 0.9]), 12);
    }

    [Property] // whatever the fitted coefficients, every adaptive point lies in the box and is reproducible
    public Property AdaptivePoints_StayInTheBox() => Prop.ForAll(
        Gen.Choose(-3000, 3000).Select(x => x / 100.0).ArrayOf(6).ToArbitrary(), Gen.Choose(600, 2399).ToArbitrary(),
        (c, p) =>
        {
            var m = Adaptive(c);
            var theta = JointSampleGenerator.MassPoint(m, p);
            return m.Axes[0].Contains(theta[0]) && m.Axes[1].Contains(theta[1]) && theta.SequenceEqual(JointSampleGenerator.MassPoint(m, p));
        });

    [Fact] // the design density relative to the prior: 1 for discrete and continuous; for the adaptive design
           // f + (1 − f) g/∫g with f = 600/2400 and, for ln Y = −10 t₀² (no clamp: g ranges over 1 … 8.07),
           // ∫g = 1 + 20/(2√2)/2 = 4.5355 in closed form; its mean over the box is 1 (a density)
    public void DesignDensity_IsTheMixtureOfPilotAndGradientDensity()
    {
        var m = Adaptive(0, 0, 0, -10, 0, 0);
        var density = JointSampleGenerator.DesignDensity(m);
        double g = 20 / (2 * Math.Sqrt(2)), integral = 1 + g / 2;
        double[] At(double t0, double t1) => [m.Axes[0].Minimum * Math.Exp(m.Axes[0].LogWidth * t0), m.Axes[1].Minimum * Math.Exp(m.Axes[1].LogWidth * t1)];
        Assert.Equal(0.25 + 0.75 * 1 / integral, density(At(0, 0.4)), 1e-9);
        Assert.Equal(0.25 + 0.75 * (1 + g * 0.7) / integral, density(At(0.7, 0.1)), 1e-9);
        double mean = 0;
        for (int i = 0; i < 1000; i++) mean += density(At((i + 0.5) / 1000, 0.5)) / 1000;
        Assert.Equal(1, mean, 1e-6);
        Assert.Equal(1, JointSampleGenerator.DesignDensity(m with { Placement = MassPlacement.Discrete, PlacementCoefficients = [] })(At(0.7, 0.1)));
        Assert.Throws<ArgumentException>(() => JointSampleGenerator.DesignDensity(Adaptive()));
    }

    [Fact] // a point after the pilot cannot be placed before the pilot's fit is in the metadata
    public void AdaptivePoint_WithoutThePilotsFit_IsRefused()
    {
        var m = Adaptive();
        Assert.Equal(JointSampleGenerator.MassPoint(JointSampleFileTests.Metadata() with { PointCount = 2400 }, 5), JointSampleGenerator.MassPoint(m, 5));
        var e = Assert.Throws<ArgumentException>(() => JointSampleGenerator.MassPoint(m, 600));
        Assert.Contains("generate the pilot points 0 to 599 first", e.Message);
    }

    [Fact] // the placement and its coefficients are stored in the file and read back exactly
    public void Placement_RoundTripsThroughTheFile()
    {
        var sample = JointSampleFileTests.RandomSample(3, 50);
        var metadata = sample.Metadata with { Placement = MassPlacement.Adaptive, PlacementCoefficients = [1.5, -2, 0.25, -10, 1e-300, 3] };
        using var stream = new MemoryStream();
        JointSampleFile.Write(new JointSample(metadata, sample.Events), stream);
        stream.Position = 0;
        var read = JointSampleFile.Read(stream);
        Assert.Equal(metadata, read.Metadata);
        Assert.Equal(MassPlacement.Adaptive, read.Metadata.Placement);
        Assert.NotEqual(metadata with { PlacementCoefficients = [1.5, -2, 0.25, -10, 0, 3] }, read.Metadata);
    }

    [Fact] // the names sample --masses reads, and a wrong one named with the allowed ones
    public void PlacementNames_ParseAndPrint()
    {
        foreach (var placement in Enum.GetValues<MassPlacement>())
            Assert.Equal(placement, JointSamplePrediction.ParsePlacement(JointSamplePrediction.PlacementName(placement), "--masses"));
        var e = Assert.Throws<ArgumentException>(() => JointSamplePrediction.ParsePlacement("grid", "--masses"));
        Assert.Equal("--masses = 'grid' is not a placement; allowed: discrete, continuous, adaptive", e.Message);
    }

    [Fact] // the VEGAS adaptation of a continuous batch scales with its events (never below 200 and 500 evaluations)
    public void ContinuousVegas_ScalesWithTheEvents()
    {
        var small = JointSampleGenerator.ContinuousVegas(100);
        Assert.Equal((2, 200, 2, 500), (small.WarmupIterations, small.WarmupEvaluations, small.Iterations, small.Evaluations));
        var large = JointSampleGenerator.ContinuousVegas(3000);
        Assert.Equal((1500, 6000), (large.WarmupEvaluations, large.Evaluations));
    }
}
