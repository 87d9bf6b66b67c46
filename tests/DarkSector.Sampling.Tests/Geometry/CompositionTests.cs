using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Materials;
using DarkSector.Sampling.Geometry;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;
using static DarkSector.Sampling.Tests.Geometry.SolidCatalogue;

namespace DarkSector.Sampling.Tests.Geometry;

public class CompositionTests
{
    /// <summary>Detectors of 1-6 randomly placed, overlapping solids from the catalogue.</summary>
    private static Gen<Detector> Detectors =>
        from n in Gen.Choose(1, 6)
        from cases in Gen.ArrayOf(Cases, n)
        from offsets in Gen.ArrayOf(from x in Uniform(-4, 4) from y in Uniform(-4, 4) from z in Uniform(-4, 4) select new ThreeVector(x, y, z), n)
        select new Detector("random", cases.Select((c, i) => new DetectorVolume($"v{i}", c.Solid.Translate(offsets[i] - Centre(c.Solid)), StandardMaterials.Water, VolumeRole.Target)).ToArray());

    private static ThreeVector Centre(Solid s) => 0.5 * (s.Bounds.Min + s.Bounds.Max);

    [Property] // owned segments are disjoint, within MaxSegments, and their union is the union of all solids' segments (1e-9 cm)
    public Property PriorityComposition_PartitionsTheUnionOfTheSolids() =>
        Prop.ForAll(Arb.From(Detectors), Arb.From(UnitVectors), Arb.From(from x in Uniform(-3, 3) from y in Uniform(-3, 3) select (x, y)), (detector, d, p) =>
        {
            var ray = new Ray(new ThreeVector(p.x, p.y, 0) - 30 * d, d);
            var owned = new VolumeSegment[detector.MaxSegments];
            int n = detector.Trace(ray, owned);
            var sorted = owned.Take(n).OrderBy(s => s.Entry).ToArray();
            for (int i = 1; i < n; i++)
                if (sorted[i].Entry < sorted[i - 1].Exit - 1e-9) return false;
            // Union of every solid's own segments, merged.
            var all = new List<RaySegment>();
            foreach (var v in detector.Volumes)
            {
                var buffer = new RaySegment[v.Solid.MaxSegments];
                all.AddRange(buffer.Take(v.Solid.Intersect(ray, buffer)));
            }
            double unionLength = Merge(all.OrderBy(s => s.Entry)).Sum(s => s.Length);
            double ownedLength = sorted.Sum(s => s.Length);
            return n <= detector.MaxSegments && Math.Abs(unionLength - ownedLength) < 1e-9 * (1 + unionLength);
        });

    [Property] // the endpoint sweep (≤ 64 volumes) and the general subtraction algorithm agree segment by segment, 1e-12 cm
    public Property SweepAndSubtraction_AgreeOnOwnership() =>
        Prop.ForAll(Arb.From(Detectors), Arb.From(UnitVectors), Arb.From(from x in Uniform(-3, 3) from y in Uniform(-3, 3) select (x, y)), (detector, d, p) =>
        {
            var stack = new VolumeStack(detector.Volumes.Select(v => v.Solid).ToArray());
            var origin = new ThreeVector(p.x, p.y, 0) - 30 * d;
            var a = new VolumeSegment[stack.MaxSegments];
            var b = new VolumeSegment[stack.MaxSegments];
            int na = stack.Trace(origin, d, a), nb = stack.TraceBySubtraction(origin, d, b);
            var merged = MergeSameVolume(b.Take(nb));
            if (na != merged.Count) return false;
            for (int i = 0; i < na; i++)
                if (a[i].Volume != merged[i].Volume || Math.Abs(a[i].Entry - merged[i].Entry) > 1e-12 || Math.Abs(a[i].Exit - merged[i].Exit) > 1e-12) return false;
            return true;
        });

    /// <summary>Joins touching segments of the same volume (the subtraction path may split where an earlier solid's
    /// union had a seam).</summary>
    private static List<VolumeSegment> MergeSameVolume(IEnumerable<VolumeSegment> sorted)
    {
        var merged = new List<VolumeSegment>();
        foreach (var s in sorted)
            if (merged.Count > 0 && merged[^1].Volume == s.Volume && merged[^1].Exit == s.Entry) merged[^1] = merged[^1] with { Exit = s.Exit };
            else merged.Add(s);
        return merged;
    }

    private static List<RaySegment> Merge(IEnumerable<RaySegment> sorted)
    {
        var merged = new List<RaySegment>();
        foreach (var s in sorted)
            if (merged.Count > 0 && s.Entry <= merged[^1].Exit) merged[^1] = merged[^1] with { Exit = Math.Max(merged[^1].Exit, s.Exit) };
            else merged.Add(s);
        return merged;
    }

    [Fact] // Rodrigues: a quarter turn about z takes x to y; R then R⁻¹ is the identity; (a*b)v = a(b v); 1e-15
    public void Rotations_ComposeAndInvert()
    {
        var quarter = Rotation.AboutAxis(new ThreeVector(0, 0, 2), Math.PI / 2);
        var x = quarter.Apply(new ThreeVector(1, 0, 0));
        Assert.Equal(0, x.X, 1e-15); Assert.Equal(1, x.Y, 1e-15); Assert.Equal(0, x.Z, 1e-15);
        var tilt = Rotation.AboutAxis(new ThreeVector(1, 2, 3), 0.7);
        var v = new ThreeVector(0.3, -1.2, 2.5);
        var back = tilt.ApplyInverse(tilt.Apply(v));
        Assert.Equal(0, (back - v).Norm, 1e-15);
        var composed = (tilt * quarter).Apply(v) - tilt.Apply(quarter.Apply(v));
        Assert.Equal(0, composed.Norm, 1e-15);
        Assert.Equal(v.Norm, tilt.Apply(v).Norm, 1e-15);
    }

    [Fact] // nested placements fold into one: moving then rotating a box equals the closed-form placement; 1e-12 cm
    public void NestedPlacements_Compose()
    {
        var quarter = Rotation.AboutAxis(ThreeVector.UnitZ, Math.PI / 2);
        var solid = new Box(2, 4, 6).Translate(new ThreeVector(10, 0, 0)).Rotate(quarter);   // centre now at (0, 10, 0), long side along x
        Assert.True(solid.Contains(new ThreeVector(1.9, 10, 2.9)));
        Assert.False(solid.Contains(new ThreeVector(0, 11.1, 0)));
        var buffer = new RaySegment[1];
        Assert.Equal(1, solid.Intersect(new Ray(new ThreeVector(-10, 10, 0), new ThreeVector(1, 0, 0)), buffer));
        Assert.Equal(8, buffer[0].Entry, 1e-12);
        Assert.Equal(12, buffer[0].Exit, 1e-12);
    }

    [Fact] // MINERvA-style target plane: a hexagon (apothem 92 cm) split by a chord into two convex sectors; the sector
           // volumes add up to 2√3 a² L (1e-9 relative) and a line through the plane crosses the two sectors end to end
    public void HexagonSectors_TileTheHexagon()
    {
        const double apothem = 92, length = 2.567;
        var hex = ExtrudedPolygon.Regular(6, apothem, length);
        var v = hex.Vertices;   // counter-clockwise from −30°
        var left = new ExtrudedPolygon([v[1], v[2], v[3], v[4]], length);         // vertices at 30°, 90°, 150°, 210°
        var right = new ExtrudedPolygon([v[4], v[5], v[0], v[1]], length);
        double exact = 2 * Math.Sqrt(3) * apothem * apothem * length;
        Assert.Equal(exact, hex.VolumeCm3, 1e-9 * exact);
        Assert.Equal(exact, left.VolumeCm3 + right.VolumeCm3, 1e-9 * exact);
        var detector = new Detector("plane", [new DetectorVolume("Fe", left, StandardMaterials.Iron, VolumeRole.Target), new DetectorVolume("Pb", right, StandardMaterials.Lead, VolumeRole.Target)]);
        var segments = new VolumeSegment[detector.MaxSegments];
        var ray = new Ray(new ThreeVector(-200, 10, 0), new ThreeVector(1, 0, 0));
        int n = detector.Trace(ray, segments);
        Assert.Equal(2, n);
        Assert.Equal(segments[0].Exit, segments[1].Entry, 1e-9);
        Assert.Equal(10 / Math.Tan(Math.PI / 6) + 200, segments[0].Exit, 1e-9);   // the chord y = x·tan 30° at y = 10
        Assert.Equal(2 * apothem, segments[1].Exit - segments[0].Entry, 1e-9);     // flat sides at x = ±a
    }
}
