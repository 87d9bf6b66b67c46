using DarkSector.Physics.Materials;

namespace DarkSector.Experiments.T2K.Geometry;

/// <summary>One module of the ND280 description: its active box with a uniformly mixed material, the mass the
/// publication quotes, and an optional fiducial box for decays.</summary>
/// <param name="Name">Volume name (e.g. "TPC1").</param>
/// <param name="Active">Active box.</param>
/// <param name="Material">Uniform material of the active box (density g/cm³, mass fractions).</param>
/// <param name="PublishedMassTonnes">Mass quoted by the table of experiments.md (per module; for the TPCs the table
/// quotes the three together, divided by three here).</param>
/// <param name="Fiducial">Fiducial box, or null.</param>
/// <param name="PublishedFiducialMassTonnes">Fiducial mass quoted by the table (per module), or null.</param>
internal sealed record ND280Module(string Name, ND280Box Active, Material Material, double PublishedMassTonnes,
    ND280Box? Fiducial = null, double? PublishedFiducialMassTonnes = null)
{
    /// <summary>Mass of the active box, ρ·V, tonnes.</summary>
    public double MassTonnes => Material.DensityGPerCm3 * Active.VolumeCm3 * 1e-6;

    /// <summary>Mass inside the fiducial box at the module's uniform density, tonnes (0 without a fiducial box).</summary>
    public double FiducialMassTonnes => Fiducial is null ? 0 : Material.DensityGPerCm3 * Fiducial.VolumeCm3 * 1e-6;
}
