using DarkSector.Physics;

namespace DarkSector.Sampling.Experiments;

/// <summary>A point of a figure's plane (e.g. the benchmark star), in the units of its x and y parameters.</summary>
/// <remarks>Immutable; validated on initialisation.</remarks>
public sealed record FigurePoint
{
    /// <summary>Creates the point.</summary>
    /// <param name="x">Value of the figure's x parameter, finite.</param>
    /// <param name="y">Value of the figure's y parameter, finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">Not finite.</exception>
    public FigurePoint(double x, double y) => (X, Y) = (x, y);

    /// <summary>Value of the figure's x parameter.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not finite.</exception>
    public double X { get; init => field = Check.Finite(value, nameof(X)); }

    /// <summary>Value of the figure's y parameter.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not finite.</exception>
    public double Y { get; init => field = Check.Finite(value, nameof(Y)); }
}
