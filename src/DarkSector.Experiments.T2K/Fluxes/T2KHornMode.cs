namespace DarkSector.Experiments.T2K.Fluxes;

/// <summary>Horn current of the T2K beam: +250 kA focuses π⁺ (neutrino mode, FHC), −250 kA focuses π⁻
/// (antineutrino mode, RHC).</summary>
internal enum T2KHornMode
{
    /// <summary>+250 kA, neutrino mode ("FHC").</summary>
    Fhc,

    /// <summary>−250 kA, antineutrino mode ("RHC").</summary>
    Rhc,
}
