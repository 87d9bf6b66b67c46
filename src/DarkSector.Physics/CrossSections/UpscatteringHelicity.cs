namespace DarkSector.Physics.CrossSections;

/// <summary>Which helicity of the produced HNL an upscattering cross section counts.</summary>
public enum UpscatteringHelicity
{
    /// <summary>Both helicities (spin-summed).</summary>
    Both,

    /// <summary>The HNL keeps the (anti)neutrino's helicity: h = −1 from ν_L, h = +1 from ν̄_R.</summary>
    Conserving,

    /// <summary>The HNL has the opposite helicity: h = +1 from ν_L, h = −1 from ν̄_R.</summary>
    Flipping,
}
