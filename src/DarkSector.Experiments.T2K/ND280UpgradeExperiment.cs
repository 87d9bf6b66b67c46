using DarkSector.Experiments.T2K.Analyses;
using DarkSector.Experiments.T2K.Fluxes;
using DarkSector.Experiments.T2K.Geometry;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Geometry;

namespace DarkSector.Experiments.T2K;

/// <summary>
/// Projection for the ND280 upgrade, exported as "t2k-nd280-upgrade": the P0D replaced by a SuperFGD between two
/// high-angle TPCs, five TPCs in total, analysis I ("tpc-ee") at 2e22 POT with Asimov data (Liu, Kamp, Argüelles 2025).
/// </summary>
/// <remarks>Same beams and upstream rock as <see cref="ND280Experiment"/>; geometry from SIREN's ND280UPGRD model with
/// the argon density corrected (see the layout's remarks in the source). Immutable and thread-safe.</remarks>
[ExportExperiment(Id)]
public sealed class ND280UpgradeExperiment : IExperiment
{
    /// <summary>The experiment id, "t2k-nd280-upgrade".</summary>
    public const string Id = "t2k-nd280-upgrade";

    /// <summary>Builds the description (parses the embedded tables).</summary>
    public ND280UpgradeExperiment()
    {
        var modules = ND280UpgradeLayout.Modules();
        Detector = ND280DetectorBuilder.Build("T2K ND280 upgrade", modules, ND280DetectorBuilder.IsTpc, withRock: true);
        Beams = T2KBeams.All();
        Analyses = T2KAnalyses.Upgrade(modules);
    }

    /// <inheritdoc />
    public ExperimentInfo Info { get; } = new()
    {
        Id = Id,
        Name = "T2K ND280 upgrade (projection)",
        Description = "ND280 with the P0D replaced by a SuperFGD between two high-angle TPCs (five TPCs), 2e22 POT projection of the TPC e+e- search.",
        Citation = "M.-S. Liu, N.W. Kamp, C.A. Argüelles (2025); C.A. Argüelles, N. Foppiani, M. Hostert, PRD 107 (2023) 035027",
    };

    /// <inheritdoc />
    public Detector Detector { get; }

    /// <inheritdoc />
    public IReadOnlyList<BeamFlux> Beams { get; }

    /// <inheritdoc />
    public IReadOnlyList<AnalysisDefinition> Analyses { get; }

    /// <inheritdoc />
    public PublicationDefaults Defaults { get; } = new() { ConfidenceLevel = 0.90, DegreesOfFreedom = 2 };
}
