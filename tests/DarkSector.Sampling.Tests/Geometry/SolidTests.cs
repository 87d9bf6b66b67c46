using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Geometry;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;
using static DarkSector.Sampling.Tests.Geometry.SolidCatalogue;

namespace DarkSector.Sampling.Tests.Geometry;

public class SolidTests
{
    private static RaySegment[] Query(Solid solid, Ray ray, out int n)
    {
        var buffer = new RaySegment[solid.MaxSegments];
        n = solid.Intersect(ray, buffer);
        return buffer;
    }

    /// <summary>The segments with gaps shorter than 1e-9 of the solid's size closed and then those shorter than that
    /// dropped: grazing and tangent lines may add or drop passages (or gaps) of rounding length depending on where
    /// the origin sits, which is not a difference in the geometry.</summary>
    private static RaySegment[] Significant(Solid solid, Ray ray)
    {
        var s = Query(solid, ray, out int n);
        double epsilon = 1e-9 * Scale(solid);
        var merged = new List<RaySegment>();
        foreach (var x in s.Take(n))
        {
            if (merged.Count > 0 && x.Entry - merged[^1].Exit < epsilon) merged[^1] = merged[^1] with { Exit = x.Exit };
            else merged.Add(x);
        }
        return merged.Where(x => x.Length > epsilon).ToArray();
    }

    private static double Scale(Solid solid) => (solid.Bounds.Max - solid.Bounds.Min).Norm;

    [Property] // exact ordering; an even number of crossings that alternate entry, exit
    public Property Crossings_AreSortedDisjointAndAlternateEntryExit() =>
        Prop.ForAll(Arb.From(CasesWithRays), t =>
        {
            var s = Query(t.Case.Solid, t.Ray, out int n);
            for (int i = 0; i < n; i++)
            {
                if (!(s[i].Entry < s[i].Exit)) return false;
                if (i > 0 && !(s[i - 1].Exit < s[i].Entry)) return false;
            }
            return n <= t.Case.Solid.MaxSegments;
        });

    [Property] // probes 1e-7 of the solid's size inside/outside each crossing; lines in general position (a line that
           // grazes a face is within rounding of the surface everywhere, so probing it says nothing)
    public Property Crossings_LieOnTheSurface() =>
        Prop.ForAll(Arb.From(CasesWithGenericRays), t =>
        {
            var solid = t.Case.Solid;
            var s = Query(solid, t.Ray, out int n);
            double delta = 1e-7 * Scale(solid);
            for (int i = 0; i < n; i++)
            {
                bool room = s[i].Length > 4 * delta;
                bool roomBefore = i == 0 || s[i].Entry - s[i - 1].Exit > 4 * delta;
                bool roomAfter = i == n - 1 || s[i + 1].Entry - s[i].Exit > 4 * delta;
                if (room && !solid.Contains(t.Ray.PointAt(s[i].Entry + delta))) return false;
                if (room && !solid.Contains(t.Ray.PointAt(s[i].Exit - delta))) return false;
                if (roomBefore && solid.Contains(t.Ray.PointAt(s[i].Entry - delta))) return false;
                if (roomAfter && solid.Contains(t.Ray.PointAt(s[i].Exit + delta))) return false;
            }
            return true;
        });

    [Property] // points of the line are inside iff they fall in a segment; 1e-9 of the size margin around crossings
    public Property PointInside_AgreesWithRaySegments() =>
        Prop.ForAll(Arb.From(CasesWithGenericRays), Arb.From(Uniform(-1, 1)), (t, f) =>
        {
            var solid = t.Case.Solid;
            var s = Query(solid, t.Ray, out int n);
            double size = Scale(solid);
            double origin = t.Ray.Origin.Dot(t.Ray.Direction);
            double tt = f * (Math.Abs(origin) + 2 * size);
            double margin = 1e-9 * (size + Math.Abs(tt));
            bool inSegment = false, nearCrossing = false;
            for (int i = 0; i < n; i++)
            {
                inSegment |= tt > s[i].Entry && tt < s[i].Exit;
                nearCrossing |= Math.Abs(tt - s[i].Entry) < margin || Math.Abs(tt - s[i].Exit) < margin;
            }
            return nearCrossing || inSegment == solid.Contains(t.Ray.PointAt(tt));
        });

    [Property] // same points to 1e-10 of the size plus the distance scale (passages of rounding length ignored)
    public Property ReversedRay_GivesTheSamePoints() =>
        Prop.ForAll(Arb.From(CasesWithRays), t =>
        {
            var forward = Significant(t.Case.Solid, t.Ray);
            var backward = Significant(t.Case.Solid, t.Ray.Reversed());
            int n = forward.Length;
            if (n != backward.Length) return false;
            for (int i = 0; i < n; i++)
            {
                var f = forward[i];
                var b = backward[n - 1 - i];
                double tol = 1e-10 * (Scale(t.Case.Solid) + Math.Abs(f.Entry) + Math.Abs(f.Exit));
                if (Math.Abs(f.Entry + b.Exit) > tol || Math.Abs(f.Exit + b.Entry) > tol) return false;
            }
            return true;
        });

    [Property] // moving the origin by s along the line shifts every distance by −s; 1e-10 relative to the distance scale
           // (passages of rounding length ignored)
    public Property MovingTheOrigin_ShiftsDistances() =>
        Prop.ForAll(Arb.From(CasesWithRays), Arb.From(Uniform(-50, 50)), (t, shift) =>
        {
            var a = Significant(t.Case.Solid, t.Ray);
            var b = Significant(t.Case.Solid, new Ray(t.Ray.PointAt(shift), t.Ray.Direction));
            int n = a.Length;
            if (n != b.Length) return false;
            for (int i = 0; i < n; i++)
            {
                double tol = 1e-10 * (Scale(t.Case.Solid) + Math.Abs(a[i].Entry) + Math.Abs(a[i].Exit) + Math.Abs(shift));
                if (Math.Abs(a[i].Entry - shift - b[i].Entry) > tol || Math.Abs(a[i].Exit - shift - b[i].Exit) > tol) return false;
            }
            return true;
        });

    public static TheoryData<string> CaseNames => new(All.Select(c => c.Name));

    private static Case Named(string name) => All.Single(c => c.Name == name);

    [Theory, MemberData(nameof(CaseNames))] // Monte-Carlo hit-or-miss, 40 000 points, agreement within 5 sigma (binomial)
    public void MonteCarloVolume_AgreesWithAnalyticVolume(string name)
    {
        var c = Named(name);
        var b = c.Solid.Bounds;
        var rng = new System.Random(12345);
        const int n = 40_000;
        int inside = 0;
        for (int i = 0; i < n; i++)
        {
            var p = new ThreeVector(
                b.Min.X + rng.NextDouble() * (b.Max.X - b.Min.X),
                b.Min.Y + rng.NextDouble() * (b.Max.Y - b.Min.Y),
                b.Min.Z + rng.NextDouble() * (b.Max.Z - b.Min.Z));
            if (c.Solid.Contains(p)) inside++;
        }
        double f = (double)inside / n;
        double estimate = f * b.Volume, sigma = Math.Sqrt(f * (1 - f) / n) * b.Volume;
        Assert.True(Math.Abs(estimate - c.Volume) < 5 * sigma + 1e-12, $"{name}: MC {estimate} ± {sigma} vs {c.Volume}");
        Assert.Equal(c.Volume, c.Solid.VolumeCm3, 1e-9 * c.Volume);   // the solid's own formula, 1e-9 relative
    }

    [Theory, MemberData(nameof(CaseNames))] // ∫ chord length dA over parallel lines = V; 20 000 lines, within 5 sigma
    public void ChordLengthIntegral_EqualsVolume(string name)
    {
        var c = Named(name);
        var rng = new System.Random(777);
        var (center, radius) = BoundingSphere(c.Solid);
        var d = Directions.Isotropic(rng.NextDouble(), rng.NextDouble());
        var (e1, e2) = Perpendiculars(d);
        const int n = 20_000;
        double sum = 0, sum2 = 0, area = 4 * radius * radius;
        var buffer = new RaySegment[c.Solid.MaxSegments];
        for (int i = 0; i < n; i++)
        {
            var origin = center + radius * (2 * rng.NextDouble() - 1) * e1 + radius * (2 * rng.NextDouble() - 1) * e2 - 3 * radius * d;
            int k = c.Solid.Intersect(new Ray(origin, d), buffer);
            double chord = 0;
            for (int j = 0; j < k; j++) chord += buffer[j].Length;
            sum += chord; sum2 += chord * chord;
        }
        double mean = sum / n, sigma = Math.Sqrt((sum2 / n - mean * mean) / n);
        Assert.True(Math.Abs(mean * area - c.Volume) < 5 * sigma * area, $"{name}: {mean * area} ± {sigma * area} vs {c.Volume}");
    }

    [Theory, MemberData(nameof(CaseNames))] // Cauchy: isotropic mean projected area of a convex body = S/4; 40 000 lines, 5 sigma
    public void MeanProjectedArea_IsQuarterSurfaceForConvexSolids(string name)
    {
        var c = Named(name);
        if (c.ConvexSurfaceArea is not double surface) return;   // Cauchy's formula needs convexity
        var rng = new System.Random(4242);
        var (center, radius) = BoundingSphere(c.Solid);
        const int n = 40_000;
        int hits = 0;
        var buffer = new RaySegment[c.Solid.MaxSegments];
        for (int i = 0; i < n; i++)
        {
            var d = Directions.Isotropic(rng.NextDouble(), rng.NextDouble());
            var (e1, e2) = Perpendiculars(d);
            var origin = center + radius * (2 * rng.NextDouble() - 1) * e1 + radius * (2 * rng.NextDouble() - 1) * e2;
            if (c.Solid.Intersect(new Ray(origin, d), buffer) > 0) hits++;
        }
        double area = 4 * radius * radius, f = (double)hits / n;
        double estimate = f * area, sigma = Math.Sqrt(f * (1 - f) / n) * area;
        Assert.True(Math.Abs(estimate - surface / 4) < 5 * sigma, $"{name}: {estimate} ± {sigma} vs {surface / 4}");
    }

    [Fact] // exact projected areas along axes: box face, cylinder disc and side; 5 sigma
    public void ProjectedAreaAlongAxes_MatchesClosedForms()
    {
        var rng = new System.Random(99);
        (Solid solid, ThreeVector d, double exact)[] cases =
        [
            (new Box(2, 3, 5), new ThreeVector(0, 0, 1), 6),
            (new Box(2, 3, 5), new ThreeVector(1, 0, 0), 15),
            (new Cylinder(1.5, 4), new ThreeVector(0, 0, 1), Math.PI * 2.25),
            (new Cylinder(1.5, 4), new ThreeVector(0, 1, 0), 3 * 4),
            (new Sphere(2), new ThreeVector(0.6, 0, 0.8), Math.PI * 4),
            (ExtrudedPolygon.Regular(6, 2, 3), new ThreeVector(0, 0, 1), 8 * Math.Sqrt(3)),
        ];
        foreach (var (solid, d, exact) in cases)
        {
            var (center, radius) = BoundingSphere(solid);
            var (e1, e2) = Perpendiculars(d);
            const int n = 20_000;
            int hits = 0;
            var buffer = new RaySegment[solid.MaxSegments];
            for (int i = 0; i < n; i++)
            {
                var origin = center + radius * (2 * rng.NextDouble() - 1) * e1 + radius * (2 * rng.NextDouble() - 1) * e2;
                if (solid.Intersect(new Ray(origin, d), buffer) > 0) hits++;
            }
            double area = 4 * radius * radius, f = (double)hits / n;
            Assert.True(Math.Abs(f * area - exact) < 5 * Math.Sqrt(f * (1 - f) / n) * area, $"{solid.GetType().Name} along {d}: {f * area} vs {exact}");
        }
    }

    [Fact] // tangent and edge rays: exact expectations
    public void TangentAndEdgeRays_AreHandledConsistently()
    {
        var buffer = new RaySegment[2];
        // Tangent to a sphere: no passage.
        Assert.Equal(0, new Sphere(2).Intersect(new Ray(new ThreeVector(2, -10, 0), new ThreeVector(0, 1, 0)), buffer));
        // Along a face of a box (closed): the full face chord, 3 cm.
        var box = new Box(2, 3, 5);
        Assert.Equal(1, box.Intersect(new Ray(new ThreeVector(1, -10, 0), new ThreeVector(0, 1, 0)), buffer));
        Assert.Equal(3, buffer[0].Length, 1e-12);
        // Along an edge of the box: still on the closed solid.
        Assert.Equal(1, box.Intersect(new Ray(new ThreeVector(1, 1.5, -10), new ThreeVector(0, 0, 1)), buffer));
        Assert.Equal(5, buffer[0].Length, 1e-12);
        // Through a corner, leaving the box on both sides: touches one point only, no passage.
        Assert.Equal(0, box.Intersect(new Ray(new ThreeVector(1, 1.5, 2.5), new ThreeVector(1, -1, 0)), buffer));
        // Parallel to the cylinder axis on its side surface: the full length.
        Assert.Equal(1, new Cylinder(1, 4).Intersect(new Ray(new ThreeVector(1, 0, -9), new ThreeVector(0, 0, 1)), buffer));
        Assert.Equal(4, buffer[0].Length, 1e-12);
        // Through a hexagon's top vertex (90°) parallel to x, touching the polygon only there: no passage of more
        // than rounding length (1e-12 cm).
        var hex = ExtrudedPolygon.Regular(6, Math.Sqrt(3), 2);   // circumradius 2, vertices at ±30°, ±90°, ±150°
        var top = hex.Vertices.MaxBy(v => v.Y);
        int k = hex.Intersect(new Ray(new ThreeVector(top.X, top.Y, 0), new ThreeVector(1, 0, 0)), buffer);
        Assert.True(k == 0 || buffer[0].Length < 1e-12);
        // A shell: a line through the centre crosses twice, with the hole's diameter between.
        var shell = new Sphere(3).Subtract(new Sphere(2));
        Assert.Equal(2, shell.Intersect(new Ray(new ThreeVector(0, 0, -10), new ThreeVector(0, 0, 1)), buffer));
        Assert.Equal((7, 8, 12, 13), (buffer[0].Entry, buffer[0].Exit, buffer[1].Entry, buffer[1].Exit));
    }

    [Fact]
    public void InvalidDimensions_AreRejectedNamingTheParameter()
    {
        Assert.Contains("sizeYCm", Assert.Throws<ArgumentOutOfRangeException>(() => new Box(1, -2, 3)).Message);
        Assert.Contains("radiusCm", Assert.Throws<ArgumentOutOfRangeException>(() => new Sphere(double.NaN)).Message);
        Assert.Throws<ArgumentException>(() => new ExtrudedPolygon([(0, 0), (1, 0), (1, 1), (0.9, 0.2)], 1));   // not convex
        Assert.Throws<ArgumentException>(() => new Box(1, 1, 1).Subtract(new Sphere(0.2)).Intersect(new Ray(default, new ThreeVector(0, 0, 1)), new RaySegment[1]));
    }

    private static (ThreeVector Center, double Radius) BoundingSphere(Solid solid)
    {
        var b = solid.Bounds;
        return (0.5 * (b.Min + b.Max), 0.5 * (b.Max - b.Min).Norm);
    }

    private static (ThreeVector, ThreeVector) Perpendiculars(ThreeVector d)
    {
        var helper = Math.Abs(d.X) < 0.9 ? new ThreeVector(1, 0, 0) : new ThreeVector(0, 1, 0);
        var e1 = d.Cross(helper).Unit();
        return (e1, d.Cross(e1));
    }
}
