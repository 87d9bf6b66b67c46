using DarkSector.Physics.Kinematics;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;
using static DarkSector.Physics.Tests.Kinematics.KinematicsArbitraries;

namespace DarkSector.Physics.Tests.Kinematics;

public class BoostTests
{
    [Property] // Minkowski products p·k are invariant under two successive non-collinear boosts (1e-9 relative to E_p E_k)
    public Property SuccessiveBoosts_PreserveMinkowskiProducts() =>
        Prop.ForAll(Arb.From(from p in Momenta from k in Momenta select (p, k)), Arb.From(Velocities), Arb.From(Velocities), (pk, b1, b2) =>
        {
            var (p, k) = pk;
            var p2 = p.Boost(b1).Boost(b2);
            var k2 = k.Boost(b1).Boost(b2);
            return Math.Abs(p2.Dot(k2) - p.Dot(k)) <= 1e-9 * p2.E * k2.E;
        });

    [Property] // boosting by β and then by −β is the identity (1e-9 relative to the intermediate energy)
    public Property BoostThenInverseBoost_IsTheIdentity() =>
        Prop.ForAll(Arb.From(Momenta), Arb.From(Velocities), (p, beta) =>
        {
            var mid = p.Boost(beta);
            var back = mid.Boost(-1.0 * beta);
            double scale = 1e-9 * mid.E;
            return Math.Abs(back.E - p.E) <= scale && Math.Abs(back.Px - p.Px) <= scale
                && Math.Abs(back.Py - p.Py) <= scale && Math.Abs(back.Pz - p.Pz) <= scale;
        });

    [Property] // collinear boosts compose by velocity addition β = (β1 + β2)/(1 + β1β2) for random rapidities (1e-9 relative)
    public Property CollinearBoosts_Compose() =>
        Prop.ForAll(Arb.From(Momenta), Arb.From(UnitVectors), Arb.From(from b1 in Uniform(-0.95, 0.95) from b2 in Uniform(-0.95, 0.95) select (b1, b2)), (p, n, bs) =>
        {
            var (b1, b2) = bs;
            var twice = p.Boost(b1 * n).Boost(b2 * n);
            var once = p.Boost((b1 + b2) / (1 + b1 * b2) * n);
            double scale = 1e-9 * Math.Max(once.E, 1);
            return Math.Abs(once.E - twice.E) <= scale && Math.Abs(once.Px - twice.Px) <= scale
                && Math.Abs(once.Py - twice.Py) <= scale && Math.Abs(once.Pz - twice.Pz) <= scale;
        });

    [Property] // M → m1 m2 for random masses (m1 + m2 < M) and directions: four-momentum conserved to 1e-10 relative, daughters on shell
           // to 1e-7 GeV, and the rest-frame momentum is the Källén value
    public Property TwoBodyDecay_ConservesFourMomentum_ForRandomMasses() =>
        Prop.ForAll(Arb.From(Momenta.Where(p => p.Mass > 0.01)), Arb.From(from r1 in Uniform(0, 0.999) from r2 in Uniform(0, 1) select (r1, r2)), Arb.From(UnitVectors),
            (parent, rs, direction) =>
        {
            var (r1, r2) = rs;
            double m = parent.Mass, m1 = r1 * m, m2 = r2 * (m - m1) * 0.999;
            var (a, b) = TwoBodyDecay.Decay(parent, m1, m2, direction);
            var sum = a + b;
            double scale = 1e-10 * parent.E;
            var restA = RestFrame.Of(parent).ToRest(a);
            double pStar = Math.Sqrt(Kallen.Lambda(m * m, m1 * m1, m2 * m2)) / (2 * m);
            return Math.Abs(sum.E - parent.E) <= scale && Math.Abs(sum.Px - parent.Px) <= scale
                && Math.Abs(sum.Py - parent.Py) <= scale && Math.Abs(sum.Pz - parent.Pz) <= scale
                && Math.Abs(a.MassSquared - m1 * m1) <= 1e-7 * parent.E * parent.E
                && Math.Abs(b.MassSquared - m2 * m2) <= 1e-7 * parent.E * parent.E
                && Math.Abs(restA.P - pStar) <= 1e-8 * parent.E;
        });
}
