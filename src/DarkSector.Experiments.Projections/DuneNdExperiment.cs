using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Validation;

namespace DarkSector.Experiments.Projections;

/// <summary>The DUNE near detector's liquid-argon TPC (ND-LAr) on the LBNF beam, 574 m from the target; experiment
/// "dune-nd" (projection: sensitivities with zero or scaled-MicroBooNE background, neutrino and antineutrino mode).</summary>
/// <remarks>
/// <para>Geometry (DUNE Near Detector Conceptual Design Report, arXiv:2103.13910): an array of 35 optically isolated
/// modules of 1 × 1 m (x, z) by 3 m height, i.e. 700 (x) × 300 (y) × 500 (z) cm active, 144.9 t at 1.38 g/cm³ (module
/// walls neglected). Fiducial volume (our choice, made to match the DarkNews preset's 30 t): 50 cm from the x and y
/// faces, 120 cm from the upstream and 200 cm from the downstream face (600 × 200 × 180 cm, 29.8 t). Cryostat
/// (approximation): 50 cm of argon around the active volume. Upstream rock (approximation): the BNB soil composition and
/// density, 20 × 20 m across and 100 m long, ending 3 m before the cryostat (the hall is ~60 m underground; the beam's
/// 5.8° downward slope is neglected, z is along the beam).</para>
/// <para>Beams: DUNE ND flux release (arXiv:2103.04797; 1.2 MW, 120 GeV), modes "FHC" and "RHC", one binning block each.
/// Exposure: 1e22 POT per mode (DarkNews presets dune_nd_fhc/rhc).</para>
/// </remarks>
[ExportExperiment(Id)]
public sealed class DuneNdExperiment : LArProjectionExperiment, IValidationSource
{
    /// <summary>The experiment id, "dune-nd".</summary>
    public const string Id = "dune-nd";

    /// <summary>Default exposure per beam mode, POT (DarkNews presets detectors/dune_nd_{fhc,rhc}.txt).</summary>
    public const double DefaultPotPerMode = 1e22;

    /// <summary>The geometry (see the remarks).</summary>
    public static LArTpcSite Layout() => new()
    {
        Name = "DUNE ND-LAr",
        ModuleCentresCm = [ThreeVector.Zero],
        ActiveCm = (700, 300, 500),
        FiducialSideMarginCm = 50,
        FiducialUpstreamMarginCm = 120,
        FiducialDownstreamMarginCm = 200,
        CryostatMarginCm = 50,
        DirtCrossSectionCm = (2000, 2000),
        DirtLengthCm = 10_000,
        DirtGapCm = 300,
    };

    /// <summary>Builds the description (parses the embedded flux tables).</summary>
    public DuneNdExperiment() : base(new ExperimentInfo
    {
        Id = Id,
        Name = "DUNE ND-LAr (projection)",
        Description = "Liquid-argon TPC of the DUNE near detector (30 t fiducial) on the LBNF beam, 574 m from the target, neutrino and "
            + "antineutrino mode: sensitivity to N -> nu e+e- and N -> nu gamma after coherent upscattering; MicroBooNE's selection; zero or scaled-MicroBooNE background.",
        Citation = "DUNE collaboration, Near Detector Conceptual Design Report, arXiv:2103.13910 (ND-LAr); flux: arXiv:2103.04797; "
            + "exposure and fiducial mass: DarkNews 0.4.9 dune_nd presets",
    }, Layout(), ProjectionFluxes.DuneNd(),
        [new BeamExposure(ProjectionFluxes.Fhc, DefaultPotPerMode), new BeamExposure(ProjectionFluxes.Rhc, DefaultPotPerMode)])
    {
        ValidationRows =
        [
            FluxIntegralRow.Create(this, ProjectionFluxes.Fhc, NeutrinoFlavour.MuonNeutrino, "FHC nu_mu", 1.049e-7,
                "data/darknews/fluxes/DUNE_ND_FHC.dat: sum of the numu column (nu/cm^2/POT/GeV) over its 501 bins x 0.25 GeV"),
            FluxIntegralRow.Create(this, ProjectionFluxes.Rhc, NeutrinoFlavour.MuonAntineutrino, "RHC nubar_mu", 9.442e-8,
                "data/darknews/fluxes/DUNE_ND_RHC.dat: sum of the numubar column (nu/cm^2/POT/GeV) over its 501 bins x 0.25 GeV"),
        ];
    }

    /// <summary>The flux normalisations of both modes against the upstream tables' own integrals (<see cref="FluxIntegralRow"/>).</summary>
    public IReadOnlyList<ValidationRow> ValidationRows { get; }
}
