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
/// <para>Upstream compacted soil and clay (2.25 g/cm³, experiments.md): a 1200 × 1200 cm box that ends
/// <see cref="DirtGapCm"/> before the cryostat (hall floor-to-wall space, approximate) and extends
/// <see cref="DirtLengthCm"/> upstream. Composition (approximate, typical clay-rich soil; mass fractions): O 0.50,
/// Si 0.30, Al 0.10, Fe 0.05, Ca 0.05, i.e. SiO₂, Al₂O₃, Fe₂O₃ and CaO with the remaining oxygen standing in for
/// bound water (hydrogen dropped: it has no coherent process). Only nuclei matter for coherent upscattering
/// (∝ Z² F²), so the result is insensitive to the details at the 10% level. The length is a modelling choice: HNLs
/// from further upstream reach the TPC only if βγcτ0 ≳ 100 m and within the TPC's solid angle, where the rate per
/// unit length falls as 1/d².</para>
/// </remarks>
internal static class MicroBooNELayout
{
    /// <summary>Active-volume size in cm (x drift, y vertical, z beam).</summary>
    public const double ActiveXCm = 256, ActiveYCm = 232, ActiveZCm = 1036.8;

    /// <summary>Liquid-argon density in g/cm³ (experiments.md).</summary>
    public const double ArgonDensityGPerCm3 = 1.38;

    /// <summary>Cryostat inner radius and (effective) length in cm.</summary>
    public const double CryostatRadiusCm = 190.5, CryostatLengthCm = 1080;

    /// <summary>Soil density in g/cm³ (experiments.md).</summary>
    public const double DirtDensityGPerCm3 = 2.25;

    /// <summary>Upstream soil: transverse size, length, and gap to the cryostat front, in cm.</summary>
    public const double DirtTransverseCm = 1200, DirtLengthCm = 10_000, DirtGapCm = 300;

    /// <summary>Volume names.</summary>
    public const string Tpc = "TPC active", Cryostat = "cryostat argon", Dirt = "upstream soil";

    /// <summary>Liquid argon at 1.38 g/cm³.</summary>
    public static Material Argon() => StandardMaterials.LiquidArgon.WithDensity(ArgonDensityGPerCm3);

    /// <summary>Compacted soil and clay (composition in the remarks).</summary>
    public static Material Soil() => Material.FromMassFractions("compacted soil and clay", DirtDensityGPerCm3,
        ("O16", 0.50), ("Si28", 0.30), ("Al27", 0.10), ("Fe56", 0.05), ("Ca40", 0.05));

    /// <summary>The active-volume box (centred at the origin).</summary>
    public static Box ActiveBox() => new(ActiveXCm, ActiveYCm, ActiveZCm);

    /// <summary>Builds the detector: TPC (fiducial + target), cryostat argon (target), soil (dirt), by priority.</summary>
    public static Detector Build()
    {
        double dirtEnd = -0.5 * CryostatLengthCm - DirtGapCm;
        var dirt = new Box(DirtTransverseCm, DirtTransverseCm, DirtLengthCm).Translate(new ThreeVector(0, 0, dirtEnd - 0.5 * DirtLengthCm));
        var argon = Argon();
        return new Detector("MicroBooNE",
        [
            new DetectorVolume(Tpc, ActiveBox(), argon, VolumeRole.Fiducial | VolumeRole.Target),
            new DetectorVolume(Cryostat, new Cylinder(CryostatRadiusCm, CryostatLengthCm), argon, VolumeRole.Target),
            new DetectorVolume(Dirt, dirt, Soil(), VolumeRole.Dirt),
        ]);
    }
}
