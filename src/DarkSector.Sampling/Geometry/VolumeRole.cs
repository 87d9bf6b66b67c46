namespace DarkSector.Sampling.Geometry;

/// <summary>What a detector volume is for. Flags: a TPC's fiducial gas is both <see cref="Target"/> and
/// <see cref="Fiducial"/>.</summary>
[Flags]
public enum VolumeRole
{
    /// <summary>No role (inert material: support, cryostat).</summary>
    None = 0,

    /// <summary>Upscattering target inside the detector.</summary>
    Target = 1,

    /// <summary>Fiducial volume: decays or photon conversions here are signal.</summary>
    Fiducial = 2,

    /// <summary>Dirt (rock, soil) upstream or around the detector: a target for long-lived particles.</summary>
    Dirt = 4,

    /// <summary>Air of the detector hall.</summary>
    Air = 8,

    /// <summary>Veto detector.</summary>
    Veto = 16,

    /// <summary>Every role.</summary>
    All = Target | Fiducial | Dirt | Air | Veto,
}
