using DarkSector.Physics.Materials;

namespace DarkSector.Experiments.T2K.Geometry;

/// <summary>
/// The ND280 (pre-upgrade) description used by the T2K analyses: P0D ECAL1, P0D water, P0D ECAL2, TPC1, FGD1, TPC2,
/// FGD2, TPC3 as boxes with uniformly mixed materials, the TPC fiducial boxes, and an upstream rock slab.
/// </summary>
/// <remarks>
/// <para>Source: the detector table of Argüelles, Foppiani, Hostert (PRD 107 (2023) 035027,
/// table of ND280 volumes). Sizes X × Y × Z in cm, z where the volume begins, frame of <see cref="ND280Box"/>. Each
/// module is a uniform mixture: density = quoted mass / box volume, composition = quoted mass fractions, every element
/// as its main isotope (H1, C12, O16, Cu63, Zn64, Pb208, Ar40).</para>
/// <para>TPCs: argon gas at <see cref="TpcGasDensityGPerCm3"/> (the paper prints "1.78"; the table's 0.016 t for the
/// three active volumes and 0.010 t for the three fiducial volumes follow from 1.78e-3 g/cm³). The cage and cathode
/// are neglected. Fiducial boxes start 5 cm after their TPC (z = 256, 392, 529; the paper repeats 256 for all three).
/// FGD fiducial boxes: at the FGD's uniform density they hold 0.94 t, against the published 0.92 t, because the real
/// FGD is not uniform (outer bars and support excluded); the 2% difference is kept, documented and tested.</para>
/// <para>Upstream rock (for long-lived N produced before the detector): a slab of standard rock, SiO2 (Si28, O16 by
/// stoichiometry, as SIREN's ND280 "ROCK") at 2.65 g/cm³ (PDG standard rock density), 24 m × 24 m transverse (SIREN),
/// from <see cref="RockFaceZCm"/> upstream over <see cref="RockLengthCm"/>. The face position follows SIREN's ND280-v1
/// model (data/siren/ND280/densities.dat): its hall ends 18.5 m upstream of its origin, which lies 327.5 cm
/// downstream of the P0D face (its TPCs at z = −0.375, 0.99, 2.355 m against our centres 290, 426, 563 cm). The
/// 50 m length covers three decay lengths for λ ≲ 17 m; the air of the hall and the magnet are not modelled. The beam
/// flux is taken as at ND280 throughout the rock (the 1/L² growth over 15–65 m upstream of a 280 m baseline, up to
/// +60% at the far end, is neglected: a conservative choice).</para>
/// </remarks>
internal static class ND280Layout
{
    /// <summary>Argon gas density of the TPCs, g/cm³ (experiments.md: argon near atmospheric pressure).</summary>
    public const double TpcGasDensityGPerCm3 = 1.78e-3;

    /// <summary>Standard-rock density, g/cm³ (PDG "standard rock").</summary>
    public const double RockDensityGPerCm3 = 2.65;

    /// <summary>z of the downstream face of the upstream rock, cm (see remarks).</summary>
    public const double RockFaceZCm = -1522.5;

    /// <summary>Length of the rock slab along the beam, cm.</summary>
    public const double RockLengthCm = 5000;

    /// <summary>Transverse size of the rock slab, cm (SIREN ND280-v1: 24 m).</summary>
    public const double RockTransverseCm = 2400;

    /// <summary>Offset of each TPC fiducial box from the start of its TPC along z, cm (TPC1: 256 − 251).</summary>
    public const double TpcFiducialOffsetCm = 5;

    /// <summary>The eight modules in beam order (a new list each call; the items are immutable).</summary>
    public static IReadOnlyList<ND280Module> Modules()
    {
        return
        [
            Mixed("P0D ECAL1", new(210, 224, 30.5, 0), 2.9, [("H1", 0.065), ("C12", 0.40), ("Pb208", 0.535)]),
            Mixed("P0D water", new(210, 224, 179, 30.5), 10, [("H1", 0.10), ("C12", 0.43), ("O16", 0.22), ("Cu63", 0.16), ("Zn64", 0.09)]),
            Mixed("P0D ECAL2", new(210, 224, 30.4, 209.6), 2.9, [("H1", 0.065), ("C12", 0.40), ("Pb208", 0.535)]),
            Tpc("TPC1", 251),
            Mixed("FGD1", new(186, 186, 30, 343), 1.1, [("H1", 0.08), ("C12", 0.88), ("O16", 0.04)], new(175, 175, 29, 344), 0.92),
            Tpc("TPC2", 387),
            Mixed("FGD2", new(186, 186, 30, 480), 1.1, [("H1", 0.09), ("C12", 0.50), ("O16", 0.41)], new(175, 175, 29, 481), 0.92),
            Tpc("TPC3", 524),
        ];
    }

    /// <summary>The upstream rock slab (box, material).</summary>
    public static (ND280Box Box, Material Material) UpstreamRock() =>
        (new ND280Box(RockTransverseCm, RockTransverseCm, RockLengthCm, RockFaceZCm - RockLengthCm),
         Material.FromAtomCounts("standard rock (SiO2)", RockDensityGPerCm3, ("Si28", 1), ("O16", 2)));

    /// <summary>TPC argon gas.</summary>
    public static Material TpcGas() => Material.FromAtomCounts("argon gas (TPC)", TpcGasDensityGPerCm3, ("Ar40", 1));

    private static ND280Module Tpc(string name, double zBeginCm) =>
        new(name, new ND280Box(186, 206, 78, zBeginCm), TpcGas(), 0.016 / 3,
            new ND280Box(170, 196, 56, zBeginCm + TpcFiducialOffsetCm), 0.010 / 3);

    private static ND280Module Mixed(string name, ND280Box active, double massTonnes, (string, double)[] fractions,
        ND280Box? fiducial = null, double? fiducialMassTonnes = null) =>
        new(name, active, Material.FromMassFractions(name, massTonnes * 1e6 / active.VolumeCm3, fractions), massTonnes, fiducial, fiducialMassTonnes);
}
