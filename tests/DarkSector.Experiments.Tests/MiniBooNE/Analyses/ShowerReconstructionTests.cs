using DarkSector.Experiments.MiniBooNE.Analyses;
using DarkSector.Physics;
using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Randomness;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;

namespace DarkSector.Experiments.Tests.MiniBooNE.Analyses;

public class ShowerReconstructionTests
{
    private const double Me = PhysicalConstants.ElectronMassGeV;

    private static FourMomentum Electron(double kinetic, double thetaDeg)
    {
        double e = kinetic + Me, p = Math.Sqrt(e * e - Me * Me), t = thetaDeg * Math.PI / 180;
        return new FourMomentum(e, p * Math.Sin(t), 0, p * Math.Cos(t));
    }

    [Fact] // overlapping (< 13°) or asymmetric (softer < 30 MeV) pairs are one shower; wide symmetric pairs are two
    public void SingleShower_OverlappingOrAsymmetricPairs()
    {
        Assert.True(ShowerReconstruction.IsSingleShower(Electron(0.2, 0), Electron(0.2, 10)));
        Assert.False(ShowerReconstruction.IsSingleShower(Electron(0.2, 0), Electron(0.2, 20)));
        Assert.True(ShowerReconstruction.IsSingleShower(Electron(0.3, 0), Electron(0.02, 60)));
        Assert.False(ShowerReconstruction.IsSingleShower(Electron(0.3, 0), Electron(0.05, 60)));
    }

    // E_QE is the neutrino energy for which ν + n (at rest) → e + n' with m_n' = m_n conserves four-momentum: the recoil
    // (p_ν + p_n − p_e) must have mass m_n. Checked for random shower energies and angles (1e-9 relative on m²).
    [Property]
    public Property EnergyQe_ConservesFourMomentumForQuasiElasticScatteringOnANeutron()
    {
        double mn = PhysicalConstants.NeutronMassGeV;
        var gen = from k in Gen.Choose(1, 2000) from c in Gen.Choose(-1000, 1000) select (E: k * 1e-3 + Me, Cos: c * 1e-3);
        return Prop.ForAll(Arb.From(gen), x =>
        {
            double enu = ShowerReconstruction.EnergyQeGeV(x.E, x.Cos);
            if (double.IsNaN(enu)) return mn - x.E + Math.Sqrt(x.E * x.E - Me * Me) * x.Cos <= 0;
            double p = Math.Sqrt(x.E * x.E - Me * Me);
            var recoil = new FourMomentum(enu, 0, 0, enu) + new FourMomentum(mn, 0, 0, 0)
                - new FourMomentum(x.E, p * Math.Sqrt(1 - x.Cos * x.Cos), 0, p * x.Cos);
            return Math.Abs(recoil.MassSquared / (mn * mn) - 1) < 1e-9;
        });
    }

    [Fact] // table nodes: 0 at 50 MeV, 0.089 at 150, 0.139 at 350, 0.026 at 2000 (held above); linear in between
    public void Efficiency_InterpolatesTheReleaseTable()
    {
        var eff = ShowerEfficiency.Load();
        Assert.Equal(0.139, eff.At(350), 12);
        Assert.Equal(0.0445, eff.At(100), 12);
        Assert.Equal(0.026, eff.At(2500), 12);
        Assert.Equal(0.0, eff.At(20), 12);
        Assert.Equal(0.5 * (0.082 + 0.073), eff.At(1300), 12);
    }

    [Fact] // the release's efficiency is per event in the whole tank (R < 610.6 cm) and includes the fiducial cut
           // R < 500 cm; a vertex inside the fiducial sphere takes table / 0.55, the seeds' correction, which is the
           // fiducial sphere's volume fraction (500/610.6)³ = 0.549 to 0.2%
    public void Efficiency_InFiducialVolume_UndoesTheReleasesFiducialCut()
    {
        var eff = ShowerEfficiency.Load();
        Assert.Equal(ShowerEfficiency.FiducialMassFraction, Math.Pow(500 / 610.6, 3), 2e-3);
        Assert.Equal(0.139 / 0.55, eff.InFiducialVolume(350), 12);
        Assert.Equal(0.5 * (0.082 + 0.073) / 0.55, eff.InFiducialVolume(1300), 12);
        var sel = new SingleShowerSelection(eff, ShowerObservable.EnergyQeMeV, 500);
        var shower = new VisibleEvent(Electron(0.35, 0), default, new ThreeVector(0, 0, 0), new FourMomentum(1, 0, 0, 0.99));
        Assert.Equal(0.139 / 0.55, sel.Efficiency(shower), 12);
    }

    [Fact] // single-shower selection: threshold, fiducial sphere, two-shower rejection
    public void Selection_AppliesThresholdFiducialAndShowerCount()
    {
        var sel = new SingleShowerSelection(ShowerEfficiency.Load(), ShowerObservable.EnergyQeMeV, 500);
        var centre = new ThreeVector(0, 0, 0);
        var parent = new FourMomentum(1, 0, 0, 0.99);
        var photon = new FourMomentum(0.4, 0, 0, 0.4);
        var random = RandomStream.Create(3, 0);
        var reco = sel.Smear(new VisibleEvent(photon, default, centre, parent), ref random);
        Assert.False(reco.HasSecond);
        Assert.True(sel.Efficiency(reco) > 0.1);
        Assert.Equal(0, sel.Efficiency(reco with { VertexCm = new ThreeVector(0, 0, 501) }));
        Assert.Equal(0, sel.Efficiency(new VisibleEvent(Electron(0.1, 0), default, centre, parent)));   // below 140 MeV
        var twoShowers = sel.Smear(new VisibleEvent(Electron(0.3, 0), Electron(0.3, 40), centre, parent), ref random);
        Assert.True(twoShowers.HasSecond);
        Assert.Equal(0, sel.Efficiency(twoShowers));
        var unsmeared = new VisibleEvent(Electron(0.5, 0), default, centre, parent);
        Assert.Equal(1000 * ShowerReconstruction.EnergyQeGeV(0.5 + Me, 1), sel.Observable(unsmeared), 9);
    }

    [Fact] // smearing: mean kinetic energy preserved and spread 10% (4000 showers: 3σ bands), angle spread ~3° per axis
    public void Smearing_HasTenPercentEnergyAndThreeDegreeResolution()
    {
        var random = RandomStream.Create(11, 0);
        var shower = Electron(0.5, 0);
        int n = 4000;
        double sum = 0, sum2 = 0, theta2 = 0;
        for (int i = 0; i < n; i++)
        {
            double x1 = Gauss(ref random), x2 = Gauss(ref random), x3 = Gauss(ref random);
            var s = ShowerReconstruction.Smear(shower, x1, x2, x3);
            double t = s.E - Me;
            sum += t; sum2 += t * t;
            theta2 += Math.Pow(Math.Acos(Math.Clamp(s.Pz / s.P, -1, 1)), 2);
        }
        double mean = sum / n, sd = Math.Sqrt(sum2 / n - mean * mean);
        Assert.InRange(mean / 0.5, 1 - 3 * 0.1 / Math.Sqrt(n), 1 + 3 * 0.1 / Math.Sqrt(n));
        Assert.InRange(sd / 0.05, 0.93, 1.07);
        // θ² = δ₁² + δ₂² (two axes): mean 2σ_θ²
        Assert.InRange(Math.Sqrt(theta2 / n / 2) * 180 / Math.PI, 2.8, 3.2);
    }

    private static double Gauss(ref RandomStream r)
    {
        double u1 = 1.0 - r.NextDouble(), u2 = r.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
