using DarkSector.Experiments.MINERvA.Analyses;
using DarkSector.Physics;
using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Randomness;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;

namespace DarkSector.Experiments.Tests.MINERvA;

public class NueShowerSelectionTests
{
    private static readonly NueShowerSelection Fhc = new(0.93);

    private static VisibleEvent Photon(double e, double theta) =>
        new(new FourMomentum(e, e * Math.Sin(theta), 0, e * Math.Cos(theta)), default, new ThreeVector(0, 0, 300), default);

    [Fact] // energy smearing: mean E'/E = 1 and spread σ = 5.9%/√E + 3.4% at E = 2 GeV (0.0757); angular tilt RMS 0.7°;
           // 40000 draws, tolerances 3% of σ for the mean and 3% relative for the widths (statistical error ~0.4%)
    public void Smearing_HasThePublishedResolutions()
    {
        var random = RandomStream.Create(11, 0);
        const int n = 40_000;
        double sigma = 0.059 / Math.Sqrt(2) + 0.034, s1 = 0, s2 = 0, t2 = 0;
        for (int i = 0; i < n; i++)
        {
            var r = Fhc.Smear(Photon(2, 0), ref random);
            double x = r.First.E / 2 - 1;
            s1 += x; s2 += x * x;
            double theta = NueShowerSelection.Theta(r.First);
            t2 += theta * theta;
        }
        Assert.Equal(0, s1 / n, 0.03 * sigma);
        Assert.Equal(sigma, Math.Sqrt(s2 / n - (s1 / n) * (s1 / n)), 0.03 * sigma);
        double rms = Math.Sqrt(t2 / n), expected = 0.7 * Math.PI / 180;
        Assert.Equal(expected, rms, 0.03 * expected);
    }

    [Fact] // Q²_QE of a forward shower vanishes up to O(m_e) terms (|Q²| < 1e-3 GeV²); at angle θ it follows the closed
           // form 2 m_n (E_QE − E) (1e-12 relative), and E θ² and Q² cuts act at their published values
    public void Cuts_ActAtThePublishedValues()
    {
        Assert.InRange(NueShowerSelection.Q2QeReco(Photon(3, 0).First), -1e-3, 1e-3);
        double mn = PhysicalConstants.NeutronMassGeV, me = PhysicalConstants.ElectronMassGeV, e = 3, th = 0.05;
        double eqe = (mn * e - me * me / 2) / (mn - e + Math.Sqrt(e * e - me * me) * Math.Cos(th));
        Assert.Equal(2 * mn * (eqe - e), NueShowerSelection.Q2QeReco(Photon(e, th).First), 1e-12 * Math.Abs(2 * mn * (eqe - e)));
        Assert.Equal(0, Fhc.Efficiency(Photon(0.79, 0)));                                  // below 0.8 GeV
        Assert.Equal(0.93, Fhc.Efficiency(Photon(2, Math.Sqrt(3.1e-3 / 2))), 1e-15);      // E θ² = 3.1 MeV rad²
        Assert.Equal(0, Fhc.Efficiency(Photon(2, Math.Sqrt(3.3e-3 / 2))));               // E θ² = 3.3 MeV rad²
        Assert.Equal(0.91, new NueShowerSelection(0.91).Efficiency(Photon(2, 0)), 1e-15);
    }

    [Property] // property: the cut flow is non-increasing and its last entry equals the efficiency (exact), for random showers
    public Property CutFlow_IsConsistentWithTheEfficiency()
    {
        var gen = from e in Gen.Choose(1, 4000) from t in Gen.Choose(0, 1000) select Photon(e / 1000.0, t / 10000.0);
        return Prop.ForAll(Arb.From(gen), ev =>
        {
            Span<double> s = stackalloc double[4];
            Fhc.Survival(ev, s);
            return s[0] >= s[1] && s[1] >= s[2] && s[2] >= s[3] && s[3] == Fhc.Efficiency(ev);
        });
    }

    [Fact] // an e⁺e⁻ pair is one shower (the sum) when overlapping, two showers (rejected) when wide; exact
    public void Pairs_AreOneShowerOnlyWhenOverlapping()
    {
        var random = RandomStream.Create(2, 0);
        var close = new VisibleEvent(new FourMomentum(1, 0.001, 0, 1), new FourMomentum(1, -0.001, 0, 1), default, default);
        var wide = new VisibleEvent(new FourMomentum(1, 0.3, 0, 0.95), new FourMomentum(1, -0.3, 0, 0.95), default, default);
        Assert.False(Fhc.Smear(close, ref random).HasSecond);
        Assert.Equal(0, Fhc.Efficiency(Fhc.Smear(wide, ref random)));
    }
}
