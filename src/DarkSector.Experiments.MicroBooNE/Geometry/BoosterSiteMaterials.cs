using DarkSector.Physics.Materials;

namespace DarkSector.Experiments.MicroBooNE.Geometry;

/// <summary>The materials of a liquid-argon TPC on the Booster Neutrino Beam: the argon and the upstream soil.</summary>
/// <remarks>
/// Shared with the other liquid-argon plugins (SBND, ICARUS, the DUNE near detector) so that every LAr site uses the
/// same documented argon and soil. Densities from experiments.md (MicroBooNE); the soil composition is the approximate
/// clay-rich soil documented on <see cref="Soil"/>. Immutable results.
/// </remarks>
public static class BoosterSiteMaterials
{
    /// <summary>Liquid-argon density in g/cm³ (experiments.md, MicroBooNE).</summary>
    public const double ArgonDensityGPerCm3 = 1.38;

    /// <summary>Compacted soil and clay density in g/cm³ (experiments.md, MicroBooNE).</summary>
    public const double SoilDensityGPerCm3 = 2.25;

    /// <summary>Liquid argon at <see cref="ArgonDensityGPerCm3"/>.</summary>
    public static Material Argon() => StandardMaterials.LiquidArgon.WithDensity(ArgonDensityGPerCm3);

    /// <summary>Compacted soil and clay at <see cref="SoilDensityGPerCm3"/>.</summary>
    /// <remarks>Approximate, typical clay-rich soil (mass fractions O 0.50, Si 0.30, Al 0.10, Fe 0.05, Ca 0.05: SiO₂,
    /// Al₂O₃, Fe₂O₃ and CaO with the remaining oxygen standing in for bound water; hydrogen dropped, it has no coherent
    /// process). Coherent upscattering goes as Z² F², so rates are insensitive to the details at the 10% level.</remarks>
    public static Material Soil() => Material.FromMassFractions("compacted soil and clay", SoilDensityGPerCm3,
        ("O16", 0.50), ("Si28", 0.30), ("Al27", 0.10), ("Fe56", 0.05), ("Ca40", 0.05));
}
