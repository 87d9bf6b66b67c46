using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Materials;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Tests.Geometry;
using DarkSector.Sampling.Weights;

namespace DarkSector.Sampling.Tests.Weights;

public class LineOfSightTests
{
    // Two slabs along z: dirt (soil-like, SiO2 at 2.25 g/cm³) from z = 0 to 500, a water target from 800 to 900 (fiducial).
    private static readonly Material Dirt = Material.FromAtomCounts("soil", 2.25, ("Si28", 1), ("O16", 2));
    private static readonly Detector Slabs = new("slabs",
    [
        new DetectorVolume("target", Nd280LikeDetector.Placed(400, 400, 100, 800), StandardMaterials.Water, VolumeRole.Target | VolumeRole.Fiducial),
        new DetectorVolume("dirt", Nd280LikeDetector.Placed(1000, 1000, 500, 0), Dirt, VolumeRole.Dirt),
    ]);

    private static readonly Ray Axis = new(new ThreeVector(0, 0, -50), ThreeVector.UnitZ);

    [Fact] // N_col = n_dirt·500 + n_water·100 for O16 (both hold oxygen), 1e-12 relative; Detector agrees
    public void ColumnDensity_IsDensityTimesPathSummedOverVolumes()
    {
        var oxygen = Nuclei.Get("O16");
        var placement = new VertexPlacement(Slabs, oxygen);
        double expected = Dirt.TargetsPerCm3(oxygen) * 500 + StandardMaterials.Water.TargetsPerCm3(oxygen) * 100;
        Assert.Equal(expected, placement.ColumnDensityPerCm2(Axis), 1e-12 * expected);
        Assert.Equal(expected, Slabs.TargetColumnDensityPerCm2(Axis, oxygen), 1e-12 * expected);
        // Restricted to the target role: only the water.
        Assert.Equal(StandardMaterials.Water.TargetsPerCm3(oxygen) * 100, new VertexPlacement(Slabs, oxygen, VolumeRole.Target).ColumnDensityPerCm2(Axis), 1e-3);
    }

    [Fact] // the share of vertices in the dirt is n_d L_d / N_col within 5 sigma (binomial, 20 000 draws); positions inside their volume; density n/N_col
    public void Vertices_AreDistributedAsDensityTimesPath()
    {
        var oxygen = Nuclei.Get("O16");
        var placement = new VertexPlacement(Slabs, oxygen);
        double dirtShare = Dirt.TargetsPerCm3(oxygen) * 500 / placement.ColumnDensityPerCm2(Axis);
        var rng = new System.Random(5);
        const int n = 20_000;
        int inDirt = 0;
        double sumZ = 0;
        for (int i = 0; i < n; i++)
        {
            Assert.True(placement.TrySample(Axis, rng.NextDouble(), out var v));
            Assert.Equal(Slabs.Locate(v.PositionCm), v.Volume);
            Assert.Equal(placement.DensityPerCm3(v.Volume) / v.ColumnDensityPerCm2, v.ProbabilityDensityPerCm, 1e-15);
            if (v.Volume == 1) { inDirt++; sumZ += v.PositionCm.Z; }
        }
        double f = (double)inDirt / n;
        Assert.True(Math.Abs(f - dirtShare) < 5 * Math.Sqrt(dirtShare * (1 - dirtShare) / n), $"{f} vs {dirtShare}");
        Assert.Equal(250, sumZ / inDirt, 5 * 500 / Math.Sqrt(12 * inDirt));   // uniform in the dirt slab: mean 250, 5 sigma
    }

    [Fact] // a line that misses everything cannot host a vertex
    public void Vertices_NeedMatter() =>
        Assert.False(new VertexPlacement(Slabs, Nuclei.Get("O16")).TrySample(new Ray(new ThreeVector(5000, 0, 0), ThreeVector.UnitZ), 0.3, out _));

    [Fact] // decay from a vertex in the dirt at z = 100: exp(−700/λ) − exp(−800/λ); 1e-12 relative
    public void DecayInDetector_IncludesSurvivalFromTheDirt()
    {
        var flight = new Ray(new ThreeVector(0, 0, 100), ThreeVector.UnitZ);
        foreach (double lambda in new[] { 50.0, 1000.0, 1e6 })
        {
            double exact = Math.Exp(-700 / lambda) - Math.Exp(-800 / lambda);
            Assert.Equal(exact, DecayInVolume.Probability(Slabs, flight, lambda), 1e-12 * exact);
        }
        Assert.True(DecayInVolume.TrySampleDistance(Slabs, flight, 300, 0.5, out double t));
        Assert.InRange(t, 700, 800);
    }

    [Fact] // photon from z = 100 through 400 cm of dirt then 100 cm of water (fiducial): exp(−400/λd)(1 − exp(−100/λw)); 1e-12
    public void PhotonConversion_AttenuatesThroughUpstreamMaterial()
    {
        var conversion = new PhotonConversion(Slabs);
        double lw = 9.0 / 7.0 * RadiationLength.OfMaterialCm(StandardMaterials.Water);
        double ld = 9.0 / 7.0 * RadiationLength.OfMaterialCm(Dirt);
        Assert.Equal(lw, conversion.PairProductionLengthCm(0), 1e-12 * lw);
        var photon = new Ray(new ThreeVector(0, 0, 100), ThreeVector.UnitZ);
        double exact = Math.Exp(-400 / ld) * (1 - Math.Exp(-100 / lw));
        Assert.Equal(exact, conversion.Probability(photon), 1e-12 * exact);

        // Conversion points in the water follow exp(−t/λw) truncated to 100 cm: mean within 5 sigma (20 000 draws).
        var rng = new System.Random(11);
        const int n = 20_000;
        double sum = 0, sum2 = 0;
        for (int i = 0; i < n; i++)
        {
            Assert.True(conversion.TrySample(photon, rng.NextDouble(), out var c));
            Assert.Equal(0, c.Volume);
            double depth = c.PositionCm.Z - 800;
            sum += depth; sum2 += depth * depth;
        }
        double mean = sum / n, sigma = Math.Sqrt((sum2 / n - mean * mean) / n);
        double ea = 1, eb = Math.Exp(-100 / lw);
        double expected = (lw * ea - (100 + lw) * eb) / (ea - eb);   // ∫ t e^{−t/λ} / ∫ e^{−t/λ} on [0, 100]
        Assert.True(Math.Abs(mean - expected) < 5 * sigma, $"{mean} ± {sigma} vs {expected}");
    }
}
