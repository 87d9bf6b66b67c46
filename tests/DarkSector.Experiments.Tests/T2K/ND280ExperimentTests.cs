using DarkSector.Experiments.T2K;
using DarkSector.Experiments.T2K.Fluxes;
using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Geometry;

namespace DarkSector.Experiments.Tests.T2K;

public class ND280ExperimentTests
{
    private static readonly ND280Experiment Experiment = new();
    private const double Me = 0.51099895e-3;

    [Fact]
    public void Catalog_DiscoversBothT2KExperimentsWithoutDiagnostics()
    {
        var options = new ExperimentDiscoveryOptions { IncludeBuiltIn = false, UseEnvironmentVariable = false };
        options.Assemblies.Add(typeof(ND280Experiment).Assembly);
        var catalog = ExperimentCatalog.Discover(options);
        Assert.Contains("t2k-nd280", catalog.Ids);
        Assert.Contains("t2k-nd280-upgrade", catalog.Ids);
        Assert.Equal(["tpc-ee", "fgd-mee", "fgd-mee-rhc", "tpc-ee-dipole", "tpc-ee-4e21"], catalog.Get("t2k-nd280").Analyses.Select(a => a.Id));
        Assert.NotNull(catalog.Get("t2k-nd280-upgrade").Detector);
        Assert.Empty(catalog.Diagnostics);
    }

    [Fact] // column density along the axis: Σ mass/(X·Y) of the modules + 3·78 cm·1.78e-3 + 50 m·2.65 of rock; 1e-9 relative
    public void ColumnDensityAlongTheBeamAxis_SumsTheModulesAndTheRock()
    {
        double expected = (2.9e6 + 10e6 + 2.9e6) / (210.0 * 224) + 2 * 1.1e6 / (186.0 * 186) + 3 * 78 * 1.78e-3 + 5000 * 2.65;
        var ray = new Ray(new ThreeVector(0.5, 0.5, -10_000), ThreeVector.UnitZ);
        Assert.Equal(1.0, Experiment.Detector.ColumnDensityGPerCm2(ray) / expected, 9);
    }

    [Fact] // the active volumes keep the table masses (kg) and the fiducial boxes win where they overlap their module
    public void Detector_KeepsModuleMassesAndGivesFiducialBoxesPriority()
    {
        var detector = Experiment.Detector;
        Assert.Equal(2900, detector.Volumes[detector.IndexOf("P0D ECAL1")].MassKg, 6);
        Assert.Equal(186.0 * 206 * 78 * 1.78e-3 / 1000, detector.Volumes[detector.IndexOf("TPC2")].MassKg, 9);
        Assert.Equal(detector.IndexOf("TPC2 fiducial"), detector.Locate(new ThreeVector(0, 0, 420)));
        Assert.Equal(detector.IndexOf("TPC2"), detector.Locate(new ThreeVector(0, 100, 420)));   // outside the 196 cm fiducial height
        Assert.Equal(detector.IndexOf("upstream rock"), detector.Locate(new ThreeVector(0, 0, -2000)));
        Assert.Equal(VolumeRole.Fiducial | VolumeRole.Target, detector.Volumes[detector.IndexOf("FGD1 fiducial")].Role);
        Assert.Equal(4, detector.Volumes.Count(v => v.Role.HasFlag(VolumeRole.Fiducial)));
    }

    [Fact] // beams: two modes × four flavours; each integral equals the release histogram within 1e-4 (bin-centre interpolation)
    public void Beams_CarryTheReleaseFluxesPerPot()
    {
        Assert.Equal(8, Experiment.Beams.Count);
        var fhc = T2KFluxRelease.Load(HornPolarity.Fhc);
        var numu = Experiment.Beams.Single(b => b.Mode == "FHC" && b.Flavour == NeutrinoFlavour.MuonNeutrino);
        Assert.Equal(1.0, numu.Spectrum.Integral / fhc.IntegralPerCm2PerPot(T2KFluxComponent.MuonNeutrino), 4);
        Assert.All(Experiment.Beams, b => Assert.Equal(28_000, b.BaselineCm));
    }

    [Fact] // analysis I: 12.34e20 + 6.29e20 POT, background 0.578, 0 observed; analysis II FHC 11.92e20 POT, 20 bins
    public void Analyses_CarryThePublishedExposuresAndData()
    {
        var tpc = Experiment.Analyses.Single(a => a.Id == "tpc-ee");
        Assert.Equal([12.34e20, 6.29e20], tpc.Exposures.Select(e => e.Amount));
        Assert.Equal(0.578, tpc.Data.Background[0], 12);
        Assert.Equal(0, tpc.Data.Observed[0]);
        var fgd = Experiment.Analyses.Single(a => a.Id == "fgd-mee");
        Assert.Equal(11.92e20, fgd.Exposures.Single().Amount);
        Assert.Equal(20, fgd.Binning.Count);
        Assert.Equal(2, Experiment.Analyses.Single(a => a.Id == "tpc-ee-4e21").Data.Observed[0]);   // round(1.825)
    }

    [Fact] // the vertex decides the analysis: a good forward pair counts (10%) for tpc-ee in a TPC fiducial box, not in FGD1, and vice versa for fgd-mee
    public void Selections_AcceptOnlyVerticesInTheirFiducialVolumes()
    {
        var pair = (FourMomentum.FromMassAndMomentum(Me, new ThreeVector(0.005, 0, 0.3)), FourMomentum.FromMassAndMomentum(Me, new ThreeVector(-0.004, 0, 0.2)));
        var parent = FourMomentum.FromMassAndMomentum(0.1, new ThreeVector(0.001, 0, 0.5));
        var inTpc = new VisibleEvent(pair.Item1, pair.Item2, new ThreeVector(0, 0, 300), parent);
        var inFgd = inTpc with { VertexCm = new ThreeVector(0, 0, 358) };
        var tpcEe = Experiment.Analyses.Single(a => a.Id == "tpc-ee").Selection;
        var fgdMee = Experiment.Analyses.Single(a => a.Id == "fgd-mee").Selection;
        var dipole = Experiment.Analyses.Single(a => a.Id == "tpc-ee-dipole").Selection;
        Assert.Equal(0.1, tpcEe.Efficiency(inTpc));
        Assert.Equal(0.0, tpcEe.Efficiency(inFgd));
        Assert.Equal(0.1, fgdMee.Efficiency(inFgd));
        Assert.Equal(0.0, fgdMee.Efficiency(inTpc));
        Assert.Equal(0.1, dipole.Efficiency(inTpc));
        Assert.Equal((pair.Item1 + pair.Item2).Mass, fgdMee.Observable(inFgd), 12);
    }

    [Theory] // dipole search (zero background, nothing observed): −2Δ ln L = 2μ, so the 2-dof scan threshold at CL is
             // crossed at μ = −ln(1 − CL), the zero-background Poisson limit (2.30 at 90%, 3.00 at 95%, Liu et al.): scan
             // --cl 0.95 reproduces the paper's criterion (identity, 1e-10)
    [InlineData(0.90)]
    [InlineData(0.95)]
    public void DipoleSearch_ScanThresholdIsTheZeroBackgroundPoissonLimit(double confidenceLevel)
    {
        var analysis = Experiment.Analyses.Single(a => a.Id == "tpc-ee-dipole");
        Assert.Equal([0.0], analysis.Data.Observed.ToArray());
        Assert.Equal([0.0], analysis.Data.Background.ToArray());
        double limit = DarkSector.Sampling.Limits.PoissonUpperLimit.ZeroBackground(0, confidenceLevel);
        double MinusTwoLnL(double mu) => analysis.Likelihood.MinusTwoLnL(analysis.Data.Observed, [mu], [0.0], analysis.Data.Background);
        Assert.Equal(DarkSector.Sampling.Limits.DeltaLogLikelihood.Threshold(confidenceLevel, 2), MinusTwoLnL(limit) - MinusTwoLnL(0), 10);
    }
}
