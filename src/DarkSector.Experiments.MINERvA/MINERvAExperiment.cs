using DarkSector.Experiments.MINERvA.Analyses;
using DarkSector.Experiments.MINERvA.Fluxes;
using DarkSector.Experiments.MINERvA.Geometry;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Validation;

namespace DarkSector.Experiments.MINERvA;

/// <summary>
/// MINERvA in the NuMI beam: hexagonal detector with nuclear targets, the LE and ME fluxes, and the ν-e elastic
/// samples as searches for a dipole-portal HNL (N → ν γ, photon converting in the fiducial volume) of Kamp et al.,
/// exported as experiment "minerva".
/// </summary>
/// <remarks>
/// <para>Detector: see the layout in the source (targets, tracker, ECAL ring, veto, air, upstream dirt; fiducial hexagon
/// of apothem 81 cm). Beams: "LE-FHC", "ME-FHC" (digitised), "ME-RHC" (digitised), ν_e, ν_μ, ν̄_e, ν̄_μ per GeV per cm²
/// per POT. Analyses: "le-fhc", "me-fhc", "me-rhc" (30% background normalisation) and their "-conservative" variants
/// (100%); "le-fhc-ee", "me-fhc-ee", "me-rhc-ee" for e⁺e⁻ signals decaying in the fiducial volume; digitised sideband
/// data (approximate).</para>
/// <para>Immutable and thread-safe; reads only its embedded resources.</para>
/// </remarks>
[ExportExperiment(Id)]
public sealed class MINERvAExperiment : IExperiment, IValidationSource
{
    /// <summary>The experiment id, "minerva".</summary>
    public const string Id = "minerva";

    /// <summary>Builds the description (parses the embedded tables).</summary>
    public MINERvAExperiment()
    {
        Detector = MINERvALayout.Build();
        Beams = NuMIBeams.All();
        Analyses = MINERvAAnalyses.All();
    }

    /// <inheritdoc />
    public ExperimentInfo Info { get; } = new()
    {
        Id = Id,
        Name = "MINERvA",
        Description = "NuMI on-axis detector with nuclear targets and a scintillator tracker; neutrino-electron elastic samples (LE-FHC, ME-FHC, ME-RHC) "
            + "used as searches for heavy neutral leptons decaying to nu gamma with the photon converting in the fiducial volume (high-dE/dx sideband).",
        Citation = "N.W. Kamp et al. (2023), MINERvA constraints on the dipole portal; MINERvA, PRD 93 (2016) 112007; PRD 100 (2019) 092001",
    };

    /// <inheritdoc />
    public Detector Detector { get; }

    /// <inheritdoc />
    public IReadOnlyList<BeamFlux> Beams { get; }

    /// <inheritdoc />
    public IReadOnlyList<AnalysisDefinition> Analyses { get; }

    /// <inheritdoc />
    /// <remarks>The published sample sizes against the plugin's digitised histograms (MINERvAValidation).</remarks>
    public IReadOnlyList<ValidationRow> ValidationRows => Validation.MINERvAValidation.Rows;

    /// <inheritdoc />
    /// <remarks>95% CL (experiments.md) in the (m_N, d_μN) plane, 2 dof.</remarks>
    public PublicationDefaults Defaults { get; } = new() { ConfidenceLevel = 0.95, DegreesOfFreedom = 2 };

    /// <inheritdoc />
    /// <remarks>"minerva-dipole" (<see cref="MINERvAFigures"/>).</remarks>
    public IReadOnlyList<PublishedFigure> Figures => MINERvAFigures.All(Defaults);
}
