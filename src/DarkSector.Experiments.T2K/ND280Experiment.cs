using DarkSector.Experiments.T2K.Analyses;
using DarkSector.Experiments.T2K.Fluxes;
using DarkSector.Experiments.T2K.Geometry;
using DarkSector.Sampling.Experiments;
using DarkSector.Experiments.T2K.Validation;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Validation;

namespace DarkSector.Experiments.T2K;

/// <summary>
/// T2K ND280 (pre-upgrade): geometry, the 2016 flux release, and the e⁺e⁻ analyses of Argüelles, Foppiani, Hostert,
/// PRD 107 (2023) 035027 and Liu, Kamp, Argüelles (2025), exported as experiment "t2k-nd280".
/// </summary>
/// <remarks>
/// <para>Detector (cm, z along the beam from the P0D face): P0D ECAL1, P0D water, P0D ECAL2, TPC1, FGD1, TPC2, FGD2,
/// TPC3 as uniformly mixed boxes (experiments.md table), TPC fiducial boxes and the FGD1 fiducial box, and 50 m of
/// standard rock upstream (see the remarks of the layout in the source).</para>
/// <para>Beams: "FHC" (+250 kA) and "RHC" (−250 kA), ν_μ, ν̄_μ, ν_e, ν̄_e, per GeV per cm² per POT.</para>
/// <para>Analyses: "tpc-ee" (analysis I, 12.34e20 + 6.29e20 POT), "fgd-mee" and "fgd-mee-rhc" (analysis II, 11.92e20 and
/// 6.29e20 POT, digitised data), "tpc-ee-dipole" (dipole search), "tpc-ee-4e21" (projection). The upgrade is the
/// separate experiment "t2k-nd280-upgrade".</para>
/// <para>Immutable and thread-safe; reads only its embedded resources.</para>
/// </remarks>
[ExportExperiment(Id)]
public sealed class ND280Experiment : IExperiment, IValidationSource
{
    private readonly Lazy<IReadOnlyList<ValidationRow>> _validation;

    /// <summary>The experiment id, "t2k-nd280".</summary>
    public const string Id = "t2k-nd280";

    /// <summary>Builds the description (parses the embedded tables).</summary>
    public ND280Experiment()
    {
        var modules = ND280Layout.Modules();
        Detector = ND280DetectorBuilder.Build("T2K ND280", modules, m => ND280DetectorBuilder.IsTpc(m) || m.Name == "FGD1", withRock: true);
        Beams = T2KBeams.All();
        Analyses = T2KAnalyses.Nd280(modules);
        _validation = new(() => ND280Validation.Rows(this));
        VolumeGroups = new Dictionary<string, IReadOnlyList<string>>
        {
            ["p0d"] = ["P0D ECAL1", "P0D water", "P0D ECAL2"],
            ["tpc"] = ["TPC1 fiducial", "TPC1", "TPC2 fiducial", "TPC2", "TPC3 fiducial", "TPC3"],
            ["fgd"] = ["FGD1 fiducial", "FGD1", "FGD2"],
        };
    }

    /// <inheritdoc />
    /// <remarks>"p0d" (its three modules), "tpc" (the three TPCs with their fiducial boxes), "fgd" (FGD1 with its
    /// fiducial box, FGD2); the upstream rock is the volume "upstream rock" (also the built-in groups dirt and rock).</remarks>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> VolumeGroups { get; }

    /// <inheritdoc />
    /// <remarks>Table I of Argüelles-Foppiani-Hostert (benchmarks A and B) and the rock check (ND280Validation).</remarks>
    public IReadOnlyList<ValidationRow> ValidationRows => _validation.Value;

    /// <inheritdoc />
    public ExperimentInfo Info { get; } = new()
    {
        Id = Id,
        Name = "T2K ND280",
        Description = "Off-axis near detector of T2K, 280 m from the target, 2.042 deg off axis: P0D, three gaseous-argon TPCs and two FGDs; "
            + "heavy neutral leptons upscattered in the detector or the upstream rock and decaying to e+e- in the TPCs (analysis I, dipole search) "
            + "or FGD1 (analysis II).",
        Citation = "C.A. Argüelles, N. Foppiani, M. Hostert, PRD 107 (2023) 035027 [arXiv:2205.12273]; M.-S. Liu, N.W. Kamp, C.A. Argüelles (2025); "
            + "T2K, PRD 100 (2019) 052006; T2K, JHEP 10 (2020) 114",
    };

    /// <inheritdoc />
    public Detector Detector { get; }

    /// <inheritdoc />
    public IReadOnlyList<BeamFlux> Beams { get; }

    /// <inheritdoc />
    public IReadOnlyList<AnalysisDefinition> Analyses { get; }

    /// <inheritdoc />
    /// <remarks>Argüelles-Foppiani-Hostert trace Δ(−ln L) = 2.3, i.e. 90% CL for 2 dof (method.md). The benchmarks are
    /// in <see cref="Figures"/>.</remarks>
    public PublicationDefaults Defaults { get; } = new() { ConfidenceLevel = 0.90, DegreesOfFreedom = 2 };

    /// <inheritdoc />
    /// <remarks>"t2k-nd280-heavy" with its "as-published" variant (<see cref="ND280Figures"/>).</remarks>
    public IReadOnlyList<PublishedFigure> Figures => ND280Figures.All(Defaults);
}
