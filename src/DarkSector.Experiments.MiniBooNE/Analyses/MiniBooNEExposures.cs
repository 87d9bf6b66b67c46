namespace DarkSector.Experiments.MiniBooNE.Analyses;

/// <summary>Exposures of the MiniBooNE data release (2020 update; PRD 103 (2021) 052002), protons on target.</summary>
internal static class MiniBooNEExposures
{
    /// <summary>Neutrino mode: 18.75e20 POT.</summary>
    public const double FhcPot = 18.75e20;

    /// <summary>Antineutrino mode: 11.27e20 POT.</summary>
    public const double RhcPot = 11.27e20;
}
