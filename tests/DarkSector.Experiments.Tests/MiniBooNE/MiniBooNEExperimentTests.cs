using DarkSector.Experiments.MiniBooNE;
using DarkSector.Experiments.MiniBooNE.Fluxes;
using DarkSector.Experiments.MiniBooNE.Geometry;
using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Geometry;

namespace DarkSector.Experiments.Tests.MiniBooNE;

public class MiniBooNEExperimentTests
{
    private static readonly MiniBooNEExperiment Experiment = new();

    [Fact] // oil (fiducial + outer shell) = 0.85 g/cm³ × 4/3 π 610³ = 808.2 t; the quoted ~818 t is 0.86 g/cm³: within 1.5%
    public void OilMass_IsAbout818Tonnes()
    {
        var d = Experiment.Detector;
        double fiducial = d.Volumes[d.IndexOf(MiniBooNELayout.FiducialName)].MassKg / 1000;
        double sphere = d.Volumes[d.IndexOf(MiniBooNELayout.OilName)].MassKg / 1000;   // whole 610 cm sphere
        Assert.Equal(0.85 * 4.0 / 3.0 * Math.PI * Math.Pow(610, 3) / 1e6, sphere, 9);
        Assert.Equal(0.85 * 4.0 / 3.0 * Math.PI * Math.Pow(500, 3) / 1e6, fiducial, 9);
        Assert.InRange(sphere / 818, 0.985, 1.015);
    }

    [Fact] // points on the axis land in the right volume (priority: fiducial, oil, hall air, dirt)
    public void Locate_FindsFiducialOilAirAndDirtAlongTheAxis()
    {
        var d = Experiment.Detector;
        Assert.Equal(d.IndexOf(MiniBooNELayout.FiducialName), d.Locate(new ThreeVector(0, 0, 499)));
        Assert.Equal(d.IndexOf(MiniBooNELayout.OilName), d.Locate(new ThreeVector(0, 0, -550)));
        Assert.Equal(d.IndexOf(MiniBooNELayout.HallName), d.Locate(new ThreeVector(0, 0, -800)));
        Assert.Equal(d.IndexOf(MiniBooNELayout.DirtName), d.Locate(new ThreeVector(0, 0, -901)));
        Assert.Equal(d.IndexOf(MiniBooNELayout.DirtName), d.Locate(new ThreeVector(0, 0, -5899)));
        Assert.Equal(-1, d.Locate(new ThreeVector(0, 0, -5901)));
        Assert.Equal(-1, d.Locate(new ThreeVector(0, 0, 950)));
        Assert.True(d.Volumes[d.IndexOf(MiniBooNELayout.FiducialName)].Role.HasFlag(VolumeRole.Fiducial));
        Assert.Equal(VolumeRole.Dirt, d.Volumes[d.IndexOf(MiniBooNELayout.DirtName)].Role);
    }

    [Fact] // column density through the centre along the beam: 2 × 610 cm of oil × 0.85 + 2 × 290 cm of air + 50 m of rock
    public void ColumnDensity_ThroughTheCentre_MatchesTheLayout()
    {
        var ray = new Ray(new ThreeVector(0, 0, -10_000), ThreeVector.UnitZ);
        double expected = 5000 * 2.65 + 2 * 290 * 1.205e-3 + 1220 * 0.85;
        Assert.Equal(1.0, Experiment.Detector.ColumnDensityGPerCm2(ray) / expected, 9);   // exact geometry, 1e-9
    }

    // Independent hand sums of the MiniBooNE public flux release (raw per-50 MeV tables, not the DarkNews per-GeV files
    // the plugin reads): awk over the 200 rows, Σ value, printed with 7 significant digits (1e-6 relative tolerance).
    [Theory]
    [InlineData("FHC", NeutrinoFlavour.MuonNeutrino, 5.193576e-10)]
    [InlineData("FHC", NeutrinoFlavour.MuonAntineutrino, 3.260021e-11)]
    [InlineData("FHC", NeutrinoFlavour.ElectronNeutrino, 2.869068e-12)]
    [InlineData("FHC", NeutrinoFlavour.ElectronAntineutrino, 2.998491e-13)]
    [InlineData("RHC", NeutrinoFlavour.MuonNeutrino, 5.422765e-11)]
    [InlineData("RHC", NeutrinoFlavour.MuonAntineutrino, 2.928202e-10)]
    [InlineData("RHC", NeutrinoFlavour.ElectronNeutrino, 6.707137e-13)]
    [InlineData("RHC", NeutrinoFlavour.ElectronAntineutrino, 1.266258e-12)]
    public void IntegratedFlux_MatchesHandSumOfTheRawRelease(string mode, NeutrinoFlavour flavour, double expected)
    {
        var table = BnbFluxTable.Load(mode == "FHC" ? HornPolarity.Fhc : HornPolarity.Rhc);
        Assert.Equal(1.0, table.IntegralPerCm2PerPot(flavour) / expected, 6);
        var beam = Experiment.Beams.Single(b => b.Mode == mode && b.Flavour == flavour);
        Assert.Equal(1.0, beam.Spectrum.Integral / expected, 6);   // trapezoid over the nodes = histogram sum
        Assert.Equal(BnbBeams.BaselineCm, beam.BaselineCm);
    }

    [Fact]
    public void Analyses_HaveTheReleaseExposuresAndData()
    {
        var eqe = Experiment.Analyses.Single(a => a.Id == "eqe");
        var rhc = Experiment.Analyses.Single(a => a.Id == "eqe-rhc");
        Assert.Equal(18.75e20, eqe.Exposures.Single(e => e.Mode == "FHC").Amount);
        Assert.Equal(11.27e20, rhc.Exposures.Single(e => e.Mode == "RHC").Amount);
        Assert.Equal(11, eqe.Binning.Count);
        Assert.Equal(200, eqe.Binning.Edges[0]);
        Assert.Equal(3000, eqe.Binning.Edges[^1]);
        // release: ν-mode electron-like data 3202 events over 200-3000 MeV against 2668.1 background (excess 533.9)
        Assert.Equal(3202, eqe.Data.Observed.ToArray().Sum());
        Assert.Equal(533.88467, eqe.Data.Observed.ToArray().Sum() - eqe.Data.Background.ToArray().Sum(), 4);
        // combined: FHC fills bins 0-10, RHC bins 11-21, data and background the two modes' in that order
        var combined = Experiment.Analyses.Single(a => a.Id == "eqe-combined");
        Assert.Equal((2, 22), (combined.Binning.Blocks, combined.Binning.Count));
        Assert.Equal([("FHC", 18.75e20, 0), ("RHC", 11.27e20, 1)], combined.Exposures.Select(e => (e.Mode, e.Amount, e.Block)));
        Assert.Equal(eqe.Data.Observed.ToArray().Concat(rhc.Data.Observed.ToArray()), combined.Data.Observed.ToArray());
        Assert.Equal(eqe.Data.Background.ToArray().Concat(rhc.Data.Background.ToArray()), combined.Data.Background.ToArray());
        var cos = Experiment.Analyses.Single(a => a.Id == "costheta");
        Assert.Equal(20, cos.Binning.Count);
        // digitised: data − background ≈ the 2020 excess in 200-1250 MeV (≈ 560 ± 120); loose window for digitisation
        double excess = cos.Data.Observed.ToArray().Sum() - cos.Data.Background.ToArray().Sum();
        Assert.InRange(excess, 450, 700);
    }

    [Fact]
    public void Catalog_DiscoversMiniBooNE()
    {
        var options = new ExperimentDiscoveryOptions { IncludeBuiltIn = false, UseEnvironmentVariable = false };
        options.Assemblies.Add(typeof(MiniBooNEExperiment).Assembly);
        var catalog = ExperimentCatalog.Discover(options);
        Assert.Equal(["eqe", "eqe-rhc", "eqe-combined", "costheta"], catalog.Get("miniboone").Analyses.Select(a => a.Id));
        Assert.Empty(catalog.Diagnostics);
    }
}
