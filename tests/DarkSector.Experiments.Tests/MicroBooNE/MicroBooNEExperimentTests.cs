using System.Globalization;
using DarkSector.Experiments.MicroBooNE;
using DarkSector.Experiments.MicroBooNE.Fluxes;
using DarkSector.Experiments.MicroBooNE.Geometry;
using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Limits;

namespace DarkSector.Experiments.Tests.MicroBooNE;

public class MicroBooNEExperimentTests
{
    private static readonly MicroBooNEExperiment Experiment = new();

    [Fact] // 256 x 232 x 1036.8 cm of LAr at 1.38 g/cm^3 = 84.97 t ("85 t", experiments.md); 0.1 t
    public void ActiveVolume_HoldsEightyFiveTonnesOfArgon()
    {
        var tpc = Experiment.Detector.Volumes[Experiment.Detector.IndexOf(MicroBooNELayout.Tpc)];
        Assert.Equal(84.97, tpc.MassKg / 1000, 1);
        Assert.Equal(1.38, tpc.Material.DensityGPerCm3, 12);
        Assert.True(tpc.Role.HasFlag(VolumeRole.Fiducial) && tpc.Role.HasFlag(VolumeRole.Target));
    }

    [Fact] // the cryostat cylinder holds about 170 t of argon in total (JINST 12 P02017); 5 t
    public void Cryostat_HoldsAboutOneHundredSeventyTonnes()
    {
        var cryostat = Experiment.Detector.Volumes[Experiment.Detector.IndexOf(MicroBooNELayout.Cryostat)];
        Assert.InRange(cryostat.MassKg / 1000, 165, 175);
        // the TPC lies inside the cryostat cylinder
        var b = Experiment.Detector.Volumes[0].Solid.Bounds;
        foreach (var corner in new[] { b.Min, b.Max, new ThreeVector(b.Min.X, b.Max.Y, b.Max.Z) })
            Assert.True(cryostat.Solid.Contains(corner * 0.999));
    }

    [Fact] // soil: 2.25 g/cm^3, upstream of the cryostat, mass fractions sum to 1 (1e-12)
    public void Soil_IsUpstreamWithTheDocumentedDensity()
    {
        var dirt = Experiment.Detector.Volumes[Experiment.Detector.IndexOf(MicroBooNELayout.Dirt)];
        Assert.Equal(VolumeRole.Dirt, dirt.Role);
        Assert.Equal(2.25, dirt.Material.DensityGPerCm3, 12);
        Assert.Equal(1.0, dirt.Material.Components.Sum(c => c.MassFraction), 12);
        Assert.True(dirt.Solid.Bounds.Max.Z <= -0.5 * MicroBooNELayout.CryostatLengthCm);
        Assert.Equal(MicroBooNELayout.DirtLengthCm, dirt.Solid.Bounds.Max.Z - dirt.Solid.Bounds.Min.Z, 6);
        // a point just upstream of the TPC along the axis is in the cryostat argon, then the gap (no volume), then soil
        Assert.Equal(1, Experiment.Detector.Locate(new ThreeVector(0, 0, -530)));
        Assert.Equal(-1, Experiment.Detector.Locate(new ThreeVector(0, 0, -600)));
        Assert.Equal(2, Experiment.Detector.Locate(new ThreeVector(0, 0, -900)));
    }

    [Fact] // per-GeV spectrum = per-50-MeV values x 20: its trapezoid integral equals the sum of the per-bin values
           // minus half the two end bins (exact for linear interpolation; 1e-9 relative); baseline 470 m
    public void BnbFlux_PerGeVIntegralMatchesThePerBinTable()
    {
        var columns = new Dictionary<NeutrinoFlavour, int> { [NeutrinoFlavour.ElectronNeutrino] = 1, [NeutrinoFlavour.MuonNeutrino] = 2, [NeutrinoFlavour.ElectronAntineutrino] = 4, [NeutrinoFlavour.MuonAntineutrino] = 5 };
        var rows = new List<double[]>();
        using (var reader = EmbeddedTables.Of<MicroBooNEExperiment>().Open(BnbFlux.FileName))
            for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
                if (!line.TrimStart().StartsWith('#') && line.Trim().Length > 0)
                    rows.Add(line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray());
        Assert.Equal(200, rows.Count);
        Assert.Equal(4, Experiment.Beams.Count);
        foreach (var beam in Experiment.Beams)
        {
            int c = columns[beam.Flavour];
            double perBinSum = rows.Sum(r => r[c]);
            double expected = perBinSum - 0.5 * (rows[0][c] + rows[^1][c]);
            Assert.Equal(1.0, beam.Spectrum.Integral / expected, 9);
            Assert.Equal(1.0, beam.Spectrum.Value(rows[10][0]) / (20 * rows[10][c]), 12);
            Assert.Equal(47_000, beam.BaselineCm);
            Assert.Equal("BNB", beam.Mode);
        }
        // nu_mu dominates the neutrino-mode beam
        double numu = Experiment.Beams.Single(b => b.Flavour == NeutrinoFlavour.MuonNeutrino).Spectrum.Integral;
        Assert.True(Experiment.Beams.Where(b => b.Flavour != NeutrinoFlavour.MuonNeutrino).All(b => b.Spectrum.Integral < 0.2 * numu));
    }

    [Fact] // 6.87e20 POT, coherent only, the published data, and Delta chi^2 = 5.99 at 95% CL for 2 dof (0.01)
    public void Analyses_CarryThePublishedExposureDataAndThreshold()
    {
        var a = Experiment.Analyses[0];
        Assert.Equal("ee-topologies", a.Id);
        Assert.All(Experiment.Analyses, x => Assert.True(x.CoherentOnly));
        Assert.All(Experiment.Analyses, x => Assert.Equal(6.87e20, x.Exposures.Single().Amount));
        Assert.Equal([52.0, 26, 17], a.Data.Observed.ToArray());
        Assert.Equal([47.7, 15.5, 9.5], a.Data.Background.ToArray());
        Assert.Equal(["one-shower", "shower-track", "two-showers"], a.Binning.Labels!);
        var total = Experiment.Analyses.Single(x => x.Id == "ee-total");
        Assert.Equal(95, total.Data.Observed[0]);
        Assert.Equal(a.Data.Observed.ToArray().Sum(), total.Data.Observed[0]);
        Assert.Equal(5.99, DeltaLogLikelihood.Threshold(Experiment.Defaults.ConfidenceLevel, Experiment.Defaults.DegreesOfFreedom), 2);
        Assert.Equal(1 / Math.PI, Experiment.Figures.Single(f => f.Id == "microboone-30mev").Fixed.Single(p => p.Name == "alpha-d").Value, 14);   // g_D = 2
    }
}
