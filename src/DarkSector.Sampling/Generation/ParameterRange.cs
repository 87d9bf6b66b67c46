using DarkSector.Physics;

namespace DarkSector.Sampling.Generation;

/// <summary>The range of one jointly sampled model parameter θ_j (e.g. m_N in GeV), sampled in ln θ.</summary>
/// <remarks>Immutable; validated in the constructor.</remarks>
public sealed record ParameterRange
{
    /// <summary>Creates the range [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="name">Parameter name, e.g. "m_N"; non-empty, no whitespace or commas.</param>
    /// <param name="min">Lower limit; &gt; 0.</param>
    /// <param name="max">Upper limit; &gt; <paramref name="min"/>.</param>
    public ParameterRange(string name, double min, double max)
    {
        if (string.IsNullOrEmpty(name) || name.Any(char.IsWhiteSpace) || name.Contains(','))
            throw new ArgumentException($"parameter name '{name}' must be non-empty without whitespace or commas", nameof(name));
        Name = name;
        Min = Check.Positive(min);
        Max = Check.Positive(max);
        if (!(max > min)) throw new ArgumentOutOfRangeException(nameof(max), max, $"max = {max} must be > min = {min}");
    }

    /// <summary>Parameter name.</summary>
    public string Name { get; }

    /// <summary>Lower limit.</summary>
    public double Min { get; }

    /// <summary>Upper limit.</summary>
    public double Max { get; }
}
