using DarkSector.Physics.Kinematics;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;
using static DarkSector.Physics.Tests.Kinematics.KinematicsArbitraries;

namespace DarkSector.Physics.Tests.Kinematics;

public class DirectionsTests
{
    private static readonly ThreeVector ZAxis = new(0, 0, 1);

    [Property] // |R v| = |v| to 1e-12 relative for random vectors and axes (including near ±z)
    public Property RotateZTo_PreservesLength() =>
        Prop.ForAll(Arb.From(UnitVectors), Arb.From(Axes), Arb.From(Uniform(0, 10)), (v, axis, length) =>
        {
            var rotated = Directions.RotateZTo(length * v, axis);
            return Math.Abs(Math.Sqrt(rotated.NormSquared) - length) <= 1e-12 * Math.Max(1, length);
        });

    [Property] // R ẑ = axis to 1e-12, and R preserves angles between vectors (dot products) to 1e-12
    public Property RotateZTo_MapsZOntoTheAxis_AndPreservesAngles() =>
        Prop.ForAll(Arb.From(Axes), Arb.From(UnitVectors), Arb.From(UnitVectors), (axis, a, b) =>
        {
            var z = Directions.RotateZTo(ZAxis, axis);
            var ra = Directions.RotateZTo(a, axis);
            var rb = Directions.RotateZTo(b, axis);
            return Math.Sqrt((z - axis).NormSquared) < 1e-12 && Math.Abs(ra.Dot(rb) - a.Dot(b)) < 1e-12;
        });

    [Property] // isotropic directions are unit vectors (1e-12) with cosθ = 2u1 − 1
    public Property Isotropic_GivesUnitVectorsWithTheRequestedPolarAngle() =>
        Prop.ForAll(Arb.From(Uniform(0, 1)), Arb.From(Uniform(0, 1)), (u1, u2) =>
        {
            var n = Directions.Isotropic(u1, u2);
            return Math.Abs(n.NormSquared - 1) < 1e-12 && Math.Abs(n.Z - (2 * u1 - 1)) < 1e-12;
        });

    /// <summary>Unit axes, a quarter of them within 1e-8 of ±z (the special cases of the rotation).</summary>
    private static Gen<ThreeVector> Axes =>
        Gen.OneOf(UnitVectors, UnitVectors, UnitVectors,
            from s in Gen.Elements(1.0, -1.0) from t in Uniform(0, 1e-8) from phi in Uniform(0, 2 * Math.PI)
            select Directions.FromAngles(s * (1 - t), phi));
}
