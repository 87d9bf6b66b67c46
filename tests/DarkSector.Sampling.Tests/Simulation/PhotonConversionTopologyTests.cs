using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Materials;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Randomness;
using DarkSector.Sampling.Simulation;
using DarkSector.Sampling.Weights;

namespace DarkSector.Sampling.Tests.Simulation;

public class PhotonConversionTopologyTests
{
    private const double SlabCm = 30;

    // a uniform water slab z ∈ [0, 30] cm (fiducial), nothing else
    private static Detector Slab() => new("slab",
        [new DetectorVolume("water", new Box(400, 400, SlabCm).Translate(new ThreeVector(0, 0, SlabCm / 2)), StandardMaterials.Water, VolumeRole.Fiducial | VolumeRole.Target)]);

    private static readonly FourMomentum Photon = new(1.0, 0, 0, 1.0);

    [Fact] // prompt decay (λ = 1e-9 cm) at the slab's front face, photon along the slab normal: every draw returns
           // 1 − exp(−L/λ_pair) to 1e-9 relative (the decay lies within ~1e-8 cm of the face), λ_pair = 9/7 X₀/ρ of water
    public void PromptDecayInSlab_ConvertsWithOneMinusExpOfLOverPairLength()
    {
        var detector = Slab();
        var conversion = new PhotonConversion(detector);
        double lambdaPair = RadiationLength.PairProductionLengthCm(StandardMaterials.Water);
        double expected = 1 - Math.Exp(-SlabCm / lambdaPair);
        var random = RandomStream.Create(3, 0);
        for (int i = 0; i < 20; i++)
        {
            double w = DetectorSimulation.ConversionWeight(detector, conversion, new Ray(ThreeVector.Zero, ThreeVector.UnitZ), 1e-9, Photon, ref random, out var vertex);
            Assert.Equal(expected, w, 1e-9 * expected);
            Assert.InRange(vertex.Z, 0, SlabCm);
        }
    }

    [Fact] // production at z = −D in vacuum, decay length λ: the mean weight is
           // (1 − e^(−D/λ))(1 − e^(−L/λp)) + ∫_D^(D+L) e^(−t/λ)/λ (1 − e^(−(D+L−t)/λp)) dt in closed form, i.e. decays
           // outside the fiducial volume whose photon converts inside count; 40000 draws, tolerance 4 standard errors
    public void DecayUpstream_ConversionInsideCounts_MeanMatchesClosedForm()
    {
        const double d = 50, lambda = 40, l = SlabCm;
        var detector = Slab();
        var conversion = new PhotonConversion(detector);
        double lp = RadiationLength.PairProductionLengthCm(StandardMaterials.Water);
        double k = 1 / lambda - 1 / lp;
        double inVacuum = (1 - Math.Exp(-d / lambda)) * (1 - Math.Exp(-l / lp));
        double inSlab = Math.Exp(-d / lambda) - Math.Exp(-(d + l) / lambda)
                        - Math.Exp(-(d + l) / lp) / lambda * (Math.Exp(-d * k) - Math.Exp(-(d + l) * k)) / k;
        double expected = inVacuum + inSlab;
        var random = RandomStream.Create(5, 0);
        const int n = 40_000;
        double sum = 0, sum2 = 0;
        int upstream = 0;
        for (int i = 0; i < n; i++)
        {
            double w = DetectorSimulation.ConversionWeight(detector, conversion, new Ray(new ThreeVector(0, 0, -d), ThreeVector.UnitZ), lambda, Photon, ref random, out var vertex);
            sum += w; sum2 += w * w;
            Assert.InRange(vertex.Z, 0, l);
            if (w > 0) upstream++;
        }
        double mean = sum / n, error = Math.Sqrt((sum2 / n - mean * mean) / n);
        Assert.Equal(expected, mean, 4 * error);
        Assert.True(inVacuum > 0.5 * expected);   // the configuration really tests decays outside the fiducial volume
    }

    [Fact] // N produced upstream in vacuum flying away from the slab, photon along its flight: it can never convert in
           // the slab, weight 0 (exact)
    public void PhotonMissingTheFiducialVolume_HasZeroWeight()
    {
        var detector = Slab();
        var random = RandomStream.Create(1, 0);
        double w = DetectorSimulation.ConversionWeight(detector, new PhotonConversion(detector), new Ray(new ThreeVector(0, 0, -10), -ThreeVector.UnitZ), 10,
            new FourMomentum(1, 0, 0, -1), ref random, out _);
        Assert.Equal(0, w);
    }
}
