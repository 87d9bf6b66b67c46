using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Materials;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Randomness;
using DarkSector.Sampling.Simulation;
using DarkSector.Sampling.Weights;

namespace DarkSector.Sampling.Tests.Simulation;

public class ConversionReweightingTests
{
    // lead slab z ∈ [0, 2] cm (target), polystyrene z ∈ [20, 120] cm (fiducial), iron z ∈ [130, 135] cm; vacuum between
    private static Detector Toy() => new("toy",
    [
        new DetectorVolume("lead", new Box(400, 400, 2).Translate(new ThreeVector(0, 0, 1)), StandardMaterials.Lead, VolumeRole.Target),
        new DetectorVolume("scintillator", new Box(400, 400, 100).Translate(new ThreeVector(0, 0, 70)), StandardMaterials.Polystyrene, VolumeRole.Fiducial | VolumeRole.Target),
        new DetectorVolume("iron", new Box(400, 400, 5).Translate(new ThreeVector(0, 0, 132.5)), StandardMaterials.Iron, VolumeRole.Target),
    ]);

    [Theory] // the segments reproduce ε ∫₀^T e^(−s/λ)/λ P_conv(s) ds — P_conv from PhotonConversion.Probability on a
             // 40000-interval Simpson grid, an independent quadrature — for decay lengths from 0.3 cm (decays in the lead)
             // to 1e5 cm (flat), N produced at z = −30 cm, photon tilted 0.05 rad (and 1.2 rad); tolerance: the documented bound
             // 0.01 ε P_decay(λ) (P_conv varies by at most 0.01 within a segment) plus 1e-6
    [InlineData(0.3, 0.05)]
    [InlineData(5.0, 0.05)]
    [InlineData(60.0, 0.05)]
    [InlineData(1e5, 0.05)]
    [InlineData(60.0, 1.2)]   // photon at 69°: leaves the 400 cm wide scintillator sideways, P_conv depends on where it starts
    public void Segments_ReproduceTheConversionIntegral_AtEveryDecayLength(double lambda, double tilt)
    {
        var detector = Toy();
        var conversion = new PhotonConversion(detector);
        var flight = new Ray(new ThreeVector(0, 0, -30), ThreeVector.UnitZ);
        var photon = new ThreeVector(Math.Sin(tilt), 0, Math.Cos(tilt));
        const double efficiency = 0.8;
        var segments = new RaySegment[DetectorSimulation.MaxConversionSegments];
        var values = new float[DetectorSimulation.MaxConversionSegments];
        int n = DetectorSimulation.ConversionSegments(detector, conversion, flight, photon, efficiency, new VolumeSegment[detector.MaxSegments], segments, values);
        Assert.InRange(n, 2, DetectorSimulation.MaxConversionSegments - 1);

        double reweighted = 0;
        for (int k = 0; k < n; k++)
            reweighted += values[k] * (Math.Exp(-segments[k].Entry / lambda) - Math.Exp(-segments[k].Exit / lambda));

        const double end = 165;   // last exit of the flight: the iron's downstream face at z = 135
        const int steps = 40_000;
        double h = end / steps, integral = 0;
        for (int i = 0; i <= steps; i++)
        {
            double s = i * h, f = Math.Exp(-s / lambda) / lambda * conversion.Probability(new Ray(flight.PointAt(s), photon));
            integral += f * (i == 0 || i == steps ? 1 : i % 2 == 1 ? 4 : 2);
        }
        double exact = efficiency * integral * h / 3, pDecay = 1 - Math.Exp(-end / lambda);
        Assert.True(exact > 1e-3 * pDecay, "the configuration must convert");
        Assert.Equal(exact, reweighted, 0.01 * efficiency * pDecay + 1e-6);
    }

    [Fact] // the mean of ConversionWeight (the simulation's draw: decay point, then conversion) over 40000 draws equals the
           // segments' value at the same λ = 40 cm within 4 standard errors plus the 0.01 P_decay quadrature bound
    public void Segments_AreTheMeanOfTheSimulatedConversionWeight()
    {
        var detector = Toy();
        var conversion = new PhotonConversion(detector);
        var flight = new Ray(new ThreeVector(0, 0, -30), ThreeVector.UnitZ);
        var photon = new FourMomentum(2, 2 * Math.Sin(0.05), 0, 2 * Math.Cos(0.05));
        const double lambda = 40;
        var segments = new RaySegment[DetectorSimulation.MaxConversionSegments];
        var values = new float[DetectorSimulation.MaxConversionSegments];
        int n = DetectorSimulation.ConversionSegments(detector, conversion, flight, photon.P3 / photon.P, 1, new VolumeSegment[detector.MaxSegments], segments, values);
        double reweighted = 0;
        for (int k = 0; k < n; k++)
            reweighted += values[k] * (Math.Exp(-segments[k].Entry / lambda) - Math.Exp(-segments[k].Exit / lambda));
        var random = RandomStream.Create(9, 0);
        const int draws = 40_000;
        double sum = 0, sum2 = 0;
        for (int i = 0; i < draws; i++)
        {
            double w = DetectorSimulation.ConversionWeight(detector, conversion, flight, lambda, photon, ref random, out _);
            sum += w; sum2 += w * w;
        }
        double mean = sum / draws, error = Math.Sqrt((sum2 / draws - mean * mean) / draws);
        Assert.Equal(mean, reweighted, 4 * error + 0.01 * (1 - Math.Exp(-165 / lambda)));
    }
}
