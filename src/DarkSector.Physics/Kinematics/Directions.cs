namespace DarkSector.Physics.Kinematics;

/// <summary>Unit vectors built from uniform random numbers (the caller owns the random stream).</summary>
public static class Directions
{
    /// <summary>An isotropic unit vector: cosθ = 2u1 − 1, φ = 2π u2.</summary>
    /// <param name="u1">Uniform in [0, 1).</param>
    /// <param name="u2">Uniform in [0, 1).</param>
    public static ThreeVector Isotropic(double u1, double u2) => FromAngles(2.0 * u1 - 1.0, 2.0 * Math.PI * u2);

    /// <summary>The unit vector with polar angle cosine <paramref name="cosTheta"/> and azimuth <paramref name="phi"/> (radians) about +z.</summary>
    public static ThreeVector FromAngles(double cosTheta, double phi)
    {
        double sinTheta = Math.Sqrt(Math.Max(0.0, 1.0 - cosTheta * cosTheta));
        var (sinPhi, cosPhi) = Math.SinCos(phi); // same values as Math.Sin, Math.Cos; one call
        return new ThreeVector(sinTheta * cosPhi, sinTheta * sinPhi, cosTheta);
    }

    /// <summary>
    /// Rotates <paramref name="v"/> by the rotation that takes +z onto the unit vector <paramref name="axis"/>
    /// (about the axis +z × axis; the identity for axis = +z, a rotation by π about x for axis = −z).
    /// </summary>
    /// <remarks>Rodrigues' formula. Used to express a vector given relative to a direction (a spin axis, a
    /// particle's momentum) in the frame where that direction is <paramref name="axis"/>.</remarks>
    public static ThreeVector RotateZTo(ThreeVector v, ThreeVector axis)
    {
        double c = axis.Z;                        // cos of the rotation angle
        if (c > 1.0 - 1e-15) return v;
        if (c < -1.0 + 1e-15) return new ThreeVector(v.X, -v.Y, -v.Z);
        // k = (ẑ × axis)/|ẑ × axis| = (−a_y, a_x, 0)/s
        double s = Math.Sqrt(axis.X * axis.X + axis.Y * axis.Y);
        double kx = -axis.Y / s, ky = axis.X / s;
        var k = new ThreeVector(kx, ky, 0);
        // v' = v c + (k × v) s + k (k·v)(1 − c)
        return c * v + s * k.Cross(v) + ((1.0 - c) * k.Dot(v)) * k;
    }
}
