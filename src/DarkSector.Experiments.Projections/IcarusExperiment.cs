using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Validation;

namespace DarkSector.Experiments.Projections;

/// <summary>ICARUS T600 on the Booster Neutrino Beam, 600 m from the target; experiment "icarus" (projection:
/// sensitivities with zero or scaled-MicroBooNE background).</summary>
/// <remarks>
/// <para>Geometry (ICARUS T600: S. Amerio et al., NIM A 527 (2004) 329; SBN proposal arXiv:1503.01520): two identical
/// modules (cryostats) side by side, each holding two TPCs with a common central cathode: an active volume of
/// 2 × 150 cm drift (x) × 316 cm (y) × 1795 cm (z) per module, 2 × 170.2 m³ = 469.7 t at 1.38 g/cm³ (the preset's 476 t
/// uses 1.3954 g/cm³). Module centres at x = ±250 cm (approximation: the cryostats' walls and insulation between the
/// active volumes taken as 2 m). Cryostat (approximation): 37 cm of argon around each active volume, which makes the
/// total ≈ 750 t against the T600's 760 t. Fiducial volume (our documented choice): 25 cm from the x and y faces, 30 cm
/// from the upstream and 50 cm from the downstream face per module (315 t). Upstream soil: the MicroBooNE/DarkNews
/// extent, 22 × 22 m across and 400 m long, ending 2 m before the cryostats.</para>
/// <para>Beam: MicroBooNE's BNB flux × (47/60)² (<see cref="ProjectionFluxes.Icarus"/>; DarkNews icarus preset), mode "BNB".
/// Exposure: 6.6e20 POT (DarkNews preset).</para>
/// </remarks>
[ExportExperiment(Id)]
public sealed class IcarusExperiment : LArProjectionExperiment, IValidationSource
{
    /// <summary>The experiment id, "icarus".</summary>
    public const string Id = "icarus";

    /// <summary>Default exposure, POT (DarkNews preset detectors/icarus.txt).</summary>
    public const double DefaultPot = 6.6e20;

    /// <summary>The geometry (see the remarks).</summary>
    public static LArTpcSite Layout() => new()
    {
        Name = "ICARUS",
        ModuleCentresCm = [new ThreeVector(-250, 0, 0), new ThreeVector(250, 0, 0)],
        ActiveCm = (300, 316, 1795),
        FiducialSideMarginCm = 25,
        FiducialUpstreamMarginCm = 30,
        FiducialDownstreamMarginCm = 50,
        CryostatMarginCm = 37,
        DirtCrossSectionCm = (2200, 2200),
        DirtLengthCm = 40_000,
        DirtGapCm = 200,
    };

    /// <summary>Builds the description (parses the embedded flux table).</summary>
    public IcarusExperiment() : base(new ExperimentInfo
    {
        Id = Id,
        Name = "ICARUS (projection)",
        Description = "476 t liquid-argon TPC (two T600 modules) on the Booster Neutrino Beam, 600 m from the target: sensitivity to "
            + "N -> nu e+e- and N -> nu gamma after coherent upscattering in argon or the upstream soil; MicroBooNE's selection; zero or scaled-MicroBooNE background.",
        Citation = "S. Amerio et al. (ICARUS), NIM A 527 (2004) 329 (T600 detector); SBN proposal, arXiv:1503.01520 (600 m); "
            + "flux: MicroBooNE BNB flux (arXiv:2110.13978) x (47/60)^2 as DarkNews 0.4.9 icarus preset",
    }, Layout(), ProjectionFluxes.Icarus(), [new BeamExposure(ProjectionFluxes.Bnb, DefaultPot)])
    {
        ValidationRows =
        [
            FluxIntegralRow.Create(this, ProjectionFluxes.Bnb, NeutrinoFlavour.MuonNeutrino, "BNB nu_mu", 4.526e-10,
                "data/darknews/fluxes/MicroBooNE_BNB_fullflux.txt: sum of the NuMu column over its 200 bins of 50 MeV "
                + "(nu/cm^2/POT/bin) = 7.376e-10, x (47/60)^2 (the DarkNews icarus preset's flux_norm)"),
        ];
    }

    /// <summary>The flux normalisation against the upstream table's own integral (<see cref="FluxIntegralRow"/>).</summary>
    public IReadOnlyList<ValidationRow> ValidationRows { get; }
}
