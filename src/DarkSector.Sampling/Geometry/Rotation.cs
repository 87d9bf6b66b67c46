using DarkSector.Physics;
using DarkSector.Physics.Kinematics;

namespace DarkSector.Sampling.Geometry;

/// <summary>A proper rotation of space (an orthonormal 3×3 matrix with determinant +1), active convention:
/// <c>Apply(v) = R·v</c>.</summary>
/// <remarks>Immutable; thread-safe. Built from an axis and an angle (Rodrigues' formula).</remarks>
internal readonly record struct Rotation
{
    private readonly double _xx, _xy, _xz, _yx, _yy, _yz, _zx, _zy, _zz;
    private readonly bool _set;

    private Rotation(double xx, double xy, double xz, double yx, double yy, double yz, double zx, double zy, double zz)
    {
        (_xx, _xy, _xz, _yx, _yy, _yz, _zx, _zy, _zz) = (xx, xy, xz, yx, yy, yz, zx, zy, zz);
        _set = true;
    }

    /// <summary>The identity (also the default value).</summary>
    public static Rotation Identity => default;

    /// <summary>True for the identity.</summary>
    public bool IsIdentity => !_set;

    /// <summary>The rotation by <paramref name="angleRad"/> (right-handed) about <paramref name="axis"/>.</summary>
    /// <remarks>R = cos θ·1 + sin θ·[k]ₓ + (1 − cos θ)·k kᵀ (Rodrigues).</remarks>
    /// <param name="axis">Rotation axis; finite, non-zero.</param>
    /// <param name="angleRad">Angle in radians; finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">Zero or non-finite axis, or non-finite angle.</exception>
    public static Rotation AboutAxis(ThreeVector axis, double angleRad)
    {
        Check.Finite(angleRad, nameof(angleRad));
        double n = Check.Positive(axis.Norm, "|axis|");
        double x = axis.X / n, y = axis.Y / n, z = axis.Z / n;
        double c = Math.Cos(angleRad), s = Math.Sin(angleRad), t = 1 - c;
        return new Rotation(
            c + t * x * x, t * x * y - s * z, t * x * z + s * y,
            t * x * y + s * z, c + t * y * y, t * y * z - s * x,
            t * x * z - s * y, t * y * z + s * x, c + t * z * z);
    }

    /// <summary>R·v.</summary>
    public ThreeVector Apply(ThreeVector v) => !_set ? v : new(
        _xx * v.X + _xy * v.Y + _xz * v.Z,
        _yx * v.X + _yy * v.Y + _yz * v.Z,
        _zx * v.X + _zy * v.Y + _zz * v.Z);

    /// <summary>Rᵀ·v = R⁻¹·v.</summary>
    public ThreeVector ApplyInverse(ThreeVector v) => !_set ? v : new(
        _xx * v.X + _yx * v.Y + _zx * v.Z,
        _xy * v.X + _yy * v.Y + _zy * v.Z,
        _xz * v.X + _yz * v.Y + _zz * v.Z);

    /// <summary>The composition (a * b)·v = a·(b·v): first <paramref name="b"/>, then <paramref name="a"/>.</summary>
    public static Rotation operator *(Rotation a, Rotation b)
    {
        if (!a._set) return b;
        if (!b._set) return a;
        ThreeVector c0 = a.Apply(new ThreeVector(b._xx, b._yx, b._zx));
        ThreeVector c1 = a.Apply(new ThreeVector(b._xy, b._yy, b._zy));
        ThreeVector c2 = a.Apply(new ThreeVector(b._xz, b._yz, b._zz));
        return new Rotation(c0.X, c1.X, c2.X, c0.Y, c1.Y, c2.Y, c0.Z, c1.Z, c2.Z);
    }
}
