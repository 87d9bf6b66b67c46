using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Randomness;

namespace DarkSector.Testing;

/// <summary>True visible events for the selection checks: vertices inside a fiducial solid, forward-going e⁺e⁻ pairs
/// (a decay in the fiducial volume) or single photons (a photon conversion), 20 MeV to 2 GeV each.</summary>
internal static class SyntheticEvents
{
    private const double ElectronMassGeV = 0.51099895e-3;   // PDG 2024

    /// <summary><paramref name="count"/> events with vertices in <paramref name="fiducial"/> (seeded, reproducible).</summary>
    public static IReadOnlyList<VisibleEvent> In(Solid fiducial, SignalTopology topology, int count, ulong seed)
    {
        var random = RandomStream.Create(seed, 0);
        var box = fiducial.Bounds;
        var events = new List<VisibleEvent>(count);
        for (int attempts = 0; events.Count < count && attempts < 1000 * count; attempts++)
        {
            var vertex = new ThreeVector(Between(box.Min.X, box.Max.X, ref random), Between(box.Min.Y, box.Max.Y, ref random), Between(box.Min.Z, box.Max.Z, ref random));
            if (!fiducial.Contains(vertex)) continue;
            var first = Particle(topology == SignalTopology.PhotonConversionInFiducial ? 0 : ElectronMassGeV, ref random);
            var second = topology == SignalTopology.PhotonConversionInFiducial ? default : Particle(ElectronMassGeV, ref random);
            var parent = first + second + new FourMomentum(0.1, 0, 0, 0.1);
            events.Add(new VisibleEvent(first, second, vertex, parent));
        }
        if (events.Count < count) throw new InvalidOperationException($"no point of the fiducial solid found in its bounding box ({events.Count} of {count})");
        return events;
    }

    private static FourMomentum Particle(double massGeV, ref RandomStream random)
    {
        double momentum = Math.Exp(Math.Log(0.02) + random.NextDouble() * (Math.Log(2.0) - Math.Log(0.02)));
        double cosTheta = 1 - 0.06 * random.NextDouble(), phi = 2 * Math.PI * random.NextDouble();   // within ~20 degrees of the beam
        double sinTheta = Math.Sqrt(1 - cosTheta * cosTheta);
        return FourMomentum.FromMassAndMomentum(massGeV, new ThreeVector(momentum * sinTheta * Math.Cos(phi), momentum * sinTheta * Math.Sin(phi), momentum * cosTheta));
    }

    private static double Between(double low, double high, ref RandomStream random) => low + random.NextDouble() * (high - low);
}
