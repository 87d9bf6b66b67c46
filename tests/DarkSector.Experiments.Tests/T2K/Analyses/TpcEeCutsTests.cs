using DarkSector.Experiments.T2K.Analyses;
using DarkSector.Physics.Kinematics;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;

namespace DarkSector.Experiments.Tests.T2K.Analyses;

public class TpcEeCutsTests
{
    private const double Me = 0.51099895e-3;

    private static FourMomentum Electron(double p, double theta, double phi) =>
        FourMomentum.FromMassAndMomentum(Me, new ThreeVector(p * Math.Sin(theta) * Math.Cos(phi), p * Math.Sin(theta) * Math.Sin(phi), p * Math.Cos(theta)));

    [Fact] // a forward, energetic, narrow pair passes and is kept with the flat 10% efficiency
    public void ForwardEnergeticPair_PassesWithTenPercentEfficiency()
    {
        var ep = Electron(0.3, 0.02, 0);
        var em = Electron(0.2, 0.03, Math.PI);
        Assert.True(TpcEeCuts.Passes(ep, em));
        Assert.Equal(0.10, TpcEeCuts.Weight(ep, em));
    }

    [Fact] // each cut alone rejects: E_ee = 0.14 GeV; pair at 10 degrees (cos 0.985 < 0.99); back-to-back-ish opening > 90 degrees
    public void EachCut_RejectsOnItsOwn()
    {
        Assert.False(TpcEeCuts.Passes(Electron(0.07, 0.02, 0), Electron(0.07, 0.02, Math.PI)));          // E_ee ≈ 0.14
        Assert.False(TpcEeCuts.Passes(Electron(0.3, 10 * Math.PI / 180, 0), Electron(0.3, 10 * Math.PI / 180, 0)));   // pair angle 10°
        Assert.False(TpcEeCuts.Passes(Electron(1.0, 0.0, 0), Electron(0.02, 100 * Math.PI / 180, 0)));  // opening 100°
    }

    [Fact] // |t| = |(E − p_z)² − p_T²|: for a massless pair along z with p_T = 0, t = 0; a pure transverse momentum q gives |t| ≈ q²
    public void AbsT_OfKnownPairs()
    {
        Assert.Equal(0.0, TpcEeCuts.AbsT(new FourMomentum(1, 0, 0, 1)), 15);
        // E = 1, p = (0.1, 0, 0.99): (1 − 0.99)² − 0.01 = 1e-4 − 1e-2 = −0.0099; 1e-15 absolute
        Assert.Equal(0.0099, TpcEeCuts.AbsT(new FourMomentum(1, 0.1, 0, 0.99)), 15);
    }

    [Property] // property: the cuts depend only on the pair, so swapping e+ and e- never changes the decision
    public Property Cuts_AreSymmetricUnderChargeExchange()
    {
        var gen = from p1 in Gen.Choose(1, 2000) from p2 in Gen.Choose(1, 2000)
                  from t1 in Gen.Choose(0, 300) from t2 in Gen.Choose(0, 300) from f in Gen.Choose(0, 628)
                  select (Electron(p1 * 1e-3, t1 * 1e-3, 0), Electron(p2 * 1e-3, t2 * 1e-3, f * 1e-2));
        return Prop.ForAll(Arb.From(gen), x => TpcEeCuts.Passes(x.Item1, x.Item2) == TpcEeCuts.Passes(x.Item2, x.Item1));
    }

    [Fact] // dipole search: opening < 90°, N within cos > 0.992 of the beam (7.25°)
    public void DipoleCuts_UseTheParentDirection()
    {
        var ep = Electron(0.3, 0.02, 0);
        var em = Electron(0.2, 0.03, Math.PI);
        var forwardN = FourMomentum.FromMassAndMomentum(0.1, new ThreeVector(0, 0.1, 1.0));            // 5.7°
        var wideN = FourMomentum.FromMassAndMomentum(0.1, new ThreeVector(0, 0.15, 1.0));              // 8.5°
        Assert.True(DipoleTpcCuts.Passes(ep, em, forwardN));
        Assert.False(DipoleTpcCuts.Passes(ep, em, wideN));
        Assert.False(DipoleTpcCuts.Passes(Electron(1.0, 0, 0), Electron(0.1, 2.0, 0), forwardN));
    }

    [Fact] // Gaussian smearing with zero deviates is the identity; mass is preserved; σ_p/p = 8% for ξ1 = 1; 1e-12
    public void Smearing_PreservesMassAndScalesMomentum()
    {
        var p = Electron(0.5, 0.1, 0.3);
        var same = MomentumSmearing.Smear(p, Me, 0, 0, 0);
        Assert.Equal(p.P, same.P, 12);
        Assert.Equal(1.0, same.P3.CosAngleTo(p.P3), 12);
        var up = MomentumSmearing.Smear(p, Me, 1, 0.5, -0.7);
        Assert.Equal(0.5 * 1.08, up.P, 12);
        Assert.Equal(Me, up.Mass, 9);
    }
}
