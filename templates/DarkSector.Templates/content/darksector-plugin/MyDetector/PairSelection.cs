using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Randomness;

namespace MyDetector;

/// <summary>10% Gaussian energy resolution per lepton, E_ee &gt; 0.1 GeV, flat 50% efficiency; observable E_ee.</summary>
internal sealed class PairSelection : IEventSelection
{
    public VisibleEvent Smear(in VisibleEvent trueEvent, ref RandomStream random) => trueEvent with
    {
        First = Scale(trueEvent.First, 1 + 0.1 * Gaussian(ref random)),
        Second = Scale(trueEvent.Second, 1 + 0.1 * Gaussian(ref random)),
    };

    public double Efficiency(in VisibleEvent reconstructed) => reconstructed.Total.E > 0.1 ? 0.5 : 0.0;

    public double Observable(in VisibleEvent reconstructed) => reconstructed.Total.E;

    private static FourMomentum Scale(FourMomentum p, double s) => new(p.E * s, p.Px * s, p.Py * s, p.Pz * s);

    private static double Gaussian(ref RandomStream random)   // Box-Muller
    {
        double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
