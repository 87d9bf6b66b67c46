using DarkSector.Physics.Models.Dipole;

namespace DarkSector.Experiments.T2K.Validation;

/// <summary>
/// The switches of <see cref="Liu2025Pipeline"/>: each reproduces one choice of Liu, Kamp, Argüelles 2025 (public code
/// github.com/mingshauliu/Dipole-HNL-T2K at 4782ab8, run through SIREN and DarkNews) or replaces it by DarkSector's.
/// <see cref="AsIs"/> is their pipeline; <see cref="Steps"/> removes the differences one at a time, ending at
/// <see cref="DarkSector"/>. Immutable.
/// </summary>
public sealed record Liu2025Options
{
    /// <summary>
    /// Whether the N must survive from its production point to the fiducial box. False reproduces their weight:
    /// SIREN forces the decay into the box (<c>SecondaryBoundedVertexDistribution</c>, <c>python/SIREN_Controller.py</c>
    /// 268-272) and normalises the decay probability over the clipped bounds only (<c>Weighter.cxx</c> 103-126,
    /// <c>Weighter.tcc</c> 134-195), i.e. P = 1 − exp(−L_inside/λ) for production anywhere in front; true gives the physical
    /// exp(−L_before/λ) − exp(−(L_before + L_inside)/λ).
    /// </summary>
    public bool SurvivalToFiducial { get; init; }

    /// <summary>Width normalisation: <see cref="DipoleNormalisation.DarkNews"/> (theirs: Γ = d² m³/8π with d = μ_tr/2, the N
    /// lives twice as long) or <see cref="DipoleNormalisation.Kamp2023"/> (Γ = d² m³/4π, one Lagrangian with σ).</summary>
    public DipoleNormalisation Normalisation { get; init; } = DipoleNormalisation.DarkNews;

    /// <summary>Minimum cos(N, beam): 0.999 as coded (<c>stats/stats_mult.py</c> <c>apply_cuts</c>; the paper's text says
    /// 0.992, which DarkSector's <c>tpc-ee-dipole</c> uses).</summary>
    public double MinCosNBeam { get; init; } = 0.999;

    /// <summary>True: their efficiency table (<see cref="Liu2025Efficiency"/>); false: DarkSector's flat 10%.</summary>
    public bool EfficiencyTable { get; init; } = true;

    /// <summary>
    /// True: their generation volume: production only within min(3 λ(E_ν), 284.9 m) upstream of z = −9 m and within 5 m of
    /// the beam axis (<c>TPC/OGTPC1.py</c>: <c>DecayRangeFunction(m4, min width, 3, 284.9)</c>,
    /// <c>RangePositionDistribution(5.0, 9.0, ...)</c>; λ at E_N = E_ν as SIREN's <c>DecayRangeFunction</c>). False: all
    /// 300 m of rock and a laterally infinite slab (physical).
    /// </summary>
    public bool TheirGenerationVolume { get; init; } = true;

    /// <summary>True: their BR(N → ν e⁺e⁻) = α L(r)/(3π), r = m_e/m (<c>TS/elastic.ipynb</c>, <c>BR(m)</c>, α = 1/137);
    /// false: DarkSector's (<see cref="DipoleDecays"/>).</summary>
    public bool TheirPairBranchingRatio { get; init; } = true;

    /// <summary>Their pipeline, flaw included.</summary>
    public static Liu2025Options AsIs { get; } = new();

    /// <summary>Every switch on DarkSector's side (still in SIREN's geometry with DarkNews' target list).</summary>
    public static Liu2025Options DarkSector { get; } = new()
    {
        SurvivalToFiducial = true, Normalisation = DipoleNormalisation.Kamp2023, MinCosNBeam = 0.992,
        EfficiencyTable = false, TheirGenerationVolume = false, TheirPairBranchingRatio = false,
    };

    /// <summary>The flaw removed one switch at a time: (id, description, options), from <see cref="AsIs"/> to <see cref="DarkSector"/>.</summary>
    public static IReadOnlyList<(string Id, string Description, Liu2025Options Options)> Steps { get; } = BuildSteps();

    private static (string, string, Liu2025Options)[] BuildSteps()
    {
        var s0 = AsIs;
        var s1 = s0 with { SurvivalToFiducial = true };
        var s2 = s1 with { Normalisation = DipoleNormalisation.Kamp2023 };
        var s3 = s2 with { TheirGenerationVolume = false };
        var s4 = s3 with { MinCosNBeam = 0.992, EfficiencyTable = false, TheirPairBranchingRatio = false };
        return
        [
            ("asis", "their pipeline as coded: no survival factor, DarkNews width, cos(N,beam) > 0.999, efficiency table, 3-decay-length rock", s0),
            ("survival", "+ survival to the fiducial box exp(-L_before/lambda)", s1),
            ("width", "+ Kamp et al. eq. 5 width (Gamma = d^2 m^3/4pi, one Lagrangian with sigma)", s2),
            ("volume", "+ all upstream rock, laterally infinite (no 3-decay-length / 5 m generation volume)", s3),
            ("darksector", "+ DarkSector's selection: cos(N,beam) > 0.992, flat 10% efficiency, DarkSector BR(nu e+e-)", s4),
        ];
    }
}
