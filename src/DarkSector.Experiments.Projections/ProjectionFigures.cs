using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Limits;

namespace DarkSector.Experiments.Projections;

/// <summary>
/// The sensitivity figures of the LAr projections (Asimov data, zero-background counting, 95% CL) in the three planes of
/// today's limits: the dipole plane of "minerva-dipole" (single photons converting in the fiducial volume), the heavy-Z'
/// plane of "t2k-nd280-heavy" (e⁺e⁻; m_Z' = 1.25 GeV, ε² = 4.6e-4, α_D = 0.4, |V_N|² = 1) and the light-Z' plane of
/// "microboone-30mev" (m_Z' = 30 MeV, ε = 8e-4, g_D = 2); and the composite "sbn-projections" drawing them together.
/// </summary>
internal static class ProjectionFigures
{
    private const string Reference = "projections (docs/projections.md): SBND, ICARUS, DUNE ND-LAr plugins, MicroBooNE's selection, zero background";

    /// <summary>The three sensitivity figures of experiment <paramref name="id"/> ("{id}-dipole", "{id}-heavy",
    /// "{id}-light").</summary>
    public static IReadOnlyList<PublishedFigure> Of(string id, PublicationDefaults defaults) =>
    [
        Sensitivity(id, defaults, "dipole", $"{id}: photon-counting sensitivity, d_muN vs m_N", "dipole", "photon-counting",
            new FigureAxis("m-n", 0.05, 1, AxisScale.Logarithmic, 12), new FigureAxis("d-mu", 1e-10, 1e-5, AxisScale.Logarithmic, 40), []),
        Sensitivity(id, defaults, "heavy", $"{id}: ee-counting sensitivity, |V_muN|^2 vs m_N at m_Z' = 1.25 GeV", "dark-photon", "ee-counting",
            new FigureAxis("m-n", 0.01, 0.5, AxisScale.Logarithmic, 20), new FigureAxis("v-mu-n2", 1e-14, 1e-5, AxisScale.Logarithmic, 46),
            [new("mzprime", 1.25), new("epsilon2", 4.6e-4), new("alpha-d", 0.4), new("v-n2", 1)]),
        Sensitivity(id, defaults, "light", $"{id}: ee-counting sensitivity, |U_mu4|^2 vs m_4 at m_Z' = 30 MeV (MicroBooNE's slice)", "dark-photon", "ee-counting",
            new FigureAxis("m-n", 0.03, 0.4, AxisScale.Logarithmic, 15), new FigureAxis("v-mu-n2", 1e-16, 1e-7, AxisScale.Logarithmic, 46),
            [new("mzprime", 0.03), new("epsilon", 8e-4), new("alpha-d", 4 / (4 * Math.PI))]),
    ];

    /// <summary>"sbn-projections": the nine sensitivities of SBND, ICARUS and DUNE ND, one overlay per plane with
    /// today's limit (the figures "minerva-dipole", "t2k-nd280-heavy", "microboone-30mev") dashed.</summary>
    public static CompositeFigure SbnProjections { get; } = new()
    {
        Id = "sbn-projections",
        ExperimentId = SbndExperiment.Id,
        Title = "SBND, ICARUS and DUNE ND sensitivities (Asimov, 95% CL): dipole plane d_muN vs m_N, heavy-Z' plane |V_muN|^2 vs m_N at m_Z' = 1.25 GeV, light-Z' plane at m_Z' = 30 MeV",
        Reference = Reference,
        Parts = new[] { SbndExperiment.Id, IcarusExperiment.Id, DuneNdExperiment.Id }
            .SelectMany(e => new[] { "dipole", "heavy", "light" }.Select(plane => new CompositePart($"{e}-{plane}", plane))).ToArray(),
        PlaneReferences = new Dictionary<string, string> { ["dipole"] = "minerva-dipole", ["heavy"] = "t2k-nd280-heavy", ["light"] = "microboone-30mev" },
    };

    private static PublishedFigure Sensitivity(string id, PublicationDefaults defaults, string plane, string title, string family, string analysis,
        FigureAxis x, FigureAxis y, IReadOnlyList<FigureParameter> fixedValues) => new()
    {
        Id = $"{id}-{plane}",
        ExperimentId = id,
        Title = title,
        Reference = Reference,
        Family = family,
        Analysis = analysis,
        X = x,
        Y = y,
        Fixed = fixedValues,
        Events = 3000,
        Data = FigureData.Asimov,
        ConfidenceLevel = defaults.ConfidenceLevel,
        DegreesOfFreedom = defaults.DegreesOfFreedom,
    };
}
