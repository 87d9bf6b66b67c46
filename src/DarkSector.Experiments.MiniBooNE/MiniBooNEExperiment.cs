using DarkSector.Experiments.MiniBooNE.Analyses;
using DarkSector.Experiments.MiniBooNE.Fluxes;
using DarkSector.Experiments.MiniBooNE.Geometry;
using DarkSector.Experiments.MiniBooNE.Validation;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Validation;

namespace DarkSector.Experiments.MiniBooNE;

/// <summary>
/// MiniBooNE: the mineral-oil Cherenkov detector on the Booster Neutrino Beam and its electron-like excess, with the
/// single-shower reconstruction and the E_QE and cos θ fits of Kamp et al. (2023), exported as experiment "miniboone".
/// </summary>
/// <remarks>
/// <para>Detector (cm, origin at the centre of the sphere, z along the beam): fiducial oil sphere (r = 500 cm), oil
/// sphere (r = 610 cm, CH₂), hall air sphere (r = 900 cm), 50 m of upstream dirt (see the layout's remarks).</para>
/// <para>Beams: "FHC" (neutrino mode) and "RHC" (antineutrino mode), ν_μ, ν̄_μ, ν_e, ν̄_e at 541 m, per GeV per cm² per POT.</para>
/// <para>Analyses: "eqe" (18.75e20 POT) and "eqe-rhc" (11.27e20 POT), the collaboration's data release with its
/// fractional covariance; "eqe-combined" (both modes in one 22-bin fit with the release's 60 × 60 covariance);
/// "costheta" (neutrino mode, digitised, 13% per bin).</para>
/// <para>Immutable and thread-safe; reads only its embedded resources.</para>
/// </remarks>
[ExportExperiment(Id)]
public sealed class MiniBooNEExperiment : IExperiment, IPublishedRegions, IValidationSource
{
    private readonly Lazy<IReadOnlyList<ValidationRow>> _validation;

    /// <summary>The experiment id, "miniboone".</summary>
    public const string Id = "miniboone";

    /// <summary>Builds the description (parses the embedded tables).</summary>
    public MiniBooNEExperiment()
    {
        Detector = MiniBooNELayout.Build();
        Beams = BnbBeams.All();
        Analyses = MiniBooNEAnalyses.All();
        PublishedRegions = Published.LightZPrimeFitRegions.All();
        _validation = new(() => MiniBooNEValidation.Rows(this));
    }

    /// <inheritdoc />
    /// <remarks>The light-mediator (m_Z' = 30 MeV) fit regions at 1, 3 and 5σ in (m_N, |V_μN|²).</remarks>
    public IReadOnlyList<PublishedRegion> PublishedRegions { get; }

    /// <inheritdoc />
    public ExperimentInfo Info { get; } = new()
    {
        Id = Id,
        Name = "MiniBooNE",
        Description = "Mineral-oil Cherenkov detector (818 t, r = 6.1 m) 541 m from the Booster Neutrino Beam target; "
            + "heavy neutral leptons decaying to one electron-like shower (overlapping or asymmetric e+e-, or a single photon) "
            + "fitted to the electron-like excess in E_QE and cos(theta).",
        Citation = "N.W. Kamp, M. Hostert, A. Schneider, S. Vergani, C.A. Argüelles, J.M. Conrad, M.H. Shaevitz, M.A. Uchida, PRD 107 (2023) 055009 [arXiv:2206.07100]; "
            + "MiniBooNE, PRD 103 (2021) 052002; MiniBooNE, PRD 79 (2009) 072002 (flux)",
    };

    /// <inheritdoc />
    /// <remarks>The published excess sizes (MiniBooNEValidation).</remarks>
    public IReadOnlyList<ValidationRow> ValidationRows => _validation.Value;

    /// <inheritdoc />
    public Detector Detector { get; }

    /// <inheritdoc />
    public IReadOnlyList<BeamFlux> Beams { get; }

    /// <inheritdoc />
    public IReadOnlyList<AnalysisDefinition> Analyses { get; }

    /// <inheritdoc />
    /// <remarks>Kamp et al. draw 1, 2 and 3σ regions for 2 dof with Wilks' theorem (experiments.md); the default level is
    /// 2σ (95.45%). The fitted slices and benchmarks are in <see cref="Figures"/>.</remarks>
    public PublicationDefaults Defaults { get; } = new() { ConfidenceLevel = 0.9545, DegreesOfFreedom = 2 };

    /// <inheritdoc />
    /// <remarks>"miniboone-3p1" and "miniboone-dipole-3p1" (<see cref="MiniBooNEFigures"/>).</remarks>
    public IReadOnlyList<PublishedFigure> Figures => MiniBooNEFigures.All(Defaults);

    /// <inheritdoc />
    /// <remarks>The seeds' light-Z', heavy-Z' and dipole planes against ND280, MINERvA and MicroBooNE
    /// (<see cref="MiniBooNECombinedFigures"/>).</remarks>
    public IReadOnlyList<CombinedFigure> CombinedFigures => MiniBooNECombinedFigures.All(Defaults);
}
