using DarkSector.Physics.Kinematics;

namespace DarkSector.Sampling.Geometry;

/// <summary>A solid placed by a rotation followed by a translation: x_world = R·x_local + T.</summary>
/// <remarks>Rays are carried into the local frame (o' = Rᵀ(o − T), d' = Rᵀd); rotations preserve lengths, so the
/// local distances are the world distances. Nested placements are folded into one.</remarks>
internal sealed class PlacedSolid : Solid
{
    private readonly Solid _inner;
    private readonly Rotation _rotation;
    private readonly ThreeVector _offset;

    private PlacedSolid(Solid inner, Rotation rotation, ThreeVector offset) =>
        (_inner, _rotation, _offset, Bounds) = (inner, rotation, offset, ComputeBounds(inner.Bounds, rotation, offset));

    /// <summary>Places <paramref name="solid"/> (x ↦ R·x + T), folding an existing placement.</summary>
    public static Solid Create(Solid solid, Rotation rotation, ThreeVector offset)
    {
        if (solid is PlacedSolid p)   // R2·(R1·x + T1) + T2 = (R2 R1)·x + (R2·T1 + T2)
            return new PlacedSolid(p._inner, rotation * p._rotation, rotation.Apply(p._offset) + offset);
        return new PlacedSolid(solid, rotation, offset);
    }

    public override int MaxSegments => _inner.MaxSegments;

    public override double VolumeCm3 => _inner.VolumeCm3;

    public override BoundingBox Bounds { get; }

    public override bool Contains(ThreeVector point) => _inner.Contains(_rotation.ApplyInverse(point - _offset));

    internal override int IntersectCore(ThreeVector origin, ThreeVector direction, Span<RaySegment> segments) =>
        _inner.IntersectCore(_rotation.ApplyInverse(origin - _offset), _rotation.ApplyInverse(direction), segments);

    private static BoundingBox ComputeBounds(BoundingBox local, Rotation rotation, ThreeVector offset)
    {
        BoundingBox? result = null;
        for (int corner = 0; corner < 8; corner++)
        {
            var p = new ThreeVector(
                (corner & 1) == 0 ? local.Min.X : local.Max.X,
                (corner & 2) == 0 ? local.Min.Y : local.Max.Y,
                (corner & 4) == 0 ? local.Min.Z : local.Max.Z);
            var w = rotation.Apply(p) + offset;
            var box = new BoundingBox(w, w);
            result = result is null ? box : result.Value.Union(box);
        }
        return result!.Value;
    }

    public override string ToString() =>
        FormattableString.Invariant($"{_inner} at ({_offset.X:G6}, {_offset.Y:G6}, {_offset.Z:G6}) cm{(_rotation.IsIdentity ? "" : ", rotated")}");
}
