using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Geometry;

namespace DarkSector.Experiments.Projections;

/// <summary>A liquid-argon TPC projection: a <see cref="LArTpcSite"/>, its beams and default exposures, and the
/// analyses of <see cref="ProjectionAnalyses"/> (zero background, or MicroBooNE's scaled).</summary>
/// <remarks>
/// <para>Limits at 95% CL with 2 dof (Δχ² = 5.99), as MicroBooNE's search. The default exposures are the DarkNews
/// presets' (data/darknews/detectors); another exposure is given to the simulation directly
/// (<c>DetectorSimulation.Run(experiment, analysis, exposures, ...)</c>) or with <c>rate --pot</c>.</para>
/// <para>Immutable and thread-safe; reads only embedded resources.</para>
/// </remarks>
public abstract class LArProjectionExperiment : IExperiment
{
    /// <summary>Builds the description.</summary>
    /// <param name="info">Id, name, description, citation.</param>
    /// <param name="site">The geometry.</param>
    /// <param name="beams">The fluxes per mode and flavour.</param>
    /// <param name="exposures">Default exposure per beam mode (POT).</param>
    private protected LArProjectionExperiment(ExperimentInfo info, LArTpcSite site, IReadOnlyList<BeamFlux> beams, IReadOnlyList<BeamExposure> exposures)
    {
        Info = info;
        Site = site;
        Detector = site.Build();
        Beams = beams;
        Analyses = ProjectionAnalyses.All(exposures, site.FiducialSolids(), exposures.Select(e => ProjectionAnalyses.BackgroundScale(site.FiducialMassKg, e.Amount,
            beams.Where(b => b.Mode == e.Mode && b.Flavour is NeutrinoFlavour.MuonNeutrino or NeutrinoFlavour.MuonAntineutrino).Sum(b => b.Spectrum.Integral))).ToArray());
    }

    /// <summary>The geometry specification.</summary>
    public LArTpcSite Site { get; }

    /// <inheritdoc />
    public ExperimentInfo Info { get; }

    /// <inheritdoc />
    public Detector Detector { get; }

    /// <inheritdoc />
    public IReadOnlyList<BeamFlux> Beams { get; }

    /// <inheritdoc />
    public IReadOnlyList<AnalysisDefinition> Analyses { get; }

    /// <inheritdoc />
    /// <remarks>95% CL, 2 dof: the zero-background analyses then exclude points with ≥ 3.0 selected events.</remarks>
    public PublicationDefaults Defaults { get; } = new() { ConfidenceLevel = 0.95, DegreesOfFreedom = 2 };

    /// <inheritdoc />
    /// <remarks>The sensitivities "{id}-dipole", "{id}-heavy", "{id}-light" (<see cref="ProjectionFigures"/>).</remarks>
    public IReadOnlyList<PublishedFigure> Figures => ProjectionFigures.Of(Info.Id, Defaults);

    /// <inheritdoc />
    public virtual IReadOnlyList<CompositeFigure> CompositeFigures => [];
}
