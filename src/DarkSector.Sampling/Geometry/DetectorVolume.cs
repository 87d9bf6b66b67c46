using DarkSector.Physics.Materials;

namespace DarkSector.Sampling.Geometry;

/// <summary>A named region of a detector: a placed solid filled with one material, with a role.</summary>
/// <remarks>The solid answers ray questions; the material is attached here (a logical volume, as in Geant4).
/// Immutable; validated on initialisation.</remarks>
public sealed record DetectorVolume
{
    /// <summary>Creates a volume.</summary>
    /// <param name="name">Unique name within the detector, e.g. "TPC1 fiducial".</param>
    /// <param name="solid">Its shape and placement, cm.</param>
    /// <param name="material">Its material (uniformly mixed).</param>
    /// <param name="role">What it is for.</param>
    /// <exception cref="ArgumentException">Empty name.</exception>
    /// <exception cref="ArgumentNullException">Null solid or material.</exception>
    public DetectorVolume(string name, Solid solid, Material material, VolumeRole role) =>
        (Name, Solid, Material, Role) = (name, solid, material, role);

    /// <summary>Unique name within the detector.</summary>
    public string Name { get; init => field = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("Name must not be empty", nameof(Name)) : value; }

    /// <summary>Shape and placement, cm.</summary>
    public Solid Solid { get; init => field = value ?? throw new ArgumentNullException(nameof(Solid)); }

    /// <summary>Material filling the solid.</summary>
    public Material Material { get; init => field = value ?? throw new ArgumentNullException(nameof(Material)); }

    /// <summary>What the volume is for.</summary>
    public VolumeRole Role { get; init; }

    /// <summary>Mass of the solid filled with the material, ρ·V, in kg.</summary>
    /// <remarks>Counts the whole solid, also where a higher-priority volume (e.g. a fiducial volume inside an active
    /// one) owns part of it; this is how detector papers quote active and fiducial masses.</remarks>
    public double MassKg => Material.DensityGPerCm3 * Solid.VolumeCm3 / 1000.0;
}
