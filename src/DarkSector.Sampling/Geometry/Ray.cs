using DarkSector.Physics;
using DarkSector.Physics.Kinematics;

namespace DarkSector.Sampling.Geometry;

/// <summary>A directed line: an origin (cm) and a unit direction. Points on it are <c>Origin + t·Direction</c> with t in cm.</summary>
/// <remarks>Immutable value type; thread-safe. Ray queries report every crossing along the whole line, so t may be negative
/// (behind the origin).</remarks>
public readonly record struct Ray
{
    /// <summary>Creates a ray; the direction is normalised.</summary>
    /// <param name="origin">Origin in cm; finite.</param>
    /// <param name="direction">Direction; finite and non-zero (it need not be normalised).</param>
    /// <exception cref="ArgumentOutOfRangeException">A component is not finite, or the direction is zero.</exception>
    public Ray(ThreeVector origin, ThreeVector direction)
    {
        Check.Finite(origin.X, "origin.X"); Check.Finite(origin.Y, "origin.Y"); Check.Finite(origin.Z, "origin.Z");
        double n = Check.Positive(direction.Norm, "|direction|");
        Origin = origin;
        Direction = direction / n;
    }

    /// <summary>Origin in cm.</summary>
    public ThreeVector Origin { get; }

    /// <summary>Unit direction.</summary>
    public ThreeVector Direction { get; }

    /// <summary>The point at signed distance <paramref name="t"/> (cm) from the origin.</summary>
    public ThreeVector PointAt(double t) => new(Origin.X + t * Direction.X, Origin.Y + t * Direction.Y, Origin.Z + t * Direction.Z);

    /// <summary>The same line traversed in the opposite direction from the same origin.</summary>
    public Ray Reversed() => new(Origin, -Direction, trusted: true);

    /// <summary>Trusted constructor: <paramref name="unitDirection"/> must already be a finite unit vector.</summary>
    internal Ray(ThreeVector origin, ThreeVector unitDirection, bool trusted)
    {
        System.Diagnostics.Debug.Assert(trusted && Math.Abs(unitDirection.NormSquared - 1) < 1e-9);
        Origin = origin;
        Direction = unitDirection;
    }
}
