using DarkSector.Physics.Kinematics;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;
using static DarkSector.Physics.Tests.Kinematics.KinematicsArbitraries;

namespace DarkSector.Physics.Tests.Kinematics;

public class FourMomentumTests
{
    [Property] // invariant to 1e-10 GeV² relative to E²
    public Property MassSquared_IsInvariantUnderBoosts() =>
        Prop.ForAll(Arb.From(Momenta), Arb.From(Velocities), (p, beta) =>
        {
            var boosted = p.Boost(beta);
            return Math.Abs(boosted.MassSquared - p.MassSquared) <= 1e-10 * boosted.E * boosted.E;
        });

    [Fact] // 1e-12 relative
    public void BoostToRestFrame_GivesParticleAtRest()
    {
        var p = FourMomentum.FromMassAndMomentum(0.2, new ThreeVector(0.3, -0.4, 2.0));
        var rest = RestFrame.Of(p).ToRest(p);
        Assert.Equal(0.2, rest.E, 1e-12);
        Assert.True(rest.P < 1e-12);
    }

    [Fact] // collinear boosts compose by velocity addition, β = (β1 + β2)/(1 + β1β2), to 1e-12
    public void CollinearBoosts_ComposeByRelativisticVelocityAddition()
    {
        var p = new FourMomentum(1.0, 0.2, 0.1, 0.3);
        double b1 = 0.6, b2 = 0.7;
        var twice = p.Boost(new ThreeVector(0, 0, b1)).Boost(new ThreeVector(0, 0, b2));
        var once = p.Boost(new ThreeVector(0, 0, (b1 + b2) / (1 + b1 * b2)));
        Assert.Equal(once.E, twice.E, 1e-12);
        Assert.Equal(once.Pz, twice.Pz, 1e-12);
        Assert.Equal(once.Px, twice.Px, 1e-12);
    }

    [Property] // E and p conserved to 1e-12 GeV relative; daughters on shell
    public Property TwoBodyDecay_ConservesFourMomentum() =>
        Prop.ForAll(Arb.From(Momenta.Where(p => p.Mass > 0.5)), Arb.From(UnitVectors), (parent, direction) =>
        {
            var (a, b) = TwoBodyDecay.Decay(parent, 0.1, 0.2, direction);
            var sum = a + b;
            double scale = parent.E;
            return Math.Abs(sum.E - parent.E) < 1e-12 * scale && Math.Abs(sum.Px - parent.Px) < 1e-12 * scale
                && Math.Abs(sum.Py - parent.Py) < 1e-12 * scale && Math.Abs(sum.Pz - parent.Pz) < 1e-12 * scale
                && Math.Abs(a.Mass - 0.1) < 1e-9 && Math.Abs(b.Mass - 0.2) < 1e-9;
        });
}
