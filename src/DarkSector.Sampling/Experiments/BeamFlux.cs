using DarkSector.Physics;
using DarkSector.Physics.Kinematics;

namespace DarkSector.Sampling.Experiments;

/// <summary>One flavour of one beam mode at the detector: a tabulated energy spectrum per unit exposure, with the
/// direction of the neutrinos in detector coordinates.</summary>
/// <remarks>
/// φ(E) in neutrinos per GeV per cm² per exposure unit (per POT for accelerator beams), tabulated at increasing energies
/// and linearly interpolated, zero outside the table. The generator owns sampling from it; this type only states the
/// facts. Immutable; thread-safe.
/// </remarks>
public sealed class BeamFlux
{
    private readonly double[] _energies, _values;

    /// <summary>Creates a flux table.</summary>
    /// <param name="mode">Beam mode, e.g. "FHC", "RHC", "LE-FHC"; not empty.</param>
    /// <param name="flavour">Neutrino flavour.</param>
    /// <param name="energiesGeV">Strictly increasing energies, GeV, ≥ 0; at least 2.</param>
    /// <param name="fluxPerGeVCm2">φ at those energies per GeV per cm² per exposure unit; finite, ≥ 0.</param>
    /// <param name="exposureUnit">Unit of the exposure the flux is normalised to, e.g. "POT".</param>
    /// <exception cref="ArgumentException">Lengths differ, fewer than 2 points, energies not increasing, negative or non-finite values.</exception>
    public BeamFlux(string mode, NeutrinoFlavour flavour, IReadOnlyList<double> energiesGeV, IReadOnlyList<double> fluxPerGeVCm2, string exposureUnit = "POT")
    {
        Mode = ExperimentInfo.NonEmpty(mode, nameof(mode));
        Flavour = flavour;
        ExposureUnit = ExperimentInfo.NonEmpty(exposureUnit, nameof(exposureUnit));
        ArgumentNullException.ThrowIfNull(energiesGeV);
        ArgumentNullException.ThrowIfNull(fluxPerGeVCm2);
        if (energiesGeV.Count != fluxPerGeVCm2.Count)
            throw new ArgumentException($"energiesGeV.Count = {energiesGeV.Count} differs from fluxPerGeVCm2.Count = {fluxPerGeVCm2.Count}", nameof(fluxPerGeVCm2));
        if (energiesGeV.Count < 2) throw new ArgumentException($"energiesGeV.Count = {energiesGeV.Count} must be >= 2", nameof(energiesGeV));
        _energies = new double[energiesGeV.Count];
        _values = new double[energiesGeV.Count];
        for (int i = 0; i < _energies.Length; i++)
        {
            _energies[i] = Check.NonNegative(energiesGeV[i], $"energiesGeV[{i}]");
            _values[i] = Check.NonNegative(fluxPerGeVCm2[i], $"fluxPerGeVCm2[{i}]");
            if (i > 0 && !(_energies[i] > _energies[i - 1]))
                throw new ArgumentException($"energiesGeV[{i}] = {_energies[i]} must be > energiesGeV[{i - 1}] = {_energies[i - 1]}", nameof(energiesGeV));
        }
    }

    /// <summary>Beam mode, e.g. "FHC".</summary>
    public string Mode { get; }

    /// <summary>Neutrino flavour.</summary>
    public NeutrinoFlavour Flavour { get; }

    /// <summary>Unit of exposure the flux is normalised to (e.g. "POT").</summary>
    public string ExposureUnit { get; }

    /// <summary>Direction of flight of the neutrinos in detector coordinates (unit vector; +z by default).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Zero or non-finite.</exception>
    public ThreeVector Direction
    {
        get;
        init => field = Check.Positive(value.Norm, "|Direction|") is var n ? value / n : default;
    } = ThreeVector.UnitZ;

    /// <summary>Distance from the neutrino source to the detector origin, cm (for information and upstream dirt).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative or non-finite.</exception>
    public double BaselineCm { get; init => field = Check.NonNegative(value, nameof(BaselineCm)); }

    /// <summary>The tabulated energies, GeV.</summary>
    public ReadOnlySpan<double> EnergiesGeV => _energies;

    /// <summary>The tabulated flux values per GeV per cm² per exposure unit.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>Lowest tabulated energy, GeV.</summary>
    public double MinEnergyGeV => _energies[0];

    /// <summary>Highest tabulated energy, GeV.</summary>
    public double MaxEnergyGeV => _energies[^1];

    /// <summary>φ(E) per GeV per cm² per exposure unit: linear interpolation, 0 outside the table.</summary>
    /// <param name="energyGeV">Neutrino energy, GeV.</param>
    public double Evaluate(double energyGeV)
    {
        if (!(energyGeV >= _energies[0] && energyGeV <= _energies[^1])) return 0;
        int i = Array.BinarySearch(_energies, energyGeV);
        if (i >= 0) return _values[i];
        i = ~i;   // _energies[i - 1] < E < _energies[i]
        double f = (energyGeV - _energies[i - 1]) / (_energies[i] - _energies[i - 1]);
        return _values[i - 1] + f * (_values[i] - _values[i - 1]);
    }

    /// <summary>∫ φ dE over the table (trapezoidal rule, exact for the linear interpolation), per cm² per exposure unit.</summary>
    public double IntegratedFluxPerCm2()
    {
        double sum = 0;
        for (int i = 1; i < _energies.Length; i++) sum += 0.5 * (_values[i] + _values[i - 1]) * (_energies[i] - _energies[i - 1]);
        return sum;
    }
}
