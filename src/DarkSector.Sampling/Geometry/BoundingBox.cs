using DarkSector.Physics.Kinematics;

namespace DarkSector.Sampling.Geometry;

/// <summary>An axis-aligned box that encloses a solid (cm); used for Monte-Carlo checks and quick rejection.</summary>
/// <param name="Min">Lower corner, cm.</param>
/// <param name="Max">Upper corner, cm.</param>
public readonly record struct BoundingBox(ThreeVector Min, ThreeVector Max)
{
    /// <summary>Volume of the box, cm³.</summary>
    public double Volume => (Max.X - Min.X) * (Max.Y - Min.Y) * (Max.Z - Min.Z);

    /// <summary>The smallest box enclosing both.</summary>
    public BoundingBox Union(BoundingBox other) => new(
        new ThreeVector(Math.Min(Min.X, other.Min.X), Math.Min(Min.Y, other.Min.Y), Math.Min(Min.Z, other.Min.Z)),
        new ThreeVector(Math.Max(Max.X, other.Max.X), Math.Max(Max.Y, other.Max.Y), Math.Max(Max.Z, other.Max.Z)));
}
