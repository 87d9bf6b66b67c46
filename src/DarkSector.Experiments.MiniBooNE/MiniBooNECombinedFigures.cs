using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Limits;

namespace DarkSector.Experiments.MiniBooNE;

/// <summary>The seeds' combined figures: the MiniBooNE preferred regions (1, 2, 3σ, 2 dof) against the other
/// experiments' limits in one plane, each experiment at its own confidence level, the sum of −2 ln L at 95% CL for 2 dof
/// (docs/global-picture.md, whose closing table these grids and event counts reproduce).</summary>
internal static class MiniBooNECombinedFigures
{
    private const int Events = 10_000;

    /// <summary>"miniboone-light-zprime-combined", "miniboone-heavy-zprime-combined" and "miniboone-dipole-combined".</summary>
    public static IReadOnlyList<CombinedFigure> All(PublicationDefaults defaults) =>
    [
        new CombinedFigure
        {
            Id = "miniboone-light-zprime-combined",
            ExperimentId = MiniBooNEExperiment.Id,
            Title = "Light Z' (m_Z' = 30 MeV, epsilon = 1.7e-4, alpha_D = 0.25): MiniBooNE 1/2/3 sigma regions in (m_N, |V_muN|^2) against ND280, MINERvA and MicroBooNE, combined; the digitised MiniBooNE fit regions overlaid",
            Reference = "Arguelles, Foppiani, Hostert, PRD 107 (2023) 035027 (light-mediator figure; its MiniBooNE region digitised); Bertuzzo, Jana, Machado, Zukanovich Funchal, PRL 121 (2018) 241801 (the model point: alpha epsilon^2 = 2e-10, i.e. epsilon = 1.7e-4)",
            Plane = Plane(defaults, "dark-photon", "eqe", new FigureAxis("m-n", 0.03, 0.6, AxisScale.Logarithmic, 31),
                new FigureAxis("v-mu-n2", 1e-10, 1e-6, AxisScale.Logarithmic, 35), [new("mzprime", 0.03), new("epsilon", 1.7e-4), new("alpha-d", 0.25)]),
            Others = [new("t2k-nd280", "tpc-ee"), new("minerva", "me-fhc-ee"), new("microboone", "ee-topologies")],
        },
        new CombinedFigure
        {
            Id = "miniboone-heavy-zprime-combined",
            ExperimentId = MiniBooNEExperiment.Id,
            Title = "Heavy Z' (m_Z' = 1.25 GeV, epsilon^2 = 4.6e-4, alpha_D = 0.4): MiniBooNE 1/2/3 sigma regions in (m_N, |V_muN|^2) against ND280, MINERvA and MicroBooNE, combined",
            Reference = "Arguelles, Foppiani, Hostert, PRD 107 (2023) 035027 (the heavy-mediator benchmark of their Table I: m_Z' = 1.25 GeV, epsilon^2 = 4.6e-4, alpha_D = 0.4)",
            Plane = Plane(defaults, "dark-photon", "eqe", new FigureAxis("m-n", 0.03, 1, AxisScale.Logarithmic, 31),
                new FigureAxis("v-mu-n2", 1e-9, 1e-3, AxisScale.Logarithmic, 37), [new("mzprime", 1.25), new("epsilon2", 4.6e-4), new("alpha-d", 0.4)]),
            Others = [new("t2k-nd280", "tpc-ee"), new("minerva", "me-fhc-ee"), new("microboone", "ee-topologies")],
        },
        new CombinedFigure
        {
            Id = "miniboone-dipole-combined",
            ExperimentId = MiniBooNEExperiment.Id,
            Title = "Dipole portal: MiniBooNE 1/2/3 sigma regions in (m_N, d_muN) against the ND280 dipole-portal search and MINERvA's single-photon analysis, combined",
            Reference = "Kamp et al., PRD 107 (2023) 055009 (MiniBooNE dipole fit); Liu, Kamp, Arguelles 2025 (ND280 dipole search); Arguelles, Foppiani, Hostert, PRD 105 (2022) 095006 (MINERvA)",
            Plane = Plane(defaults, "dipole", "eqe", new FigureAxis("m-n", 0.03, 1, AxisScale.Logarithmic, 31),
                new FigureAxis("d-mu", 1e-8, 1e-5, AxisScale.Logarithmic, 37), []),
            Others = [new("t2k-nd280", "tpc-ee-dipole"), new("minerva")],
        },
    ];

    /// <summary>MiniBooNE's scan of the plane: 1, 2, 3σ regions, the combination at 95% CL, 10,000 events per simulation.</summary>
    private static PublishedFigure Plane(PublicationDefaults defaults, string family, string analysis, FigureAxis x, FigureAxis y, FigureParameter[] fixedValues) => new()
    {
        Id = "plane",
        ExperimentId = MiniBooNEExperiment.Id,
        Title = "the combined figure's plane",
        Reference = "the combined figure's",
        Family = family,
        Analysis = analysis,
        X = x,
        Y = y,
        Fixed = fixedValues,
        ConfidenceLevel = 0.95,
        DegreesOfFreedom = defaults.DegreesOfFreedom,
        Significances = [1, 2, 3],
        Events = Events,
    };
}
