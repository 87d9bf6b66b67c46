using DarkSector.Physics.Kinematics;

namespace DarkSector.Sampling.Geometry;

/// <summary>The boolean difference A − B (shells, cavities).</summary>
/// <remarks>Along a line: the segments of A with those of B removed; containment: in A and not in B (B is closed, so its
/// surface, a set of zero volume, goes with B). Volume V(A) − V(B), exact when B ⊂ A.</remarks>
internal sealed class SubtractionSolid(Solid outer, Solid removed) : Solid
{
    private const int StackLimit = 64;

    public override int MaxSegments { get; } = outer.MaxSegments + removed.MaxSegments;

    public override double VolumeCm3 => outer.VolumeCm3 - removed.VolumeCm3;

    public override BoundingBox Bounds => outer.Bounds;

    public override bool Contains(ThreeVector point) => outer.Contains(point) && !removed.Contains(point);

    internal override int IntersectCore(ThreeVector origin, ThreeVector direction, Span<RaySegment> segments)
    {
        Span<RaySegment> a = outer.MaxSegments <= StackLimit ? stackalloc RaySegment[outer.MaxSegments] : new RaySegment[outer.MaxSegments];
        int na = outer.IntersectCore(origin, direction, a);
        if (na == 0) return 0;
        Span<RaySegment> b = removed.MaxSegments <= StackLimit ? stackalloc RaySegment[removed.MaxSegments] : new RaySegment[removed.MaxSegments];
        int nb = removed.IntersectCore(origin, direction, b);
        return SegmentAlgebra.Subtract(a[..na], b[..nb], segments);
    }

    public override string ToString() => $"({outer}) minus ({removed})";
}
