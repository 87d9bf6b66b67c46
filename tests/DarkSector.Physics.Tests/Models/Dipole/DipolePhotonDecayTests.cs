using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Models.Dipole;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;
using Xunit;

namespace DarkSector.Physics.Tests.Models.Dipole;

public sealed class DipolePhotonDecayTests
{
    [Fact]
    public void DiracParticle_EmitsPhotonAgainstItsSpin()
    {
        // Angular momentum: ν_L carries helicity −1/2, so the photon has helicity −1 and cannot go along the spin.
        Assert.Equal(0.0, DipolePhotonDecay.AngularDensity(1, 1, DecayingHnl.DiracParticle), 15);
        Assert.Equal(1.0, DipolePhotonDecay.AngularDensity(-1, 1, DecayingHnl.DiracParticle), 15);
        Assert.Equal(1.0, DipolePhotonDecay.AngularDensity(1, 1, DecayingHnl.DiracAntiparticle), 15);
        Assert.Equal(0.5, DipolePhotonDecay.AngularDensity(0.7, 1, DecayingHnl.Majorana), 15);
    }

    [Property]
    public Property Sampler_InvertsTheCumulativeDistribution() =>
        Prop.ForAll(Arb.From(from u in Gen.Choose(0, 1000) from p in Gen.Choose(-100, 100) select (u / 1000.0, p / 100.0)), x =>
        {
            var (u, pol) = x;
            double c = DipolePhotonDecay.SampleCosTheta(u, pol, DecayingHnl.DiracParticle);
            double a = -pol;
            double cdf = (c + 1) / 2 + a * (c * c - 1) / 4;                  // ∫_{-1}^{c} (1 + a t)/2 dt
            return Math.Abs(cdf - u) < 1e-12;
        });

    [Fact]
    public void StratifiedSamples_HaveMeanCosineOfAThird()
    {
        // ⟨cosθ⟩ = a/3 for density (1 + a cosθ)/2; a = −P for N. Stratified u: error O(1/n²) (tolerance 1e-6).
        const int n = 4000;
        double sum = 0;
        for (int i = 0; i < n; i++) sum += DipolePhotonDecay.SampleCosTheta((i + 0.5) / n, 0.6, DecayingHnl.DiracParticle);
        Assert.Equal(-0.2, sum / n, 1e-6);
    }

    [Fact]
    public void Decay_ConservesMomentum_AndPhotonHasHalfTheMassInTheRestFrame()
    {
        var parent = FourMomentum.FromMassAndMomentum(0.1, new ThreeVector(0, 0, 1.0));
        var (photon, nu) = DipolePhotonDecay.Decay(parent, 0, ThreeVector.UnitZ, 1, DecayingHnl.DiracParticle, 0.3, 0.6);
        var sum = photon + nu;
        Assert.Equal(parent.E, sum.E, 1e-12);
        Assert.Equal(parent.Pz, sum.Pz, 1e-12);
        var rest = RestFrame.Of(parent).ToRest(photon);
        Assert.Equal(0.05, rest.E, 1e-12);
        // Helicity +1 N: photon against the flight direction in the rest frame for u1 = 0.3 (cosθ < 0).
        Assert.True(rest.Pz < 0);
    }

    [Fact]
    public void BadInput_NamesTheParameterAndRange()
    {
        Assert.Contains("polarization", Assert.Throws<ArgumentOutOfRangeException>(() => DipolePhotonDecay.AngularDensity(0, 1.5, DecayingHnl.DiracParticle)).Message);
        Assert.Contains("cosTheta", Assert.Throws<ArgumentOutOfRangeException>(() => DipolePhotonDecay.AngularDensity(double.NaN, 0, DecayingHnl.Majorana)).Message);
        Assert.Contains("u", Assert.Throws<ArgumentOutOfRangeException>(() => DipolePhotonDecay.SampleCosTheta(1.2, 0, DecayingHnl.Majorana)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DipoleDileptonDecay(0.2, 0.1056583755, 1e-12, DecayingHnl.Majorana));   // closed
    }

    [Fact]
    public void TransitionDecay_PhotonEnergyIsFixedByTheMasses()
    {
        var parent = FourMomentum.AtRest(0.2);
        var (photon, n4) = DipolePhotonDecay.Decay(parent, 0.1, ThreeVector.UnitZ, 0, DecayingHnl.Majorana, 0.5, 0.25);
        Assert.Equal((0.04 - 0.01) / 0.4, photon.E, 1e-12);                 // (m5² − m4²)/(2 m5)
        Assert.Equal(0.1, n4.Mass, 1e-12);
    }
}
