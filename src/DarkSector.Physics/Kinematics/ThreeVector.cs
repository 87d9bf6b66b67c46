namespace DarkSector.Physics.Kinematics;

/// <summary>A Cartesian three-vector (momentum in GeV, position in cm or a dimensionless direction).</summary>
/// <remarks>Immutable value type; thread-safe.</remarks>
public readonly record struct ThreeVector(double X, double Y, double Z)
{
    /// <summary>The zero vector.</summary>
    public static ThreeVector Zero => default;

    /// <summary>The unit vector along +z (the beam axis).</summary>
    public static ThreeVector UnitZ => new(0, 0, 1);

    /// <summary>Squared length X² + Y² + Z².</summary>
    public double NormSquared => X * X + Y * Y + Z * Z;

    /// <summary>Length √(X² + Y² + Z²).</summary>
    public double Norm => Math.Sqrt(NormSquared);

    /// <summary>Transverse length √(X² + Y²) with respect to the z axis.</summary>
    public double Perp => Math.Sqrt(X * X + Y * Y);

    /// <summary>Cosine of the polar angle to +z; 1 for the zero vector.</summary>
    public double CosTheta { get { double n = Norm; return n > 0 ? Z / n : 1.0; } }

    /// <summary>The unit vector in this direction.</summary>
    /// <exception cref="InvalidOperationException">The vector is zero.</exception>
    public ThreeVector Unit()
    {
        double n = Norm;
        if (!(n > 0)) throw new InvalidOperationException("The zero vector has no direction.");
        return this / n;
    }

    /// <summary>Euclidean scalar product.</summary>
    public double Dot(ThreeVector other) => X * other.X + Y * other.Y + Z * other.Z;

    /// <summary>Vector product this × other.</summary>
    public ThreeVector Cross(ThreeVector other) =>
        new(Y * other.Z - Z * other.Y, Z * other.X - X * other.Z, X * other.Y - Y * other.X);

    /// <summary>Cosine of the angle between two non-zero vectors.</summary>
    public double CosAngleTo(ThreeVector other) => Dot(other) / Math.Sqrt(NormSquared * other.NormSquared);

    /// <summary>Sum.</summary>
    public static ThreeVector operator +(ThreeVector a, ThreeVector b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);

    /// <summary>Difference.</summary>
    public static ThreeVector operator -(ThreeVector a, ThreeVector b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);

    /// <summary>Negation.</summary>
    public static ThreeVector operator -(ThreeVector a) => new(-a.X, -a.Y, -a.Z);

    /// <summary>Scaling.</summary>
    public static ThreeVector operator *(double s, ThreeVector a) => new(s * a.X, s * a.Y, s * a.Z);

    /// <summary>Scaling.</summary>
    public static ThreeVector operator *(ThreeVector a, double s) => new(s * a.X, s * a.Y, s * a.Z);

    /// <summary>Division by a scalar.</summary>
    public static ThreeVector operator /(ThreeVector a, double s) => new(a.X / s, a.Y / s, a.Z / s);
}
