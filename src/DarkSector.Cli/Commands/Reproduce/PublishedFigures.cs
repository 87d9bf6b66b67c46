namespace DarkSector.Cli.Commands.Reproduce;

/// <summary>The figures <c>darksector reproduce</c> knows, the first being the default.</summary>
internal static class PublishedFigures
{
    /// <summary>Every figure; <see cref="All"/>[0] is the default.</summary>
    public static readonly IReadOnlyList<PublishedFigure> All =
    [
        new("t2k-nd280-heavy",
            "Arguelles, Foppiani, Hostert, PRD 107 (2023) 035027, ND280 heavy-mediator plane",
            "T2K ND280 analysis I (TPC e+e-), 90% CL exclusion in |V_muN|^2 vs m_N at m_Z' = 1.25 GeV, eps^2 = 4.6e-4, alpha_D = 0.4, |V_N|^2 = 1",
            ["t2k-nd280", "dark-photon", "--analysis", "tpc-ee", "--x", "m-n:0.01:0.5:log:20", "--y", "v-mu-n2:1e-10:1e-5:log:30",
             "--fix", "mzprime=1.25,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1", "--events", "30000", "--cl", "0.9", "--benchmark", "0.1,2.2e-7"])
        {
            // The paper's assumptions (its Table II modules, coherent scattering only): DarkSector adds nucleon-elastic
            // scattering and the upstream rock (docs/validation.md).
            Variants = [new FigureVariant("as-published", "as published: coherent only, no upstream rock",
                ["--processes", "coherent", "--exclude-volumes", "upstream-rock"])],
        },
        new("minerva-dipole",
            "Kamp et al., dipole-portal constraints from MINERvA nu-e scattering",
            "MINERvA nu-e samples (LE-FHC + ME-FHC + ME-RHC combined), 95% CL exclusion in d_muN vs m_N (photon conversion in the fiducial volume)",
            ["minerva", "dipole", "--analysis", "combined", "--x", "m-n:0.05:1:log:12", "--y", "d-mu:1e-8:1e-5:log:30",
             "--events", "30000", "--cl", "0.95"]),
        new("microboone-30mev",
            "MicroBooNE collaboration, search for dark-neutrino e+e- (2025), single-HNL plane at m_Z' = 30 MeV",
            "MicroBooNE, 95% CL exclusion in |U_mu4|^2 vs m_4 at m_Z' = 30 MeV, eps = 8e-4, g_D = 2 (alpha_D = 1/pi)",
            ["microboone", "dark-photon", "--x", "m-n:0.03:0.4:log:15", "--y", "v-mu-n2:1e-12:1e-7:log:20",
             "--fix", "mzprime=0.03,epsilon=8e-4,alpha-d=0.3183098861837907", "--events", "5000", "--cl", "0.95", "--benchmark", "0.106,2e-10"]),
        new("miniboone-3p1",
            "MiniBooNE, PRD 103 (2021) 052002, two-neutrino (3+1 appearance) fit to the combined nu + nubar E_QE data, 18.75e20 + 11.27e20 POT (its published best fit, dm2 = 0.043 eV^2, sin^2 2theta = 0.807, is the benchmark star)",
            "MiniBooNE 3+1 appearance, 1/2/3 sigma regions (2 dof) in (sin^2 2theta_mue, dm2) from the release's fully oscillated ntuples and combined covariance, with the best fit",
            ["miniboone", "3p1", "--analysis", "eqe-combined", "--x", "sin2-2theta:1e-4:1:log:200", "--y", "dm2:1e-2:1e2:log:200",
             "--sigmas", "1,2,3", "--benchmark", "0.807,0.043"]),
        new("miniboone-dipole-3p1",
            "Kamp et al., PRD 107 (2023) 055009, oscillation + decay fits, at the seeds' heavy dipole benchmark mass m_N = 0.47 GeV (d = 1.25e-6 GeV^-1)",
            "MiniBooNE combined E_QE fit of a dipole-portal HNL (m_N = 0.47 GeV) plus a 3+1 oscillation: regions in (sin^2 2theta_mue, dm2) with d_muN profiled over 1e-7..1e-5 GeV^-1",
            ["miniboone", "dipole+3p1", "--analysis", "eqe-combined", "--fix", "m-n=0.47", "--x", "sin2-2theta:1e-4:1:log:40", "--y", "dm2:1e-2:1e2:log:40",
             "--profile", "d-mu:1e-7:1e-5:log:41", "--events", "20000", "--sigmas", "1,2,3"]),
        SbnProjections(),
    ];

    /// <summary>
    /// SBND, ICARUS and DUNE ND-LAr sensitivities (Asimov data, zero-background counting, 95% CL) in the two planes of
    /// today's limits: the dipole plane of <c>minerva-dipole</c> (single photons converting in the fiducial volume),
    /// the heavy-Z' plane of <c>t2k-nd280-heavy</c> (e+e-; m_Z' = 1.25 GeV, ε² = 4.6e-4, α_D = 0.4, |V_N|² = 1) and the
    /// light-Z' plane of <c>microboone-30mev</c> (m_Z' = 30 MeV, ε = 8e-4, g_D = 2).
    /// </summary>
    private static PublishedFigure SbnProjections() => new("sbn-projections",
        "projections (docs/projections.md): SBND, ICARUS, DUNE ND-LAr plugins, MicroBooNE's selection, zero background",
        "SBND, ICARUS and DUNE ND sensitivities (Asimov, 95% CL): dipole plane d_muN vs m_N, heavy-Z' plane |V_muN|^2 vs m_N at m_Z' = 1.25 GeV, light-Z' plane at m_Z' = 30 MeV",
        [])
    {
        Parts = new[] { "sbnd", "icarus", "dune-nd" }.SelectMany(e => new PublishedFigure[]
        {
            new($"{e}-dipole", "", $"{e}: photon-counting sensitivity, d_muN vs m_N",
                [e, "dipole", "--analysis", "photon-counting", "--x", "m-n:0.05:1:log:12", "--y", "d-mu:1e-10:1e-5:log:40",
                 "--events", "3000", "--data", "asimov"]),
            new($"{e}-heavy", "", $"{e}: ee-counting sensitivity, |V_muN|^2 vs m_N at m_Z' = 1.25 GeV",
                [e, "dark-photon", "--analysis", "ee-counting", "--x", "m-n:0.01:0.5:log:20", "--y", "v-mu-n2:1e-14:1e-5:log:46",
                 "--fix", "mzprime=1.25,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1", "--events", "3000", "--data", "asimov"]),
            new($"{e}-light", "", $"{e}: ee-counting sensitivity, |U_mu4|^2 vs m_4 at m_Z' = 30 MeV (MicroBooNE's slice)",
                [e, "dark-photon", "--analysis", "ee-counting", "--x", "m-n:0.03:0.4:log:15", "--y", "v-mu-n2:1e-16:1e-7:log:46",
                 "--fix", "mzprime=0.03,epsilon=8e-4,alpha-d=0.3183098861837907", "--events", "3000", "--data", "asimov"]),
        }).ToArray(),
        References = new Dictionary<string, string> { ["dipole"] = "minerva-dipole", ["heavy"] = "t2k-nd280-heavy", ["light"] = "microboone-30mev" },
    };

    /// <summary>The figure with <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">Unknown id (the message lists the known ones).</exception>
    public static PublishedFigure Get(string id) => All.FirstOrDefault(f => f.Id == id)
        ?? throw new ArgumentException($"figure '{id}' is unknown; figures: {string.Join(", ", All.Select(f => f.Id))} (see reproduce --list)");
}
