using DarkSector.Physics;
using DarkSector.Physics.Kinematics;

namespace DarkSector.Sampling.Geometry;

/// <summary>A rectangular box centred at the origin with edges along the axes.</summary>
/// <remarks>Ray query: the slab method (Kay and Kajiya 1986), closed faces. Immutable; thread-safe.</remarks>
public sealed class Box : Solid
{
    private readonly double _hx, _hy, _hz;

    /// <summary>Creates a box of the given full edge lengths.</summary>
    /// <param name="sizeXCm">Edge along x, cm; &gt; 0.</param>
    /// <param name="sizeYCm">Edge along y, cm; &gt; 0.</param>
    /// <param name="sizeZCm">Edge along z, cm; &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">An edge is not finite and positive.</exception>
    public Box(double sizeXCm, double sizeYCm, double sizeZCm)
    {
        SizeXCm = Check.Positive(sizeXCm, nameof(sizeXCm));
        SizeYCm = Check.Positive(sizeYCm, nameof(sizeYCm));
        SizeZCm = Check.Positive(sizeZCm, nameof(sizeZCm));
        (_hx, _hy, _hz) = (sizeXCm / 2, sizeYCm / 2, sizeZCm / 2);
    }

    /// <summary>Edge along x, cm.</summary>
    public double SizeXCm { get; }

    /// <summary>Edge along y, cm.</summary>
    public double SizeYCm { get; }

    /// <summary>Edge along z, cm.</summary>
    public double SizeZCm { get; }

    /// <inheritdoc />
    public override int MaxSegments => 1;

    /// <inheritdoc />
    public override double VolumeCm3 => SizeXCm * SizeYCm * SizeZCm;

    /// <inheritdoc />
    public override BoundingBox Bounds => new(new ThreeVector(-_hx, -_hy, -_hz), new ThreeVector(_hx, _hy, _hz));

    /// <inheritdoc />
    public override bool Contains(ThreeVector point) =>
        Math.Abs(point.X) <= _hx && Math.Abs(point.Y) <= _hy && Math.Abs(point.Z) <= _hz;

    internal override int IntersectCore(ThreeVector origin, ThreeVector direction, Span<RaySegment> segments)
    {
        double tMin = double.NegativeInfinity, tMax = double.PositiveInfinity;
        if (!ClipSlab(origin.X, direction.X, -_hx, _hx, ref tMin, ref tMax)) return 0;
        if (!ClipSlab(origin.Y, direction.Y, -_hy, _hy, ref tMin, ref tMax)) return 0;
        if (!ClipSlab(origin.Z, direction.Z, -_hz, _hz, ref tMin, ref tMax)) return 0;
        segments[0] = new RaySegment(tMin, tMax);
        return 1;
    }

    /// <summary>"box X × Y × Z cm".</summary>
    public override string ToString() => FormattableString.Invariant($"box {SizeXCm:G6} x {SizeYCm:G6} x {SizeZCm:G6} cm");
}
