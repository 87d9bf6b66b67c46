using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Validation;

namespace DarkSector.Experiments.Projections;

/// <summary>SBND, the Short-Baseline Near Detector on the Booster Neutrino Beam, 110 m from the target; experiment
/// "sbnd" (projection: sensitivities with zero or scaled-MicroBooNE background).</summary>
/// <remarks>
/// <para>Geometry (SBN proposal, arXiv:1503.01520, SBND chapter): one TPC of 400 (x, two 200 cm drift volumes sharing a
/// central cathode, neglected) × 400 (y) × 500 (z) cm of liquid argon: 110.4 t at 1.38 g/cm³ (the preset's 112 t
/// uses 1.3954 g/cm³). Fiducial volume (our documented choice): 20 cm from the x and y faces, 30 cm from the upstream
/// and 50 cm from the downstream face (360 × 360 × 420 cm, 75.1 t). Cryostat (approximation): 50 cm of argon around the
/// active volume. Upstream soil: 22 × 22 m (the DarkNews sbnd_dirt cross-section), but 50 m long instead of the preset's
/// 400 m, ending 2 m before the cryostat: the BNB decay region ends at the 50 m absorber (MiniBooNE flux paper,
/// PRD 79 (2009) 072002), so at most ~55 m of earth lie between it and SBND at 110 m.</para>
/// <para>Beam: the digitised SBND BNB flux (<see cref="ProjectionFluxes.Sbnd"/>), mode "BNB". Exposure: 15.6e20 POT
/// (the DarkNews sbnd preset, read from a NuFACT 2022 talk: ~22e20 total minus ICARUS' 6.6e20).</para>
/// </remarks>
[ExportExperiment(Id)]
public sealed class SbndExperiment : LArProjectionExperiment, IValidationSource
{
    private readonly Lazy<IReadOnlyList<ValidationRow>> _validation;

    /// <summary>The experiment id, "sbnd".</summary>
    public const string Id = "sbnd";

    /// <summary>Default exposure, POT (DarkNews preset detectors/sbnd.txt).</summary>
    public const double DefaultPot = 15.6e20;

    /// <summary>The geometry (see the remarks).</summary>
    public static LArTpcSite Layout() => new()
    {
        Name = "SBND",
        ModuleCentresCm = [ThreeVector.Zero],
        ActiveCm = (400, 400, 500),
        FiducialSideMarginCm = 20,
        FiducialUpstreamMarginCm = 30,
        FiducialDownstreamMarginCm = 50,
        CryostatMarginCm = 50,
        DirtCrossSectionCm = (2200, 2200),
        DirtLengthCm = 5000,
        DirtGapCm = 200,
    };

    /// <summary>Builds the description (parses the embedded flux tables).</summary>
    public SbndExperiment() : base(new ExperimentInfo
    {
        Id = Id,
        Name = "SBND (projection)",
        Description = "112 t liquid-argon TPC on the Booster Neutrino Beam, 110 m from the target: sensitivity to N -> nu e+e- and "
            + "N -> nu gamma after coherent upscattering in argon or the upstream soil; MicroBooNE's selection; zero or scaled-MicroBooNE background.",
        Citation = "SBN proposal, arXiv:1503.01520 (SBND detector, 110 m); BNB flux at SBND: SBND collaboration, NuFACT 2022 "
            + "(digitised by the DarkNews authors); exposure: DarkNews 0.4.9 sbnd preset",
    }, Layout(), ProjectionFluxes.Sbnd(), [new BeamExposure(ProjectionFluxes.Bnb, DefaultPot)])
    {
        _validation = new(() => SbndValidation.Rows(this));
    }

    /// <summary>The flux normalisation and the dipole upscattering against a hand quadrature (<see cref="SbndValidation"/>).</summary>
    public IReadOnlyList<ValidationRow> ValidationRows => _validation.Value;

    /// <inheritdoc />
    /// <remarks>"sbn-projections": the sensitivities of SBND, ICARUS and DUNE ND together (<see cref="ProjectionFigures.SbnProjections"/>).</remarks>
    public override IReadOnlyList<CompositeFigure> CompositeFigures => [ProjectionFigures.SbnProjections];
}
