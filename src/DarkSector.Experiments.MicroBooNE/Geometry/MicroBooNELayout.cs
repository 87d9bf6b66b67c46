using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Materials;
using DarkSector.Sampling.Geometry;

namespace DarkSector.Experiments.MicroBooNE.Geometry;

/// <summary>MicroBooNE geometry: TPC active volume, the argon-filled cryostat around it, and the upstream soil.</summary>
/// <remarks>
/// <para>Coordinates in cm, origin at the centre of the TPC active volume, z along the beam, y up, x the drift direction.</para>
/// <para>TPC active volume: 256 (x) × 232 (y) × 1036.8 (z) cm of liquid argon at 1.38 g/cm³ (experiments.md; MicroBooNE,
/// JINST 12 (2017) P02017): 84.9 t. It is the fiducial volume of the selection (no fiducial margin is applied; the
/// efficiency map absorbs it).</para>
/// <para>Cryostat (approximation): a liquid-argon cylinder along z, inner diameter 381 cm (JINST 12 P02017: 3.81 m), its
/// length 1080 cm chosen so the total argon mass is ≈ 170 t (the quoted cryostat fill) with flat end caps instead of the
/// dished heads. The 1.1 cm stainless-steel wall (≈ 9 g/cm², under 3% of the argon column the beam crosses) and the
/// TPC's offset inside the cryostat are neglected. Argon outside the active volume is a target only (upscattering there
/// can decay in the TPC).</para>
/// <para>Upstream compacted soil and clay (2.25 g/cm³, experiments.md): a box x ∈ [−1100, 1100] cm, y ∈ [−1600, 600] cm
/// (the hall is shallow: 6 m of earth above the beam line, 16 m below), <see cref="DirtLengthCm"/> = 400 m long, ending
/// <see cref="DirtGapCm"/> = 215 cm before the upstream end of the cryostat: the extent of DarkNews' MicroBooNE dirt
/// (geom.py, x/y_muB_dirt_min/max, l_dirt_muB, z_muB_dirt_max), which the collaboration's DarkNews simulation used.
/// Composition (approximate, typical clay-rich soil; mass fractions): O 0.50, Si 0.30, Al 0.10, Fe 0.05, Ca 0.05, i.e.
/// SiO₂, Al₂O₃, Fe₂O₃ and CaO with the remaining oxygen standing in for bound water (hydrogen dropped: it has no coherent
/// process). Only nuclei matter for coherent upscattering (∝ Z² F²), so the result is insensitive to the details at the
/// 10% level. The extent matters for long-lived N: at m_4 = 150 MeV, m_Z' = 1.25 GeV, |U_μ4|² = 1e-3 (c τ₀ = 640 m,
/// 97% of the selected events from the soil) a 12 × 12 × 100 m box gave 2.2× fewer soil events than this one (40 vs
/// 88 ± 15 at 40000 events), because
/// the rate per unit length falls as 1/d² only once the N angular spread times the distance d exceeds the box's
/// half-width. The flux is uniform over the box (DetectorSimulation), although it rises as 1/L² towards the target
/// (L = 470 m at the TPC, 70 m at the upstream end): far-upstream soil is underestimated, a conservative choice.</para>
/// </remarks>
internal static class MicroBooNELayout
{
    /// <summary>Active-volume size in cm (x drift, y vertical, z beam).</summary>
    public const double ActiveXCm = 256, ActiveYCm = 232, ActiveZCm = 1036.8;

    /// <summary>Liquid-argon density in g/cm³ (experiments.md).</summary>
    public const double ArgonDensityGPerCm3 = BoosterSiteMaterials.ArgonDensityGPerCm3;

    /// <summary>Cryostat inner radius and (effective) length in cm.</summary>
    public const double CryostatRadiusCm = 190.5, CryostatLengthCm = 1080;

    /// <summary>Soil density in g/cm³ (experiments.md).</summary>
    public const double DirtDensityGPerCm3 = BoosterSiteMaterials.SoilDensityGPerCm3;

    /// <summary>Upstream soil: horizontal width (centred on the beam), vertical extent below and above the beam axis,
    /// length, and gap to the cryostat front, in cm (DarkNews' MicroBooNE dirt).</summary>
    public const double DirtWidthCm = 2200, DirtBelowAxisCm = 1600, DirtAboveAxisCm = 600, DirtLengthCm = 40_000, DirtGapCm = 215;

    /// <summary>Volume names.</summary>
    public const string Tpc = "TPC active", Cryostat = "cryostat argon", Dirt = "upstream soil";

    /// <summary>Liquid argon at 1.38 g/cm³.</summary>
    public static Material Argon() => BoosterSiteMaterials.Argon();

    /// <summary>Compacted soil and clay (composition in the remarks).</summary>
    public static Material Soil() => BoosterSiteMaterials.Soil();

    /// <summary>The active-volume box (centred at the origin).</summary>
    public static Box ActiveBox() => new(ActiveXCm, ActiveYCm, ActiveZCm);

    /// <summary>Builds the detector: TPC (fiducial + target), cryostat argon (target), soil (dirt), by priority.</summary>
    public static Detector Build()
    {
        double dirtEnd = -0.5 * CryostatLengthCm - DirtGapCm;
        var dirt = new Box(DirtWidthCm, DirtBelowAxisCm + DirtAboveAxisCm, DirtLengthCm)
            .Translate(new ThreeVector(0, 0.5 * (DirtAboveAxisCm - DirtBelowAxisCm), dirtEnd - 0.5 * DirtLengthCm));
        var argon = Argon();
        return new Detector("MicroBooNE",
        [
            new DetectorVolume(Tpc, ActiveBox(), argon, VolumeRole.Fiducial | VolumeRole.Target),
            new DetectorVolume(Cryostat, new Cylinder(CryostatRadiusCm, CryostatLengthCm), argon, VolumeRole.Target),
            new DetectorVolume(Dirt, dirt, Soil(), VolumeRole.Dirt),
        ]);
    }
}
