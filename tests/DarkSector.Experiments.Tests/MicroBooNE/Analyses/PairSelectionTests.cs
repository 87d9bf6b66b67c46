using DarkSector.Experiments.MicroBooNE.Analyses;
using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Experiments;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;

namespace DarkSector.Experiments.Tests.MicroBooNE.Analyses;

public class PairSelectionTests
{
    private const double Me = 0.000511;

    private static FourMomentum Electron(double energyGeV, double thetaRad, double phiRad = 0)
    {
        double p = Math.Sqrt(energyGeV * energyGeV - Me * Me);
        return new FourMomentum(energyGeV, p * Math.Sin(thetaRad) * Math.Cos(phiRad), p * Math.Sin(thetaRad) * Math.Sin(phiRad), p * Math.Cos(thetaRad));
    }

    [Property] // the map stays inside the quoted 20-40% for every energy and angle (exact bounds)
    public Property Efficiency_StaysWithinTwentyToFortyPercent()
    {
        var map = new SmoothPairEfficiency();
        var gen = from e in Gen.Choose(0, 100_000) from t in Gen.Choose(0, 10_000) select (E: e * 1e-4, Theta: t * 1e-4 * Math.PI);
        Assert.Equal(0.2, map.Efficiency(0, 0), 15);                 // soft pair: the minimum
        Assert.Equal(0.4, map.Efficiency(1e6, 0), 6);                // hard forward pair: the maximum
        Assert.Equal(0.3, map.Efficiency(0.3, 0), 12);               // E = E_1/2, forward: half the rise
        Assert.Equal(0.2, map.Efficiency(5, Math.PI), 12);           // backward: the minimum
        return Prop.ForAll(Arb.From(gen), x => map.Efficiency(x.E, x.Theta) is >= 0.2 and <= 0.4);
    }

    [Property] // smooth and monotone: rises with energy, falls with angle
    public Property Efficiency_RisesWithEnergyAndFallsWithAngle()
    {
        var map = new SmoothPairEfficiency();
        var gen = from e in Gen.Choose(1, 5000) from de in Gen.Choose(1, 1000) from t in Gen.Choose(0, 999) from dt in Gen.Choose(1, 1000)
                  select (E: e * 1e-3, dE: de * 1e-3, T: t * 1e-3 * Math.PI, dT: dt * 1e-3 * (Math.PI - t * 1e-3 * Math.PI));
        return Prop.ForAll(Arb.From(gen), x => map.Efficiency(x.E + x.dE, x.T) > map.Efficiency(x.E, x.T) && map.Efficiency(x.E, x.T + x.dT) < map.Efficiency(x.E, x.T));
    }

    [Fact] // the efficiency is zero outside the active volume, the map's value inside
    public void Selection_RequiresAVertexInTheActiveVolume()
    {
        var selection = new PairSelection();
        var ev = new VisibleEvent(Electron(0.3, 0.1), Electron(0.2, -0.1), new ThreeVector(0, 0, 0), default);
        double inside = selection.Efficiency(ev);
        Assert.Equal(selection.Map.Efficiency(ev.Total.E, Math.Acos(ev.Total.Pz / ev.Total.P3.Norm)), inside, 15);
        Assert.Equal(0, selection.Efficiency(ev with { VertexCm = new ThreeVector(0, 0, 520) }));   // beyond z = 518.4
        Assert.Equal(0, selection.Efficiency(ev with { VertexCm = new ThreeVector(129, 0, 0) }));   // beyond x = 128
        Assert.Equal(0, selection.Efficiency(ev with { VertexCm = new ThreeVector(0, -117, 0) }));  // beyond y = 116
        Assert.Equal(inside, selection.Efficiency(ev with { VertexCm = new ThreeVector(127, 115, -518) }), 15);
    }

    [Theory] // topology rules: 10 deg merge, asymmetry 0.6 (track) and 0.9 (lost)
    [InlineData(0.25, 0.25, 2.0, PairTopology.OneShower)]      // collinear: merged
    [InlineData(0.25, 0.25, 30.0, PairTopology.TwoShowers)]    // symmetric and wide
    [InlineData(0.35, 0.15, 30.0, PairTopology.TwoShowers)]    // A = 0.4: below the track threshold
    [InlineData(0.45, 0.05, 30.0, PairTopology.ShowerTrack)]   // A = 0.8
    [InlineData(0.49, 0.01, 30.0, PairTopology.OneShower)]     // A = 0.96: the soft lepton is lost
    public void Topology_FollowsOpeningAngleAndAsymmetry(double e1, double e2, double openingDeg, PairTopology expected)
    {
        var rules = new TopologyRules();
        double half = 0.5 * openingDeg * Math.PI / 180;
        var a = Electron(e1, half);
        var b = Electron(e2, half, Math.PI);
        var actual = rules.Classify(a, b);
        Assert.Equal(expected, actual);
        Assert.Equal(openingDeg * Math.PI / 180, TopologyRules.OpeningAngle(a.P3, b.P3), 9);
    }

    [Property] // the topology does not depend on which lepton is listed first (charge symmetry); a lone lepton is one shower
    public Property Topology_IsSymmetricInTheTwoLeptons()
    {
        var rules = new TopologyRules();
        var gen = from e1 in Gen.Choose(2, 1000) from e2 in Gen.Choose(2, 1000) from t1 in Gen.Choose(0, 180) from t2 in Gen.Choose(0, 180) from p in Gen.Choose(0, 360)
                  select (A: Electron(e1 * 1e-3, t1 * Math.PI / 180), B: Electron(e2 * 1e-3, t2 * Math.PI / 180, p * Math.PI / 180));
        Assert.Equal(PairTopology.OneShower, rules.Classify(Electron(0.3, 0), default));
        return Prop.ForAll(Arb.From(gen), x => rules.Classify(x.A, x.B) == rules.Classify(x.B, x.A));
    }

    [Fact] // the observable is the topology's bin index in the analysis binning
    public void Observable_IsTheTopologyBin()
    {
        var selection = new PairSelection();
        var binning = new DarkSector.Experiments.MicroBooNE.MicroBooNEExperiment().Analyses[0].Binning;
        var ev = new VisibleEvent(Electron(0.25, 0.3), Electron(0.25, 0.3, Math.PI), default, default);
        Assert.Equal((int)PairTopology.TwoShowers, binning.Find(selection.Observable(ev)));
    }
}
