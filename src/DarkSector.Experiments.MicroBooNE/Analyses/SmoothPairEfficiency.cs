using DarkSector.Physics;

namespace DarkSector.Experiments.MicroBooNE.Analyses;

/// <summary>A smooth e⁺e⁻ efficiency map between <see cref="Minimum"/> and <see cref="Maximum"/> (default 20% to 40%).</summary>
/// <remarks>
/// <para>ε(E, θ) = ε_min + (ε_max − ε_min) · E²/(E² + E_½²) · (1 + cos θ)/2, E the true pair energy, θ the pair angle to
/// the beam. Assumption (not a published map): MicroBooNE (2025) quote a selection efficiency of typically 20–40%
/// depending on the pair energy and angle (experiments.md); the form rises with energy (soft showers are lost) and
/// favours forward pairs (the coherent signal is forward, backgrounds are not), and stays inside the quoted range by
/// construction. Users with a better map implement <see cref="IPairEfficiencyMap"/>.</para>
/// <para>Immutable; validated in the init accessors.</para>
/// </remarks>
public sealed record SmoothPairEfficiency : IPairEfficiencyMap
{
    /// <summary>The efficiency of soft or backward pairs; in [0, 1]; default 0.20.</summary>
    public double Minimum { get; init => field = Check.InRange(value, 0, 1, nameof(Minimum)); } = 0.20;

    /// <summary>The efficiency of energetic forward pairs; in [0, 1], ≥ <see cref="Minimum"/>; default 0.40.</summary>
    public double Maximum { get; init => field = Check.InRange(value, 0, 1, nameof(Maximum)); } = 0.40;

    /// <summary>E_½ in GeV: the energy at which half of the energy-dependent rise is reached; &gt; 0; default 0.3.</summary>
    public double HalfRiseEnergyGeV { get; init => field = Check.Positive(value, nameof(HalfRiseEnergyGeV)); } = 0.3;

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">Energy negative, angle outside [0, π], or Maximum &lt; Minimum.</exception>
    public double Efficiency(double pairEnergyGeV, double pairAngleRad)
    {
        Check.NonNegative(pairEnergyGeV, nameof(pairEnergyGeV));
        Check.InRange(pairAngleRad, 0, Math.PI, nameof(pairAngleRad));
        if (Maximum < Minimum)
            throw new ArgumentOutOfRangeException(nameof(Maximum), Maximum, $"Maximum = {Maximum} must be >= Minimum = {Minimum}");
        double e2 = pairEnergyGeV * pairEnergyGeV;
        double energy = e2 / (e2 + HalfRiseEnergyGeV * HalfRiseEnergyGeV);
        double angle = 0.5 * (1 + Math.Cos(pairAngleRad));
        return Minimum + (Maximum - Minimum) * energy * angle;
    }
}
