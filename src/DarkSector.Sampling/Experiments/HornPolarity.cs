namespace DarkSector.Sampling.Experiments;

/// <summary>The horn polarity of a conventional neutrino beam: forward horn current focuses positive mesons (neutrino
/// mode), reverse current negative ones (antineutrino mode). The beam-mode names are <see cref="HornPolarityNames"/>.</summary>
public enum HornPolarity
{
    /// <summary>Forward horn current, neutrino mode ("FHC").</summary>
    Fhc,

    /// <summary>Reverse horn current, antineutrino mode ("RHC").</summary>
    Rhc,
}
