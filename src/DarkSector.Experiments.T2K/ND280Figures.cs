using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Experiments.T2K;

/// <summary>The published figures of <see cref="ND280Experiment"/>.</summary>
internal static class ND280Figures
{
    /// <summary>The assumptions of Argüelles, Foppiani, Hostert (PRD 107 (2023) 035027): coherent scattering only, and
    /// only the ND280 modules of their Table II (no upstream rock); Dirac HNLs.</summary>
    public static AssumptionSet AsPublished { get; } = new()
    {
        Processes = UpscatteringProcessKinds.Coherent,
        Volumes = new VolumeSelection { Exclude = ["upstream-rock"] },
    };

    /// <summary>
    /// "t2k-nd280-heavy": analysis I (TPC e⁺e⁻), the (m_N, |V_μN|²) plane at the heavy-mediator benchmark of
    /// Argüelles-Foppiani-Hostert (m_Z' = 1.25 GeV, ε² = 4.6e-4, α_D = 0.4, |V_N|² = 1; benchmark B of Table I:
    /// m_N = 0.1 GeV, |V_μN|² = 2.2e-7), with DarkSector's physics and, dashed, under the paper's assumptions
    /// (<see cref="AsPublished"/>; the difference is explained in docs/validation.md).
    /// </summary>
    public static IReadOnlyList<PublishedFigure> All(PublicationDefaults defaults) =>
    [
        new PublishedFigure
        {
            Id = "t2k-nd280-heavy",
            ExperimentId = ND280Experiment.Id,
            Title = "T2K ND280 analysis I (TPC e+e-), 90% CL exclusion in |V_muN|^2 vs m_N at m_Z' = 1.25 GeV, eps^2 = 4.6e-4, alpha_D = 0.4, |V_N|^2 = 1",
            Reference = "Arguelles, Foppiani, Hostert, PRD 107 (2023) 035027, ND280 heavy-mediator plane",
            Family = "dark-photon",
            Analysis = "tpc-ee",
            X = new FigureAxis("m-n", 0.01, 0.5, AxisScale.Logarithmic, 20),
            Y = new FigureAxis("v-mu-n2", 1e-10, 1e-5, AxisScale.Logarithmic, 30),
            Fixed = [new("mzprime", 1.25), new("epsilon2", 4.6e-4), new("alpha-d", 0.4), new("v-n2", 1)],
            // the column's lifetime is fixed by |V_N|^2, so each column is allocated by its pilot (FamilyScan) and grows
            // where the P0D-ECAL2 tail needs it (0.118 GeV): MC band <= 10% at every mass (docs/precision.md)
            Events = 100000,
            Precision = 0.045,
            ConfidenceLevel = defaults.ConfidenceLevel,
            DegreesOfFreedom = defaults.DegreesOfFreedom,
            Benchmark = new FigurePoint(0.1, 2.2e-7),
            Variants = [new FigureVariant("as-published", "as published: coherent only, no upstream rock", AsPublished)],
        },
    ];
}
