using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Limits;

namespace DarkSector.Experiments.MiniBooNE;

/// <summary>The published figures of <see cref="MiniBooNEExperiment"/>: 1, 2 and 3σ preferred regions (2 dof, Wilks).</summary>
internal static class MiniBooNEFigures
{
    /// <summary>"miniboone-3p1" (the collaboration's two-neutrino appearance fit, its best fit as the benchmark) and
    /// "miniboone-dipole-3p1" (Kamp et al.'s oscillation + dipole-decay fit at the heavy dipole benchmark mass, d_μN
    /// profiled).</summary>
    public static IReadOnlyList<PublishedFigure> All(PublicationDefaults defaults) =>
    [
        new PublishedFigure
        {
            Id = "miniboone-3p1",
            ExperimentId = MiniBooNEExperiment.Id,
            Title = "MiniBooNE 3+1 appearance, 1/2/3 sigma regions (2 dof) in (sin^2 2theta_mue, dm2) from the release's fully oscillated ntuples and combined covariance, with the best fit",
            Reference = "MiniBooNE, PRD 103 (2021) 052002, two-neutrino (3+1 appearance) fit to the combined nu + nubar E_QE data, 18.75e20 + 11.27e20 POT (its published best fit, dm2 = 0.043 eV^2, sin^2 2theta = 0.807, is the benchmark star)",
            Family = "3p1",
            Analysis = "eqe-combined",
            X = new FigureAxis("sin2-2theta", 1e-4, 1, AxisScale.Logarithmic, 200),
            Y = new FigureAxis("dm2", 1e-2, 1e2, AxisScale.Logarithmic, 200),
            ConfidenceLevel = defaults.ConfidenceLevel,
            DegreesOfFreedom = defaults.DegreesOfFreedom,
            Significances = [1, 2, 3],
            Benchmark = new FigurePoint(0.807, 0.043),
        },
        new PublishedFigure
        {
            Id = "miniboone-dipole-3p1",
            ExperimentId = MiniBooNEExperiment.Id,
            Title = "MiniBooNE combined E_QE fit of a dipole-portal HNL (m_N = 0.47 GeV) plus a 3+1 oscillation: regions in (sin^2 2theta_mue, dm2) with d_muN profiled over 1e-7..1e-5 GeV^-1",
            Reference = "Kamp et al., PRD 107 (2023) 055009, oscillation + decay fits, at the seeds' heavy dipole benchmark mass m_N = 0.47 GeV (d = 1.25e-6 GeV^-1)",
            Family = "dipole+3p1",
            Analysis = "eqe-combined",
            Fixed = [new("m-n", 0.47)],
            X = new FigureAxis("sin2-2theta", 1e-4, 1, AxisScale.Logarithmic, 40),
            Y = new FigureAxis("dm2", 1e-2, 1e2, AxisScale.Logarithmic, 40),
            Profile = new FigureAxis("d-mu", 1e-7, 1e-5, AxisScale.Logarithmic, 41),
            Events = 20000,
            ConfidenceLevel = defaults.ConfidenceLevel,
            DegreesOfFreedom = defaults.DegreesOfFreedom,
            Significances = [1, 2, 3],
        },
    ];
}
