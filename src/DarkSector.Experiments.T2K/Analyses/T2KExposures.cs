namespace DarkSector.Experiments.T2K.Analyses;

/// <summary>Published exposures of the ND280 analyses and the projections, in protons on target.</summary>
/// <remarks>Sources: analysis I, T2K heavy-neutrino search, PRD 100 (2019) 052006; analysis II, T2K ν_e CC inclusive
/// measurement, JHEP 10 (2020) 114; projections, Argüelles-Foppiani-Hostert PRD 107 (2023) 035027 (4e21 POT) and
/// Liu-Kamp-Argüelles 2025 (ND280 upgrade, 2e22 POT).</remarks>
internal static class T2KExposures
{
    /// <summary>Analysis I, neutrino mode (+250 kA): 12.34e20 POT.</summary>
    public const double TpcEeFhcPot = 12.34e20;

    /// <summary>Analysis I, antineutrino mode (−250 kA): 6.29e20 POT.</summary>
    public const double TpcEeRhcPot = 6.29e20;

    /// <summary>Analysis II (FGD1 photon-like sample), neutrino mode: 11.92e20 POT.</summary>
    public const double FgdMeeFhcPot = 11.92e20;

    /// <summary>Analysis II, antineutrino mode: 6.29e20 POT.</summary>
    public const double FgdMeeRhcPot = 6.29e20;

    /// <summary>Projection of analysis I with the existing detector: 4e21 POT, taken as neutrino mode.</summary>
    public const double ProjectionPot = 4e21;

    /// <summary>Projection for the ND280 upgrade: 2e22 POT, taken as neutrino mode (Liu et al.).</summary>
    public const double UpgradePot = 2e22;
}
