using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Geometry;
using FsCheck;
using FsCheck.Fluent;

namespace DarkSector.Sampling.Tests.Geometry;

/// <summary>A table of solids, each with independent (closed-form) volume and, for convex ones, surface area.</summary>
internal static class SolidCatalogue
{
    public sealed record Case(string Name, Solid Solid, double Volume, double? ConvexSurfaceArea)
    {
        public override string ToString() => Name;
    }

    private static readonly Rotation Tilt = Rotation.AboutAxis(new ThreeVector(1, 2, 3), 0.7);

    private static double HexArea(double apothem) => 6 * apothem * apothem * Math.Tan(Math.PI / 6);   // 2√3 a²
    private static double HexPerimeter(double apothem) => 12 * apothem * Math.Tan(Math.PI / 6);

    public static readonly Case[] All =
    [
        new("box", new Box(2, 3, 5), 30, 2 * (6 + 15 + 10)),
        new("sphere", new Sphere(2), 4.0 / 3 * Math.PI * 8, 4 * Math.PI * 4),
        new("cylinder", new Cylinder(1.5, 4), Math.PI * 2.25 * 4, 2 * Math.PI * 2.25 + 2 * Math.PI * 1.5 * 4),
        new("hexagonal prism", ExtrudedPolygon.Regular(6, 2, 3), HexArea(2) * 3, 2 * HexArea(2) + HexPerimeter(2) * 3),
        new("triangular prism", new ExtrudedPolygon([(0, 0), (4, 0), (0, 3)], 2), 6 * 2, 2 * 6 + (3 + 4 + 5) * 2),
        new("placed box", new Box(2, 3, 5).Rotate(Tilt).Translate(new ThreeVector(10, -4, 7)), 30, 2 * (6 + 15 + 10)),
        new("placed hexagonal prism", ExtrudedPolygon.Regular(6, 2, 3, 0.3).Rotate(Tilt).Translate(new ThreeVector(-3, 1, 2)),
            HexArea(2) * 3, 2 * HexArea(2) + HexPerimeter(2) * 3),
        new("spherical shell", new Sphere(3).Subtract(new Sphere(2)), 4.0 / 3 * Math.PI * (27 - 8), null),
        new("hexagonal shell", ExtrudedPolygon.Regular(6, 3, 4).Subtract(ExtrudedPolygon.Regular(6, 2, 2)), HexArea(3) * 4 - HexArea(2) * 2, null),
        new("box with off-centre cylindrical cavity",
            new Box(6, 6, 6).Subtract(new Cylinder(1, 2).Rotate(Rotation.AboutAxis(new ThreeVector(1, 0, 0), Math.PI / 2)).Translate(new ThreeVector(1, 0, 1))),
            216 - Math.PI * 2, null),
    ];

    public static Gen<double> Uniform(double low, double high) =>
        Gen.Choose(0, 1_000_000).Select(i => low + (high - low) * i / 1_000_000.0);

    public static Gen<ThreeVector> UnitVectors =>
        from u1 in Uniform(0, 1) from u2 in Uniform(0, 1) select Directions.Isotropic(u1, u2);

    public static Gen<Case> Cases => Gen.Elements(All);

    /// <summary>Random fractions, with a third of them exactly on the bounding box's faces or mid-planes (where faces
    /// and edges of boxes and prisms lie).</summary>
    private static Gen<double> Fraction => Gen.Frequency((2, Uniform(-0.2, 1.2)), (1, Gen.Elements(0.0, 0.5, 1.0)));

    /// <summary>Isotropic directions, with a third of them along the axes (face- and edge-grazing lines).</summary>
    private static Gen<ThreeVector> Directions3 => Gen.Frequency((2, UnitVectors),
        (1, Gen.Elements(new ThreeVector(1, 0, 0), new ThreeVector(0, 1, 0), new ThreeVector(0, 0, 1), new ThreeVector(0, 0, -1), new ThreeVector(1, 1, 0))));

    /// <summary>Lines through a point of the (enlarged) bounding box in a random direction, from an origin up to 20
    /// box sizes away along it (so many start outside, some inside); many graze faces and edges.</summary>
    public static Gen<(Case Case, Ray Ray)> CasesWithRays => Rays(Fraction, Directions3);

    /// <summary>Lines in general position (random points and directions).</summary>
    public static Gen<(Case Case, Ray Ray)> CasesWithGenericRays => Rays(Uniform(-0.2, 1.2), UnitVectors);

    private static Gen<(Case Case, Ray Ray)> Rays(Gen<double> fraction, Gen<ThreeVector> directions) =>
        from c in Cases
        from fx in fraction from fy in fraction from fz in fraction
        from d in directions
        from back in Uniform(-1, 20)
        let b = c.Solid.Bounds
        let size = (b.Max - b.Min).Norm
        let through = new ThreeVector(b.Min.X + fx * (b.Max.X - b.Min.X), b.Min.Y + fy * (b.Max.Y - b.Min.Y), b.Min.Z + fz * (b.Max.Z - b.Min.Z))
        select (c, new Ray(through - back * size * d, d));
}
