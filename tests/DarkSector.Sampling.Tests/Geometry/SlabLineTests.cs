using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Geometry;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;
using static DarkSector.Sampling.Tests.Geometry.SolidCatalogue;

namespace DarkSector.Sampling.Tests.Geometry;

/// <summary>The trace's bounding-box prefilter computes the reciprocal direction once per line; it must answer exactly
/// as the per-box slab test (<see cref="Solid.ClipSlab(double, double, double, double, ref double, ref double)"/>), or traces would change.</summary>
public class SlabLineTests
{
    /// <summary>Directions with some components exactly zero or below the parallel tolerance (lines along faces).</summary>
    private static Gen<ThreeVector> Directions =>
        from d in UnitVectors
        from flat in Gen.Choose(0, 7)
        from tiny in Gen.Elements(0.0, 1e-13, -1e-13, 1e-11)
        select new ThreeVector((flat & 1) != 0 ? tiny : d.X, (flat & 2) != 0 ? tiny : d.Y, (flat & 4) != 0 ? tiny : d.Z);

    private static Gen<BoundingBox> Boxes =>
        from c in Gen.ArrayOf(Uniform(-5, 5), 3)
        from h in Gen.ArrayOf(Uniform(0.01, 4), 3)
        select new BoundingBox(new ThreeVector(c[0] - h[0], c[1] - h[1], c[2] - h[2]), new ThreeVector(c[0] + h[0], c[1] + h[1], c[2] + h[2]));

    [Property(MaxTest = 2000)] // same answer as three ClipSlab calls, for lines through, past, along and on the faces
    public Property Hits_AgreesWithClipSlab() =>
        Prop.ForAll(Arb.From(Boxes), Arb.From(Directions), Arb.From(from o in Gen.ArrayOf(Uniform(-6, 6), 3) from snap in Gen.Choose(0, 3) select (o, snap)), (box, d, p) =>
        {
            var (o, snap) = p;
            // snap = 1..3 puts the origin exactly on a face of that axis, so lines along the face are tested
            var origin = new ThreeVector(snap == 1 ? box.Min.X : o[0], snap == 2 ? box.Max.Y : o[1], snap == 3 ? box.Min.Z : o[2]);
            double tMin = double.NegativeInfinity, tMax = double.PositiveInfinity;
            bool expected = Solid.ClipSlab(origin.X, d.X, box.Min.X, box.Max.X, ref tMin, ref tMax)
                && Solid.ClipSlab(origin.Y, d.Y, box.Min.Y, box.Max.Y, ref tMin, ref tMax)
                && Solid.ClipSlab(origin.Z, d.Z, box.Min.Z, box.Max.Z, ref tMin, ref tMax);
            return new VolumeStack.SlabLine(origin, d).Hits(box) == expected;
        });

    [Fact] // lines through, along a face of, beside and obliquely through the unit box
    public void Hits_KnownLines()
    {
        var box = new BoundingBox(new ThreeVector(-1, -1, -1), new ThreeVector(1, 1, 1));
        Assert.True(new VolumeStack.SlabLine(new ThreeVector(-5, 0, 0), new ThreeVector(1, 0, 0)).Hits(box));
        Assert.True(new VolumeStack.SlabLine(new ThreeVector(-5, 1, 0), new ThreeVector(1, 0, 0)).Hits(box));    // along a face
        Assert.False(new VolumeStack.SlabLine(new ThreeVector(-5, 1.1, 0), new ThreeVector(1, 0, 0)).Hits(box));
        Assert.True(new VolumeStack.SlabLine(new ThreeVector(-5, 3, 0), new ThreeVector(0.8, -0.6, 0)).Hits(box));    // inside for 5 < t < 20/3
        Assert.False(new VolumeStack.SlabLine(new ThreeVector(-5, 3, 0), new ThreeVector(0.6, -0.8, 0)).Hits(box));   // y leaves before x enters
    }
}
