using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Limits;

namespace DarkSector.Experiments.MicroBooNE;

/// <summary>The published figures of <see cref="MicroBooNEExperiment"/>.</summary>
internal static class MicroBooNEFigures
{
    /// <summary>The dark gauge coupling of the collaboration's scans, g_D = 2, as α_D = g_D²/(4π) = 1/π.</summary>
    public const double AlphaDark = 4 / (4 * Math.PI);

    /// <summary>"microboone-30mev": the single-HNL plane (m_4, |U_μ4|²) at m_Z' = 30 MeV, ε = 8e-4, g_D = 2, with the
    /// collaboration's example point (m_4 = 106 MeV, |U_μ4|² = 2e-10) as the benchmark.</summary>
    public static IReadOnlyList<PublishedFigure> All(PublicationDefaults defaults) =>
    [
        new PublishedFigure
        {
            Id = "microboone-30mev",
            ExperimentId = MicroBooNEExperiment.Id,
            Title = "MicroBooNE, 95% CL exclusion in |U_mu4|^2 vs m_4 at m_Z' = 30 MeV, eps = 8e-4, g_D = 2 (alpha_D = 1/pi)",
            Reference = "MicroBooNE collaboration, search for dark-neutrino e+e- (2025), single-HNL plane at m_Z' = 30 MeV",
            Family = "dark-photon",
            X = new FigureAxis("m-n", 0.03, 0.4, AxisScale.Logarithmic, 15),
            Y = new FigureAxis("v-mu-n2", 1e-12, 1e-7, AxisScale.Logarithmic, 20),
            Fixed = [new("mzprime", 0.03), new("epsilon", 8e-4), new("alpha-d", AlphaDark)],
            Events = 5000,
            ConfidenceLevel = defaults.ConfidenceLevel,
            DegreesOfFreedom = defaults.DegreesOfFreedom,
            Benchmark = new FigurePoint(0.106, 2e-10),
        },
    ];
}
