using DarkSector.Physics;

namespace DarkSector.Sampling.Experiments;

/// <summary>A family parameter held fixed on a figure (e.g. m_Z' = 1.25 GeV), in DarkSector units.</summary>
/// <remarks>Immutable; validated on initialisation.</remarks>
public sealed record FigureParameter
{
    /// <summary>Creates the fixed parameter.</summary>
    /// <param name="name">The family's parameter name (e.g. "mzprime", "epsilon2", "alpha-d").</param>
    /// <param name="value">Its value, finite.</param>
    /// <exception cref="ArgumentException">Empty name, or a value that is not finite.</exception>
    public FigureParameter(string name, double value) => (Name, Value) = (name, value);

    /// <summary>The family's parameter name.</summary>
    /// <exception cref="ArgumentException">Empty.</exception>
    public string Name { get; init => field = ExperimentInfo.NonEmpty(value, nameof(Name)); }

    /// <summary>Its value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not finite.</exception>
    public double Value { get; init => field = Check.Finite(value, nameof(Value)); }
}
