using DarkSector.Sampling.Experiments;
using DarkSector.Experiments.T2K.Fluxes;

namespace DarkSector.Experiments.T2K.Analyses;

/// <summary>Analysis I data: one counting bin per beam mode, observed events, expected background and the flat
/// systematic (T2K PRD 100 (2019) 052006; experiments.md).</summary>
internal static class TpcEeCounts
{
    /// <summary>Flat fractional systematic on the prediction.</summary>
    public const double FractionalSystematic = 0.20;

    /// <summary>Observed events: 0 in both modes.</summary>
    public static double Observed(HornPolarity mode) => 0;

    /// <summary>Expected background: 0.563 (neutrino mode), 0.015 (antineutrino mode).</summary>
    public static double Background(HornPolarity mode) => mode == HornPolarity.Fhc ? 0.563 : 0.015;

    /// <summary>Published exposure of the mode, POT.</summary>
    public static double ExposurePot(HornPolarity mode) => mode == HornPolarity.Fhc ? T2KExposures.TpcEeFhcPot : T2KExposures.TpcEeRhcPot;
}
