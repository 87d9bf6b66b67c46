namespace DarkSector.Sampling.Experiments;

/// <summary>The beam-mode names of <see cref="HornPolarity"/>, as plugins use them in <see cref="BeamFlux.Mode"/> and
/// <see cref="BeamExposure.Mode"/>.</summary>
public static class HornPolarityNames
{
    /// <summary>Mode name of the neutrino-mode beam, "FHC".</summary>
    public const string Fhc = "FHC";

    /// <summary>Mode name of the antineutrino-mode beam, "RHC".</summary>
    public const string Rhc = "RHC";

    /// <summary>Both polarities, neutrino mode first.</summary>
    public static IReadOnlyList<HornPolarity> Both { get; } = [HornPolarity.Fhc, HornPolarity.Rhc];

    /// <summary>The mode name of <paramref name="polarity"/> ("FHC" or "RHC").</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined polarity.</exception>
    public static string ModeName(this HornPolarity polarity) => polarity switch
    {
        HornPolarity.Fhc => Fhc,
        HornPolarity.Rhc => Rhc,
        _ => throw new ArgumentOutOfRangeException(nameof(polarity), polarity, $"polarity = {polarity} is not defined"),
    };
}
