using DarkSector.Physics;
using DarkSector.Physics.Kinematics;

namespace DarkSector.Sampling.Geometry;

/// <summary>A ball of radius <see cref="RadiusCm"/> centred at the origin.</summary>
/// <remarks>Ray query: |o + t d|² = R² solved about the point of closest approach t₀ = −o·d (half chord
/// √(R² − |o + t₀d|²)), which keeps precision for distant origins; a tangent line does not enter. Immutable; thread-safe.</remarks>
public sealed class Sphere : Solid
{
    /// <summary>Creates a ball.</summary>
    /// <param name="radiusCm">Radius, cm; &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">The radius is not finite and positive.</exception>
    public Sphere(double radiusCm) => RadiusCm = Check.Positive(radiusCm, nameof(radiusCm));

    /// <summary>Radius, cm.</summary>
    public double RadiusCm { get; }

    /// <inheritdoc />
    public override int MaxSegments => 1;

    /// <inheritdoc />
    /// <remarks>4/3 π R³.</remarks>
    public override double VolumeCm3 => 4.0 / 3.0 * Math.PI * RadiusCm * RadiusCm * RadiusCm;

    /// <inheritdoc />
    public override BoundingBox Bounds => new(new ThreeVector(-RadiusCm, -RadiusCm, -RadiusCm), new ThreeVector(RadiusCm, RadiusCm, RadiusCm));

    /// <inheritdoc />
    public override bool Contains(ThreeVector point) => point.NormSquared <= RadiusCm * RadiusCm;

    internal override int IntersectCore(ThreeVector origin, ThreeVector direction, Span<RaySegment> segments)
    {
        double b = origin.Dot(direction);
        // Shift the origin to the point of closest approach first: keeps precision for distant origins.
        ThreeVector closest = origin - b * direction;
        double c0 = closest.NormSquared - RadiusCm * RadiusCm;
        if (!(c0 < 0)) return 0;
        double half = Math.Sqrt(-c0);
        segments[0] = new RaySegment(-b - half, -b + half);
        return 1;
    }

    /// <summary>"sphere R = … cm".</summary>
    public override string ToString() => FormattableString.Invariant($"sphere R = {RadiusCm:G6} cm");
}
