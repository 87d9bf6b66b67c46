namespace DarkSector.Experiments.MiniBooNE.Fluxes;

/// <summary>Horn polarity of the Booster Neutrino Beam.</summary>
internal enum BnbHornMode
{
    /// <summary>Neutrino mode (+174 kA, "FHC").</summary>
    Fhc,

    /// <summary>Antineutrino mode (−174 kA, "RHC").</summary>
    Rhc,
}
