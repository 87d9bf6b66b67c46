namespace DarkSector.Physics.Models.Dipole;

/// <summary>Which helicity of the produced HNL an upscattering cross section counts.</summary>
public enum HelicityPart
{
    /// <summary>Both helicities (the spin-summed cross section).</summary>
    Total,

    /// <summary>Helicity-flipping: ν_L (h = −1) → N with h = +1, or ν̄_R (h = +1) → N̄ with h = −1. The dominant part of the dipole.</summary>
    Flipping,

    /// <summary>Helicity-conserving: the HNL keeps the neutrino's helicity; suppressed by m_N²/E² for the dipole.</summary>
    Conserving,
}
