using DarkSector.Experiments.MicroBooNE.Analyses;
using DarkSector.Experiments.MicroBooNE.Fluxes;
using DarkSector.Experiments.MicroBooNE.Geometry;
using DarkSector.Experiments.MicroBooNE.Validation;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Validation;

namespace DarkSector.Experiments.MicroBooNE;

/// <summary>
/// MicroBooNE: the first direct search for dark-sector e⁺e⁻ explanations of the MiniBooNE excess (single and dual dark
/// neutrinos; MicroBooNE collaboration 2025), exported as experiment "microboone".
/// </summary>
/// <remarks>
/// <para>Detector (cm, origin at the TPC centre, z along the beam): the 85 t liquid-argon TPC active volume, the argon of
/// the cryostat around it, and upstream compacted soil (see the remarks of the layout in the source).</para>
/// <para>Beam: "BNB" (neutrino mode), ν_μ, ν̄_μ, ν_e, ν̄_e per GeV per cm² per POT, 470 m from the target.</para>
/// <para>Analyses: "ee-topologies" (default), "ee-topologies-correlated", "ee-topologies-signal-syst" (30% signal systematic), "ee-total"; coherent upscattering only,
/// 6.87e20 POT. Single dark neutrino: N_4 → ν e⁺e⁻; dual: produce N_5 and decay N_5 → N_4 e⁺e⁻.</para>
/// <para>Immutable and thread-safe; reads only its embedded resources.</para>
/// </remarks>
[ExportExperiment(Id)]
public sealed class MicroBooNEExperiment : IExperiment, IValidationSource
{
    private readonly Lazy<IReadOnlyList<ValidationRow>> _validation;

    /// <summary>The experiment id, "microboone".</summary>
    public const string Id = "microboone";

    /// <summary>Builds the description (parses the embedded flux table).</summary>
    public MicroBooNEExperiment()
    {
        Detector = MicroBooNELayout.Build();
        Beams = BnbFlux.All();
        Analyses = MicroBooNEAnalyses.All();
        _validation = new(() => MicroBooNEValidation.Rows(this));
    }

    /// <inheritdoc />
    /// <remarks>The example point's Asimov Δχ² with and without the signal systematic (MicroBooNEValidation).</remarks>
    public IReadOnlyList<ValidationRow> ValidationRows => _validation.Value;

    /// <inheritdoc />
    public ExperimentInfo Info { get; } = new()
    {
        Id = Id,
        Name = "MicroBooNE",
        Description = "85 t liquid-argon TPC on the Booster Neutrino Beam, 470 m from the target: dark neutrinos upscattered coherently "
            + "in the argon or the upstream soil and decaying to e+e- in the TPC (single: N4 -> nu e+e-; dual: N5 -> N4 e+e-), "
            + "three topologies (one shower, shower + track, two showers).",
        Citation = "MicroBooNE collaboration (2025), first direct search for dark-sector e+e- explanations of the MiniBooNE excess; "
            + "MicroBooNE, JINST 12 (2017) P02017 (detector)",
    };

    /// <inheritdoc />
    public Detector Detector { get; }

    /// <inheritdoc />
    public IReadOnlyList<BeamFlux> Beams { get; }

    /// <inheritdoc />
    public IReadOnlyList<AnalysisDefinition> Analyses { get; }

    /// <inheritdoc />
    /// <remarks>Δχ² = 5.99 (95% CL, 2 dof). The published slice (g_D = 2, ε = 8e-4, m_Z' = 30 MeV) and the
    /// collaboration's example point (m_4 = 106 MeV, |U_μ4|² = 2e-10) are in <see cref="Figures"/>.</remarks>
    public PublicationDefaults Defaults { get; } = new() { ConfidenceLevel = 0.95, DegreesOfFreedom = 2 };

    /// <inheritdoc />
    /// <remarks>"microboone-30mev" (<see cref="MicroBooNEFigures"/>).</remarks>
    public IReadOnlyList<PublishedFigure> Figures => MicroBooNEFigures.All(Defaults);
}
