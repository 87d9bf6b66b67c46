using System.Globalization;
using DarkSector.Experiments.MicroBooNE;
using DarkSector.Experiments.Projections;
using DarkSector.Physics;
using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Simulation;
using DarkSector.Sampling.Validation;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Experiments.Tests.Projections;

public class ProjectionExperimentTests
{
    private static readonly SbndExperiment Sbnd = new();
    private static readonly IcarusExperiment Icarus = new();
    private static readonly DuneNdExperiment Dune = new();

    /// <summary>An embedded table read independently of the plugin: rows of numbers, '#' lines skipped.</summary>
    private static List<double[]> Raw(string file)
    {
        var rows = new List<double[]>();
        using var reader = ProjectionFluxes.Open(file);
        while (reader.ReadLine() is { } line)
        {
            if (line.TrimStart().StartsWith('#') || string.IsNullOrWhiteSpace(line)) continue;
            rows.Add(line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray());
        }
        return rows;
    }

    /// <summary>Trapezoid rule over the raw nodes of column <paramref name="c"/> times <paramref name="factor"/>.</summary>
    private static double Trapezoid(List<double[]> rows, int c, double factor)
    {
        double sum = 0;
        for (int i = 0; i + 1 < rows.Count; i++) sum += 0.5 * (rows[i + 1][0] - rows[i][0]) * (rows[i][c] + rows[i + 1][c]) * factor;
        return sum;
    }

    [Fact] // SBND: nu / 1e6 POT / m^2 / 50 MeV x 2e-9 = per GeV per cm^2 per POT, so the spectrum's integral equals the
           // trapezoid over the raw digitised nodes x 2e-9 (1e-9 relative); nu_mu integrates to 1.56e-8 /cm^2/POT as
           // PROVENANCE.md states for the raw files (2%), far above the truncated sbnd_fhc.dat's 3.4e-9
    public void SbndFlux_MatchesTheDigitisedTables()
    {
        Assert.Equal(4, Sbnd.Beams.Count);
        foreach (var (flavour, file) in ProjectionFluxes.SbndFiles)
        {
            var rows = Raw(file);
            var beam = Sbnd.Beams.Single(b => b.Flavour == flavour);
            Assert.Equal(1.0, beam.Spectrum.Integral / Trapezoid(rows, 1, 2e-9), 9);
            Assert.Equal("BNB", beam.Mode);
            Assert.Equal(11_000, beam.BaselineCm);
        }
        double numu = Sbnd.Beams.Single(b => b.Flavour == NeutrinoFlavour.MuonNeutrino).Spectrum.Integral;
        Assert.Equal(1.0, numu / 1.56e-8, 0.02);
    }

    [Fact] // ICARUS: MicroBooNE's BNB flux x (47/60)^2 flavour by flavour (1e-12), 600 m
    public void IcarusFlux_IsMicroBooNEScaledByTheInverseSquareOfTheBaseline()
    {
        var micro = new MicroBooNEExperiment();
        foreach (var beam in Icarus.Beams)
        {
            var reference = micro.Beams.Single(b => b.Flavour == beam.Flavour);
            Assert.Equal(47.0 * 47 / 3600, beam.Spectrum.Integral / reference.Spectrum.Integral, 12);
            Assert.Equal(60_000, beam.BaselineCm);
        }
    }

    [Fact] // DUNE ND: two modes x four flavours, per GeV already (flux_norm 1): integral = trapezoid of the raw columns
           // (1e-9); nu_mu dominates FHC and nubar_mu dominates RHC
    public void DuneFlux_MatchesTheReleaseTables()
    {
        Assert.Equal(8, Dune.Beams.Count);
        int[] columns = [1, 2, 4, 5];
        NeutrinoFlavour[] flavours = [NeutrinoFlavour.ElectronNeutrino, NeutrinoFlavour.MuonNeutrino, NeutrinoFlavour.ElectronAntineutrino, NeutrinoFlavour.MuonAntineutrino];
        foreach (var (mode, file) in ProjectionFluxes.DuneFiles)
        {
            var rows = Raw(file);
            for (int k = 0; k < 4; k++)
            {
                var beam = Dune.Beams.Single(b => b.Mode == mode && b.Flavour == flavours[k]);
                Assert.Equal(1.0, beam.Spectrum.Integral / Trapezoid(rows, columns[k], 1), 9);
            }
        }
        double Integral(string mode, NeutrinoFlavour f) => Dune.Beams.Single(b => b.Mode == mode && b.Flavour == f).Spectrum.Integral;
        Assert.True(Integral("FHC", NeutrinoFlavour.MuonNeutrino) > 5 * Integral("FHC", NeutrinoFlavour.MuonAntineutrino));
        Assert.True(Integral("RHC", NeutrinoFlavour.MuonAntineutrino) > 5 * Integral("RHC", NeutrinoFlavour.MuonNeutrino));
    }

    [Fact] // validate rows of ICARUS and the DUNE ND: each row's reference equals the upstream table's own histogram
           // sum recomputed here from the raw file (value x bin width; 4 digits), and each row agrees under the validator
    public void IcarusAndDuneValidationRows_QuoteTheTablesOwnIntegralsAndAgree()
    {
        static double BinSum(List<double[]> rows, int c, double width) => rows.Sum(r => r[c]) * width;
        var micro = new List<double[]>();
        using (var reader = EmbeddedTables.Of<MicroBooNEExperiment>().Open(DarkSector.Experiments.MicroBooNE.Fluxes.BnbFlux.FileName))
            while (reader.ReadLine() is { } line)
                if (!line.TrimStart().StartsWith('#') && !string.IsNullOrWhiteSpace(line))
                    micro.Add(line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToArray());
        var expected = new Dictionary<string, double>
        {
            ["icarus/flux BNB nu_mu integral"] = BinSum(micro, 2, 1) * 47 * 47 / 3600,
            ["dune-nd/flux FHC nu_mu integral"] = BinSum(Raw("DUNE_ND_FHC.dat"), 2, 0.25),
            ["dune-nd/flux RHC nubar_mu integral"] = BinSum(Raw("DUNE_ND_RHC.dat"), 5, 0.25),
        };
        var rows = Icarus.ValidationRows.Concat(Dune.ValidationRows).ToArray();
        Assert.Equal(expected.Keys.Order(), rows.Select(r => r.Id).Order());
        foreach (var row in rows) Assert.Equal(1.0, row.Published / expected[row.Id], 5e-4);
        var outcomes = Validator.Run(rows, new ValidationSettings(Quick: true));
        Assert.All(outcomes, o => Assert.Equal(ValidationVerdict.Agrees, o.Verdict));
        Assert.All(outcomes, o => Assert.InRange(o.Ratio, 0.99, 1.0)); // the trapezoid drops half an end bin: slightly below
    }

    [Fact] // the plugin contract: discovered from its assembly alone, three ids, each created and validated by the catalog
    public void Catalog_DiscoversAndValidatesTheThreePlugins()
    {
        var catalog = ExperimentCatalog.Discover(new ExperimentDiscoveryOptions { IncludeBuiltIn = false, Assemblies = { typeof(SbndExperiment).Assembly } });
        Assert.Equal(["dune-nd", "icarus", "sbnd"], catalog.Ids.ToArray());
        Assert.Equal(3, catalog.LoadAll().Count);
        Assert.Empty(catalog.Diagnostics);
    }

    [Fact] // masses at 1.38 g/cm^3: SBND active 4 x 4 x 5 m = 110.4 t (preset 112 t at 1.3954), ICARUS 2 x 3 x 3.16 x
           // 17.95 m = 469.7 t (preset 476 t), DUNE ND fiducial 29.8 t (preset 30 t); 0.1 t. Every fiducial box lies
           // inside its active box, every active box inside its cryostat argon; the soil is upstream of everything.
    public void Geometry_MassesAndNesting()
    {
        Assert.Equal(110.4, Sbnd.Site.ActiveMassKg / 1000, 1);
        Assert.Equal(469.7, Icarus.Site.ActiveMassKg / 1000, 1);
        Assert.Equal(29.8, Dune.Site.FiducialMassKg / 1000, 1);
        foreach (var experiment in new LArProjectionExperiment[] { Sbnd, Icarus, Dune })
        {
            var volumes = experiment.Detector.Volumes;
            var fiducial = volumes.Where(v => v.Role.HasFlag(VolumeRole.Fiducial)).ToArray();
            var active = volumes.Where(v => v.Name.StartsWith(LArTpcSite.Active, StringComparison.Ordinal)).ToArray();
            var cryostat = volumes.Where(v => v.Name.StartsWith(LArTpcSite.Cryostat, StringComparison.Ordinal)).ToArray();
            var dirt = volumes.Single(v => v.Role == VolumeRole.Dirt);
            Assert.Equal(experiment.Site.ModuleCentresCm.Count, fiducial.Length);
            Assert.Equal(experiment.Site.FiducialMassKg, fiducial.Sum(v => v.MassKg), 6);
            for (int i = 0; i < fiducial.Length; i++)
            {
                Assert.True(Inside(fiducial[i].Solid.Bounds, active[i].Solid.Bounds));
                Assert.True(Inside(active[i].Solid.Bounds, cryostat[i].Solid.Bounds));
                Assert.True(dirt.Solid.Bounds.Max.Z < cryostat[i].Solid.Bounds.Min.Z);
            }
            Assert.True(fiducial.All(v => v.Material.DensityGPerCm3 == 1.38));
            // the centre of the first module is fiducial; a point just behind the downstream face of the active
            // volume is cryostat argon
            var c = experiment.Site.ModuleCentresCm[0];
            Assert.Equal(0, experiment.Detector.Locate(c));
            int behind = experiment.Detector.Locate(c + new ThreeVector(0, 0, 0.5 * experiment.Site.ActiveCm.Z + 1));
            Assert.StartsWith(LArTpcSite.Cryostat, volumes[behind].Name, StringComparison.Ordinal);
        }
        static bool Inside(BoundingBox inner, BoundingBox outer) =>
            inner.Min.X >= outer.Min.X && inner.Min.Y >= outer.Min.Y && inner.Min.Z >= outer.Min.Z
            && inner.Max.X <= outer.Max.X && inner.Max.Y <= outer.Max.Y && inner.Max.Z <= outer.Max.Z;
    }

    [Fact] // default exposures (DarkNews presets), zero-background Asimov data, 95% CL 2 dof: 5.99 = 2 s, s = 3.0 events
    public void Analyses_AreZeroBackgroundCountingAtThePresetExposures()
    {
        Assert.Equal(15.6e20, Sbnd.Analyses[0].Exposures.Single().Amount);
        Assert.Equal(6.6e20, Icarus.Analyses[0].Exposures.Single().Amount);
        Assert.Equal([("FHC", 1e22, 0), ("RHC", 1e22, 1)], Dune.Analyses[0].Exposures.Select(e => (e.Mode, e.Amount, e.Block)).ToArray());
        foreach (var experiment in new LArProjectionExperiment[] { Sbnd, Icarus, Dune })
        {
            Assert.Equal(["ee-counting", "photon-counting", "ee-scaled-background"], experiment.Analyses.Select(a => a.Id).ToArray());
            Assert.Equal(SignalTopology.PhotonConversionInFiducial, experiment.Analyses[1].Signal);
            foreach (var a in experiment.Analyses.Take(2))
            {
                Assert.True(a.CoherentOnly);
                Assert.All(a.Data.Observed.ToArray(), x => Assert.Equal(0, x));
                Assert.All(a.Data.Background.ToArray(), x => Assert.Equal(0, x));
            }
            double threshold = DeltaLogLikelihood.Threshold(experiment.Defaults.ConfidenceLevel, experiment.Defaults.DegreesOfFreedom);
            var binned = experiment.Analyses[0].ToBinnedAnalysis();
            var zero = new double[binned.BinCount];
            var three = new double[binned.BinCount];
            three[0] = threshold / 2;
            Assert.Equal(threshold, binned.MinusTwoLnL(three, zero) - binned.MinusTwoLnL(zero, zero), 12);
        }
    }

    [Fact] // ee-scaled-background: MicroBooNE's background per topology (47.7, 15.5, 9.5 for 84.97 t, 6.87e20 POT) x
           // R = (M_fid POT Phi_mu) / (M_uB POT_uB Phi_mu,uB), Phi_mu the nu_mu + nubar_mu integral of the mode; Asimov data
           // equal to it; recomputed here from the beams and the masses (1e-9)
    public void ScaledBackground_IsMicroBooNEsScaledByMassExposureAndFlux()
    {
        var micro = new MicroBooNEExperiment();
        static double MuonFlux(IExperiment e, string mode) => e.Beams.Where(b => b.Mode == mode
            && (b.Flavour == NeutrinoFlavour.MuonNeutrino || b.Flavour == NeutrinoFlavour.MuonAntineutrino)).Sum(b => b.Spectrum.Integral);
        double microMass = 256 * 232 * 1036.8 * 1.38e-3;   // kg, MicroBooNE's active volume
        double[] published = [47.7, 15.5, 9.5];
        foreach (var experiment in new LArProjectionExperiment[] { Sbnd, Icarus, Dune })
        {
            var a = experiment.Analyses.Single(x => x.Id == "ee-scaled-background");
            Assert.Equal(a.Data.Background.ToArray(), a.Data.Observed.ToArray());
            for (int block = 0; block < a.Exposures.Count; block++)
            {
                var exposure = a.Exposures[block];
                double r = experiment.Site.FiducialMassKg * exposure.Amount * MuonFlux(experiment, exposure.Mode)
                    / (microMass * 6.87e20 * MuonFlux(micro, "BNB"));
                for (int i = 0; i < 3; i++) Assert.Equal(1.0, a.Data.Background[3 * block + i] / (r * published[i]), 9);
            }
        }
        // SBND: a few thousand background events, as docs/projections.md says
        Assert.InRange(Sbnd.Analyses[2].Data.Background.ToArray().Sum(), 1000, 10000);
    }

    [Fact] // the dipole upscattering at SBND (m_N = 0.2 GeV, d_mu = 6.25e-7 /GeV, coherent on argon) against a hand
           // quadrature N = POT x N_Ar x trapezoid over the raw digitised nodes of (phi_numu + phi_numubar) sigma(E), with
           // N_Ar the argon of the target volumes (the cryostat box holds the active and fiducial boxes). MC: VEGAS at
           // 8000 events is good to < 1%, the trapezoid on the ~50 MeV nodes to < 1% for this smooth sigma; tolerance 3%.
           // Three nested levels (fiducial in active in cryostat): before the owned-volume fix in DetectorSimulation the
           // fiducial box was subtracted twice from the cryostat and this ratio was 0.637 (= 95.6/150 m^3)
    public void SbndDipoleUpscattering_EqualsTheFluxFoldedCrossSection()
    {
        var parameters = new DipoleParameters { MassGeV = 0.2, DMuonGeVm1 = 6.25e-7 };
        var analysis = Sbnd.Analyses[0];
        var options = new SimulationOptions
        {
            Events = 8000,
            Seed = 3,
            Vegas = new VegasOptions { WarmupIterations = 3, WarmupEvaluations = 1000, Iterations = 3, Evaluations = 4000, Seed = 3 },
        };
        var result = DetectorSimulation.Run(Sbnd, analysis, analysis.Exposures, new DipoleSignal(parameters), options);

        var argon = Nuclei.Get("Ar40");
        var sigma = DipoleUpscattering.Coherent(parameters, LeptonFlavour.Muon, argon);
        var numu = Raw("SBND_numu.dat");
        var numubar = Raw("SBND_numubar.dat");
        double Folded(List<double[]> rows)
        {
            double sum = 0;
            for (int i = 0; i + 1 < rows.Count; i++)
            {
                double f(int j) => rows[j][0] > parameters.MassGeV * 1.01 ? rows[j][1] * 2e-9 * sigma.TotalCm2(rows[j][0]) : 0;
                sum += 0.5 * (rows[i + 1][0] - rows[i][0]) * (f(i) + f(i + 1));
            }
            return sum;
        }
        var (x, y, z) = (Sbnd.Site.ActiveCm.X + 2 * Sbnd.Site.CryostatMarginCm, Sbnd.Site.ActiveCm.Y + 2 * Sbnd.Site.CryostatMarginCm,
            Sbnd.Site.ActiveCm.Z + 2 * Sbnd.Site.CryostatMarginCm);
        double nuclei = x * y * z * 1.38 / argon.AtomicMassU * PhysicalConstants.Avogadro;
        double expected = SbndExperiment.DefaultPot * nuclei * (Folded(numu) + Folded(numubar));
        Assert.Equal(1.0, result.Upscattered / expected, 0.03);
    }
}
