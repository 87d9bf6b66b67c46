using System.Globalization;
using DarkSector.Experiments.MicroBooNE.Geometry;
using DarkSector.Physics;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Simulation;
using DarkSector.Sampling.Validation;

namespace DarkSector.Experiments.Projections;

/// <summary>
/// Validation rows of the SBND projection: the flux normalisation against the number the data folder's provenance
/// states for the raw digitised tables, and the dipole upscattering rate of the simulation against a hand quadrature
/// over those tables (the two checks the projections issue asks of <c>darksector validate</c>).
/// </summary>
internal static class SbndValidation
{
    /// <summary>Reference point of the upscattering row: the dipole benchmark of the projections (m_N = 0.2 GeV, d_μN = 6.25e-7 GeV⁻¹).</summary>
    private static readonly DipoleParameters Dipole = new() { MassGeV = 0.2, DMuonGeVm1 = 6.25e-7 };

    public static IReadOnlyList<ValidationRow> Rows(SbndExperiment sbnd)
    {
        double hand = HandQuadratureUpscattering(sbnd);
        return
        [
            new ValidationRow
            {
                Id = "sbnd/flux nu_mu integral",
                Experiment = SbndExperiment.Id,
                Quantity = "integral of the BNB nu_mu flux at SBND (nu / cm^2 / POT)",
                Published = 1.56e-8,
                PublishedUncertainty = 0.005e-8,
                Source = "data/darknews/PROVENANCE.md: integral of the raw digitised SBND tables (DarkNews, SBND at NuFACT 2022)",
                Assumptions = "the four raw tables x 2e-9 (nu / 1e6 POT / m^2 / 50 MeV to per GeV per cm^2 per POT), linear between nodes; not the truncated sbnd_fhc.dat (3.4e-9)",
                RelativeTolerance = 0.01,
                ToleranceReason = "linear interpolation vs the provenance note's integration of the same nodes",
                Compute = _ => new ValidationValue(sbnd.Beams.Single(b => b.Flavour == NeutrinoFlavour.MuonNeutrino).Spectrum.Integral, 0),
            },
            new ValidationRow
            {
                Id = "sbnd/dipole upscattering vs hand quadrature",
                Experiment = SbndExperiment.Id,
                Quantity = "N produced by coherent dipole upscattering on the argon of SBND (m_N = 0.2 GeV, d_muN = 6.25e-7 GeV^-1, 15.6e20 POT)",
                Published = hand,
                PublishedUncertainty = 0,
                Source = "hand quadrature: POT x N_Ar x trapezoid over the raw digitised nodes of (phi_numu + phi_numubar) sigma(E) (sigma of DipoleUpscattering.Coherent)",
                Assumptions = "coherent upscattering in the argon (cryostat box: active + 50 cm), Dirac N, kamp2023 normalisation",
                RelativeTolerance = 0.02,
                ToleranceReason = "trapezoid on the ~50 MeV nodes vs the generator's interpolated flux (< 1% for this smooth sigma) and VEGAS' integration error",
                Compute = s =>
                {
                    var analysis = sbnd.Analyses[0];
                    var result = DetectorSimulation.Run(sbnd, analysis, analysis.Exposures, new DipoleSignal(Dipole),
                        new SimulationOptions { Events = s.Events, Seed = s.Seed, Processes = UpscatteringProcessKinds.Coherent });
                    var argon = result.UpscatteredByNucleus.TryGetValue("Ar40", out var ar) ? ar : new EventEstimate(0, 0);
                    return new ValidationValue(argon.Value, argon.McError,
                        Note: string.Create(CultureInfo.InvariantCulture, $"all volumes {result.Upscattered:0.###e+0} (soil included)"));
                },
            },
        ];
    }

    /// <summary>POT × N_Ar × Σ trapezoid over the raw nodes of (φ_ν_μ + φ_ν̄_μ) σ_coh(E), σ = 0 within 1% of threshold.</summary>
    private static double HandQuadratureUpscattering(SbndExperiment sbnd)
    {
        var argon = Nuclei.Get("Ar40");
        var sigma = DipoleUpscattering.Coherent(Dipole, LeptonFlavour.Muon, argon);
        double folded = 0;
        foreach (string file in new[] { "SBND_numu.dat", "SBND_numubar.dat" })
        {
            var rows = new List<(double E, double Phi)>();
            using var reader = ProjectionFluxes.Open(file);
            while (reader.ReadLine() is { } line)
            {
                if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#')) continue;
                var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                rows.Add((double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture) * 2e-9));
            }
            double F(int j) => rows[j].E > Dipole.MassGeV * 1.01 ? rows[j].Phi * sigma.TotalCm2(rows[j].E) : 0;
            for (int i = 0; i + 1 < rows.Count; i++) folded += 0.5 * (rows[i + 1].E - rows[i].E) * (F(i) + F(i + 1));
        }
        var site = sbnd.Site;
        double volume = (site.ActiveCm.X + 2 * site.CryostatMarginCm) * (site.ActiveCm.Y + 2 * site.CryostatMarginCm)
            * (site.ActiveCm.Z + 2 * site.CryostatMarginCm);
        double nuclei = volume * BoosterSiteMaterials.ArgonDensityGPerCm3 / argon.AtomicMassU * PhysicalConstants.Avogadro;
        return SbndExperiment.DefaultPot * nuclei * folded;
    }
}
