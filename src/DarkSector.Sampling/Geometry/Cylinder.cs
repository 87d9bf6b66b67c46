using DarkSector.Physics;
using DarkSector.Physics.Kinematics;

namespace DarkSector.Sampling.Geometry;

/// <summary>A solid circular cylinder centred at the origin with its axis along z.</summary>
/// <remarks>Ray query: the infinite cylinder x² + y² ≤ R² (quadratic about the point of closest approach in the
/// transverse plane) intersected with the slab |z| ≤ L/2. Immutable; thread-safe.</remarks>
public sealed class Cylinder : Solid
{
    private readonly double _halfLength;

    /// <summary>Creates a cylinder.</summary>
    /// <param name="radiusCm">Radius, cm; &gt; 0.</param>
    /// <param name="lengthCm">Length along z, cm; &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is not finite and positive.</exception>
    public Cylinder(double radiusCm, double lengthCm)
    {
        RadiusCm = Check.Positive(radiusCm, nameof(radiusCm));
        LengthCm = Check.Positive(lengthCm, nameof(lengthCm));
        _halfLength = lengthCm / 2;
    }

    /// <summary>Radius, cm.</summary>
    public double RadiusCm { get; }

    /// <summary>Length along z, cm.</summary>
    public double LengthCm { get; }

    /// <inheritdoc />
    public override int MaxSegments => 1;

    /// <inheritdoc />
    /// <remarks>π R² L.</remarks>
    public override double VolumeCm3 => Math.PI * RadiusCm * RadiusCm * LengthCm;

    /// <inheritdoc />
    public override BoundingBox Bounds => new(new ThreeVector(-RadiusCm, -RadiusCm, -_halfLength), new ThreeVector(RadiusCm, RadiusCm, _halfLength));

    /// <inheritdoc />
    public override bool Contains(ThreeVector point) =>
        Math.Abs(point.Z) <= _halfLength && point.X * point.X + point.Y * point.Y <= RadiusCm * RadiusCm;

    internal override int IntersectCore(ThreeVector origin, ThreeVector direction, Span<RaySegment> segments)
    {
        double tMin = double.NegativeInfinity, tMax = double.PositiveInfinity;
        double a = direction.X * direction.X + direction.Y * direction.Y;
        double r2 = RadiusCm * RadiusCm;
        if (a < ParallelTolerance * ParallelTolerance)
        {
            // parallel to the axis (within 1e-12): inside or not, the side surface included with tolerance
            if (origin.X * origin.X + origin.Y * origin.Y > r2 * (1 + 2 * ParallelTolerance)) return 0;
        }
        else
        {
            double t0 = -(origin.X * direction.X + origin.Y * direction.Y) / a;
            double cx = origin.X + t0 * direction.X, cy = origin.Y + t0 * direction.Y;
            double h2 = (r2 - (cx * cx + cy * cy)) / a;
            if (!(h2 > 0)) return 0;                                         // miss or tangent
            double h = Math.Sqrt(h2);
            (tMin, tMax) = (t0 - h, t0 + h);
        }
        if (!ClipSlab(origin.Z, direction.Z, -_halfLength, _halfLength, ref tMin, ref tMax)) return 0;
        segments[0] = new RaySegment(tMin, tMax);
        return 1;
    }

    /// <summary>"cylinder R = … cm, L = … cm".</summary>
    public override string ToString() => FormattableString.Invariant($"cylinder R = {RadiusCm:G6} cm, L = {LengthCm:G6} cm");
}
