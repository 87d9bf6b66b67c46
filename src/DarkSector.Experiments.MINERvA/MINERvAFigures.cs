using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Limits;

namespace DarkSector.Experiments.MINERvA;

/// <summary>The published figures of <see cref="MINERvAExperiment"/>.</summary>
internal static class MINERvAFigures
{
    /// <summary>"minerva-dipole": the dipole-portal exclusion of Kamp et al. from the three ν-e samples combined, in the
    /// (m_N, d_μN) plane (photon conversion in the fiducial volume).</summary>
    public static IReadOnlyList<PublishedFigure> All(PublicationDefaults defaults) =>
    [
        new PublishedFigure
        {
            Id = "minerva-dipole",
            ExperimentId = MINERvAExperiment.Id,
            Title = "MINERvA nu-e samples (LE-FHC + ME-FHC + ME-RHC combined), 95% CL exclusion in d_muN vs m_N (photon conversion in the fiducial volume)",
            Reference = "Kamp et al., dipole-portal constraints from MINERvA nu-e scattering",
            Family = "dipole",
            Analysis = "combined",
            X = new FigureAxis("m-n", 0.05, 1, AxisScale.Logarithmic, 12),
            Y = new FigureAxis("d-mu", 1e-8, 1e-5, AxisScale.Logarithmic, 30),
            Events = 30000,
            ConfidenceLevel = defaults.ConfidenceLevel,
            DegreesOfFreedom = defaults.DegreesOfFreedom,
        },
    ];
}
