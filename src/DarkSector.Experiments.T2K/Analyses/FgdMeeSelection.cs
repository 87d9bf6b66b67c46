using DarkSector.Physics;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Randomness;

namespace DarkSector.Experiments.T2K.Analyses;

/// <summary>Analysis II as an <see cref="IEventSelection"/>: each lepton smeared by <see cref="MomentumSmearing"/>,
/// flat 10% efficiency for e⁺e⁻ vertices inside the FGD1 fiducial box, observable m_ee (GeV) of the smeared pair.
/// Immutable; thread-safe; allocation-free.</summary>
internal sealed class FgdMeeSelection(FiducialRegion region) : IEventSelection
{
    /// <summary>Flat efficiency of the photon-like selection (issue 8; AFH 2023).</summary>
    public const double FlatEfficiency = 0.10;

    /// <inheritdoc />
    public VisibleEvent Smear(in VisibleEvent trueEvent, ref RandomStream random)
    {
        if (!trueEvent.HasSecond) return trueEvent;
        double me = PhysicalConstants.ElectronMassGeV;
        var first = MomentumSmearing.Smear(trueEvent.First, me, Gaussian(ref random), Gaussian(ref random), Gaussian(ref random));
        var second = MomentumSmearing.Smear(trueEvent.Second, me, Gaussian(ref random), Gaussian(ref random), Gaussian(ref random));
        return trueEvent with { First = first, Second = second };
    }

    /// <inheritdoc />
    public double Efficiency(in VisibleEvent reconstructed) =>
        reconstructed.HasSecond && region.Contains(reconstructed.VertexCm) ? FlatEfficiency : 0.0;

    /// <inheritdoc />
    public double Observable(in VisibleEvent reconstructed) => reconstructed.Total.Mass;

    private static double Gaussian(ref RandomStream random)   // Box-Muller, one deviate per call
    {
        double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
