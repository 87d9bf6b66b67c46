using DarkSector.Physics;

namespace DarkSector.Sampling.Experiments;

/// <summary>The exposure of an analysis in one beam mode, in the unit of that beam's flux (e.g. 12.34e20 POT in "FHC").</summary>
/// <remarks>Immutable; validated on initialisation.</remarks>
public sealed record BeamExposure
{
    /// <summary>Creates an exposure.</summary>
    /// <param name="mode">Beam mode, matching <see cref="BeamFlux.Mode"/>.</param>
    /// <param name="amount">Exposure in the flux's unit (e.g. POT); finite, &gt; 0.</param>
    /// <exception cref="ArgumentException">Empty mode.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Amount not finite and positive.</exception>
    public BeamExposure(string mode, double amount) => (Mode, Amount) = (mode, amount);

    /// <summary>Beam mode, matching <see cref="BeamFlux.Mode"/>.</summary>
    public string Mode { get; init => field = ExperimentInfo.NonEmpty(value, nameof(Mode)); }

    /// <summary>Exposure in the flux's unit (e.g. POT).</summary>
    public double Amount { get; init => field = Check.Positive(value, nameof(Amount)); }

    /// <summary>The block of the analysis binning (<see cref="Binning.Blocks"/>) that this exposure's events fill; 0 (the
    /// default) for a single-block binning. E.g. a combined neutrino + antineutrino fit fills block 0 from "FHC" and
    /// block 1 from "RHC".</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative.</exception>
    public int Block { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Block), value, $"Block = {value} must be >= 0"); }
}
