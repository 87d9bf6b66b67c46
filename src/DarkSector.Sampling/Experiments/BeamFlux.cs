using DarkSector.Physics;
using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Flux;

namespace DarkSector.Sampling.Experiments;

/// <summary>One flavour of one beam mode at the detector: the energy spectrum per unit exposure (the generator's
/// <see cref="EnergySpectrum"/>), its exposure unit and the direction of the neutrinos in detector coordinates.</summary>
/// <remarks>φ(E) in neutrinos per GeV per cm² per exposure unit (per POT for accelerator beams). The generator owns
/// sampling from it; this type only states the facts. Immutable; thread-safe.</remarks>
public sealed class BeamFlux
{
    /// <summary>Creates a beam component.</summary>
    /// <param name="mode">Beam mode, e.g. "FHC", "RHC", "LE-FHC"; not empty.</param>
    /// <param name="flavour">Neutrino flavour.</param>
    /// <param name="spectrum">φ(E) per GeV per cm² per exposure unit.</param>
    /// <param name="exposureUnit">Unit of the exposure the flux is normalised to, e.g. "POT".</param>
    /// <exception cref="ArgumentException">Empty mode or unit.</exception>
    /// <exception cref="ArgumentNullException">Null spectrum.</exception>
    public BeamFlux(string mode, NeutrinoFlavour flavour, EnergySpectrum spectrum, string exposureUnit = "POT")
    {
        Mode = ExperimentInfo.NonEmpty(mode, nameof(mode));
        Flavour = flavour;
        Spectrum = spectrum ?? throw new ArgumentNullException(nameof(spectrum));
        ExposureUnit = ExperimentInfo.NonEmpty(exposureUnit, nameof(exposureUnit));
    }

    /// <summary>Beam mode, e.g. "FHC".</summary>
    public string Mode { get; }

    /// <summary>Neutrino flavour.</summary>
    public NeutrinoFlavour Flavour { get; }

    /// <summary>φ(E) per GeV per cm² per exposure unit (linear interpolation, zero outside the table).</summary>
    public EnergySpectrum Spectrum { get; }

    /// <summary>Unit of exposure the flux is normalised to (e.g. "POT").</summary>
    public string ExposureUnit { get; }

    /// <summary>Direction of flight of the neutrinos in detector coordinates (unit vector; +z by default).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Zero or non-finite.</exception>
    public ThreeVector Direction
    {
        get;
        init => field = value / Check.Positive(value.Norm, "|Direction|");
    } = ThreeVector.UnitZ;

    /// <summary>Distance from the neutrino source to the detector origin, cm (for information and upstream dirt).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative or non-finite.</exception>
    public double BaselineCm { get; init => field = Check.NonNegative(value, nameof(BaselineCm)); }
}
