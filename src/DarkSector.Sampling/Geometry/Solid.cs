using DarkSector.Physics;
using DarkSector.Physics.Kinematics;

namespace DarkSector.Sampling.Geometry;

/// <summary>
/// A closed region of space (cm) that answers ray questions only: every entry and exit of a line, and whether a point
/// is inside. Materials are attached separately (a detector volume).
/// </summary>
/// <remarks>
/// Primitives are defined in their own frame (centred at the origin); <see cref="Translate"/> and <see cref="Rotate"/>
/// place them, <see cref="Subtract"/> carves shells and cavities. Ray queries are allocation-free: the caller provides
/// the output span (at least <see cref="MaxSegments"/> long). Segments cover the whole line (negative distances are
/// behind the origin), are sorted, disjoint and of positive length; a ray that only grazes the surface (tangent, or
/// along an edge or face) yields either no segment or a segment on the closed solid, never a spurious crossing.
/// Solids are immutable and thread-safe.
/// </remarks>
public abstract class Solid
{
    private protected Solid() { }

    /// <summary>The largest number of segments a line can produce (1 for convex solids).</summary>
    public abstract int MaxSegments { get; }

    /// <summary>Analytic volume, cm³.</summary>
    /// <remarks>For a subtraction A − B it is V(A) − V(B), valid when B lies inside A (the intended use).</remarks>
    public abstract double VolumeCm3 { get; }

    /// <summary>An axis-aligned box that encloses the solid.</summary>
    public abstract BoundingBox Bounds { get; }

    /// <summary>Whether <paramref name="point"/> (cm) is inside or on the surface.</summary>
    public abstract bool Contains(ThreeVector point);

    /// <summary>Writes the passages of the line through the solid into <paramref name="segments"/>; returns their number.</summary>
    /// <param name="ray">The line and its direction.</param>
    /// <param name="segments">Output; at least <see cref="MaxSegments"/> long.</param>
    /// <exception cref="ArgumentException"><paramref name="segments"/> is shorter than <see cref="MaxSegments"/>.</exception>
    internal int Intersect(in Ray ray, Span<RaySegment> segments)
    {
        if (segments.Length < MaxSegments)
            throw new ArgumentException($"segments.Length = {segments.Length} must be >= MaxSegments = {MaxSegments}", nameof(segments));
        return IntersectCore(ray.Origin, ray.Direction, segments);
    }

    /// <summary>Kernel: <paramref name="direction"/> is a unit vector and <paramref name="segments"/> is long enough.</summary>
    internal abstract int IntersectCore(ThreeVector origin, ThreeVector direction, Span<RaySegment> segments);

    /// <summary>This solid moved by <paramref name="offsetCm"/>.</summary>
    /// <param name="offsetCm">Translation in cm; finite.</param>
    public Solid Translate(ThreeVector offsetCm)
    {
        Check.Finite(offsetCm.X, "offsetCm.X"); Check.Finite(offsetCm.Y, "offsetCm.Y"); Check.Finite(offsetCm.Z, "offsetCm.Z");
        return PlacedSolid.Create(this, Rotation.Identity, offsetCm);
    }

    /// <summary>This solid rotated about the origin of the current frame by <paramref name="rotation"/>.</summary>
    internal Solid Rotate(Rotation rotation) => PlacedSolid.Create(this, rotation, ThreeVector.Zero);

    /// <summary>The points of this solid that are not in <paramref name="other"/> (a shell when <paramref name="other"/> is inside).</summary>
    /// <param name="other">The solid to remove; it should lie inside this one for <see cref="VolumeCm3"/> to be exact.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public Solid Subtract(Solid other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new SubtractionSolid(this, other);
    }

    /// <summary>Intersects the line with the slab lo ≤ o + t·d ≤ hi (one coordinate) and narrows [tMin, tMax].</summary>
    /// <returns>False if the line misses the slab (or the interval becomes empty).</returns>
    /// <remarks>A line parallel to the slab (|d| &lt; <see cref="ParallelTolerance"/>) is inside it iff
    /// lo − ε ≤ o ≤ hi + ε with ε = <see cref="ParallelTolerance"/>·(hi − lo): a line along a face stays on the closed
    /// solid whether rounding put its origin a hair inside or outside, and wherever its origin sits along it.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]   // three per box, per line
    internal static bool ClipSlab(double o, double d, double lo, double hi, ref double tMin, ref double tMax) =>
        ClipSlab(o, 1.0 / d, Math.Abs(d) < ParallelTolerance, lo, hi, ref tMin, ref tMax);

    /// <summary><see cref="ClipSlab(double, double, double, double, ref double, ref double)"/> with the direction
    /// given as its reciprocal <paramref name="inv"/> = 1/d and whether |d| is below the parallel tolerance, for a line
    /// tested against many slabs (the same products, so the same answer).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool ClipSlab(double o, double inv, bool parallel, double lo, double hi, ref double tMin, ref double tMax)
    {
        if (parallel)
        {
            double tolerance = ParallelTolerance * (hi - lo);
            return o >= lo - tolerance && o <= hi + tolerance;
        }
        double t1 = (lo - o) * inv, t2 = (hi - o) * inv;
        if (t1 > t2) (t1, t2) = (t2, t1);
        if (t1 > tMin) tMin = t1;
        if (t2 < tMax) tMax = t2;
        return tMin < tMax;
    }

    /// <summary>Direction cosines (and relative offsets) below this count as parallel (on the face): 1e-12, so a line
    /// is misplaced by at most 1e-12 of its distance from the origin.</summary>
    internal const double ParallelTolerance = 1e-12;

    /// <summary>Real roots t1 ≤ t2 of a t² + 2 b t + c = 0 (a &gt; 0), computed without cancellation.</summary>
    /// <returns>False if the discriminant is not positive (a miss or a tangent).</returns>
    internal static bool SolveQuadratic(double a, double b, double c, out double t1, out double t2)
    {
        double disc = b * b - a * c;
        if (!(disc > 0)) { t1 = t2 = 0; return false; }
        double q = -(b + Math.CopySign(Math.Sqrt(disc), b));   // |q| ≥ √disc > 0
        double r1 = q / a, r2 = c / q;
        (t1, t2) = r1 < r2 ? (r1, r2) : (r2, r1);
        return t1 < t2;
    }
}
