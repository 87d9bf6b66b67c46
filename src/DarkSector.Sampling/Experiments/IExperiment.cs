using DarkSector.Sampling.Geometry;

namespace DarkSector.Sampling.Experiments;

/// <summary>
/// The plugin contract: the facts about one experiment that the core needs to predict and test a signal — identity,
/// detector, beams, analyses, the publication's defaults and the published figures. Plugins state facts; the core owns the generator, the
/// weights and the statistics.
/// </summary>
/// <remarks>
/// An experiment assembly exports one implementation per experiment with <see cref="ExportExperimentAttribute"/>
/// (System.Composition); the host discovers it at run time (<see cref="ExperimentCatalog"/>). Implementations must
/// have a public parameterless constructor, be immutable and thread-safe, and do no I/O beyond reading their own
/// embedded resources. See docs/writing-a-plugin.md.
/// </remarks>
public interface IExperiment
{
    /// <summary>Identity; <see cref="ExperimentInfo.Id"/> must equal the id in the export attribute.</summary>
    ExperimentInfo Info { get; }

    /// <summary>The detector: volumes with materials and roles (targets, fiducial volumes, dirt, air, veto), cm,
    /// z along the beam.</summary>
    Detector Detector { get; }

    /// <summary>Beam fluxes at the detector, one per mode and flavour.</summary>
    IReadOnlyList<BeamFlux> Beams { get; }

    /// <summary>The analyses this experiment provides.</summary>
    IReadOnlyList<AnalysisDefinition> Analyses { get; }

    /// <summary>The settings of the publication it reproduces.</summary>
    PublicationDefaults Defaults { get; }

    /// <summary>Named groups of volumes for <see cref="Simulation.VolumeSelection"/> (group name → volume names), in
    /// addition to the built-in groups detector, dirt, rock, soil and fiducial; none by default.</summary>
    IReadOnlyDictionary<string, IReadOnlyList<string>> VolumeGroups => EmptyGroups;

    /// <summary>The published figures this plugin owns and the core can recompute (<c>darksector reproduce</c>); none by
    /// default.</summary>
    IReadOnlyList<PublishedFigure> Figures => [];

    /// <summary>Figures made of several published figures (possibly of other experiments); none by default.</summary>
    IReadOnlyList<CompositeFigure> CompositeFigures => [];

    /// <summary>Figures that combine this experiment's scan of a plane with other experiments' (e.g. a preferred region
    /// against the others' limits); none by default.</summary>
    IReadOnlyList<CombinedFigure> CombinedFigures => [];

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> EmptyGroups = new Dictionary<string, IReadOnlyList<string>>();
}
