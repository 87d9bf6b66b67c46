using DarkSector.Physics;
using DarkSector.Physics.Kinematics;

namespace DarkSector.Sampling.Geometry;

/// <summary>A right prism: a convex polygon in the xy plane extruded along z, centred at z = 0. Covers hexagonal
/// (regular-polygon) prisms via <see cref="Regular"/> and sectors of them.</summary>
/// <remarks>
/// The polygon is stored as half-planes n_i·(x, y) ≤ h_i. Ray query: Cyrus–Beck clipping of the line against the
/// half-planes and the slab |z| ≤ L/2; a line parallel to a face (within 1e-12) is inside iff it lies on the closed side
/// (within 1e-12 of the polygon's size).
/// Immutable; thread-safe.
/// </remarks>
public sealed class ExtrudedPolygon : Solid
{
    private readonly double[] _nx, _ny, _h;
    private readonly double _halfLength;
    private readonly BoundingBox _bounds;
    private readonly double _scale;

    /// <summary>Creates the prism from the polygon's vertices (either orientation).</summary>
    /// <param name="verticesCm">At least 3 vertices (x, y) in cm, in order around a strictly convex polygon.</param>
    /// <param name="lengthCm">Length along z, cm; &gt; 0.</param>
    /// <exception cref="ArgumentException">Fewer than 3 vertices, non-finite coordinates, or a polygon that is not strictly convex.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The length is not finite and positive.</exception>
    public ExtrudedPolygon(IReadOnlyList<(double X, double Y)> verticesCm, double lengthCm)
    {
        ArgumentNullException.ThrowIfNull(verticesCm);
        LengthCm = Check.Positive(lengthCm, nameof(lengthCm));
        _halfLength = lengthCm / 2;
        int n = verticesCm.Count;
        if (n < 3) throw new ArgumentException($"verticesCm.Count = {n} must be >= 3", nameof(verticesCm));
        var xs = new double[n];
        var ys = new double[n];
        for (int i = 0; i < n; i++)
        {
            xs[i] = Check.Finite(verticesCm[i].X, $"verticesCm[{i}].X");
            ys[i] = Check.Finite(verticesCm[i].Y, $"verticesCm[{i}].Y");
        }
        double area2 = 0;
        for (int i = 0; i < n; i++) area2 += xs[i] * ys[(i + 1) % n] - xs[(i + 1) % n] * ys[i];
        if (area2 < 0) { Array.Reverse(xs); Array.Reverse(ys); area2 = -area2; }   // make counter-clockwise
        if (!(area2 > 0)) throw new ArgumentException("verticesCm: the polygon has zero area", nameof(verticesCm));
        double scale = 0;
        for (int i = 0; i < n; i++) scale = Math.Max(scale, Math.Max(Math.Abs(xs[i]), Math.Abs(ys[i])));
        for (int i = 0; i < n; i++)
        {
            int j = (i + 1) % n, k = (i + 2) % n;
            double cross = (xs[j] - xs[i]) * (ys[k] - ys[j]) - (ys[j] - ys[i]) * (xs[k] - xs[j]);
            if (!(cross > 1e-12 * scale * scale))
                throw new ArgumentException($"verticesCm: the polygon is not strictly convex at vertex {j}", nameof(verticesCm));
        }
        AreaCm2 = area2 / 2;
        _scale = 2 * scale;
        _nx = new double[n]; _ny = new double[n]; _h = new double[n];
        for (int i = 0; i < n; i++)
        {
            int j = (i + 1) % n;
            double ex = xs[j] - xs[i], ey = ys[j] - ys[i], len = Math.Sqrt(ex * ex + ey * ey);
            _nx[i] = ey / len; _ny[i] = -ex / len;                          // outward normal of a CCW edge
            _h[i] = _nx[i] * xs[i] + _ny[i] * ys[i];
        }
        Vertices = Enumerable.Range(0, n).Select(i => (xs[i], ys[i])).ToArray();
        _bounds = new BoundingBox(new ThreeVector(xs.Min(), ys.Min(), -_halfLength), new ThreeVector(xs.Max(), ys.Max(), _halfLength));
    }

    /// <summary>A regular polygon prism: <paramref name="sides"/> edges at distance <paramref name="apothemCm"/> from
    /// the axis, the first edge's outward normal along +x rotated by <paramref name="rotationRad"/>.</summary>
    /// <remarks>Area n a² tan(π/n); a hexagon (n = 6) with a flat side facing +x has vertices at ±30°, ±90°, ±150°.</remarks>
    /// <param name="sides">Number of sides; ≥ 3.</param>
    /// <param name="apothemCm">Distance from the axis to each side (inscribed radius), cm; &gt; 0.</param>
    /// <param name="lengthCm">Length along z, cm; &gt; 0.</param>
    /// <param name="rotationRad">Rotation of the polygon about z, radians.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static ExtrudedPolygon Regular(int sides, double apothemCm, double lengthCm, double rotationRad = 0)
    {
        Check.AtLeast(sides, 3, nameof(sides));
        Check.Positive(apothemCm, nameof(apothemCm));
        Check.Finite(rotationRad, nameof(rotationRad));
        double circumradius = apothemCm / Math.Cos(Math.PI / sides);
        var vertices = new (double X, double Y)[sides];
        for (int i = 0; i < sides; i++)
        {
            double phi = rotationRad + (2 * i - 1) * Math.PI / sides;
            vertices[i] = (circumradius * Math.Cos(phi), circumradius * Math.Sin(phi));
        }
        return new ExtrudedPolygon(vertices, lengthCm);
    }

    /// <summary>The polygon's vertices, counter-clockwise, cm.</summary>
    public IReadOnlyList<(double X, double Y)> Vertices { get; }

    /// <summary>Area of the polygon (shoelace formula), cm².</summary>
    public double AreaCm2 { get; }

    /// <summary>Length along z, cm.</summary>
    public double LengthCm { get; }

    /// <inheritdoc />
    public override int MaxSegments => 1;

    /// <inheritdoc />
    public override double VolumeCm3 => AreaCm2 * LengthCm;

    /// <inheritdoc />
    public override BoundingBox Bounds => _bounds;

    /// <inheritdoc />
    public override bool Contains(ThreeVector point)
    {
        if (Math.Abs(point.Z) > _halfLength) return false;
        for (int i = 0; i < _h.Length; i++)
            if (_nx[i] * point.X + _ny[i] * point.Y > _h[i]) return false;
        return true;
    }

    internal override int IntersectCore(ThreeVector origin, ThreeVector direction, Span<RaySegment> segments)
    {
        double tMin = double.NegativeInfinity, tMax = double.PositiveInfinity;
        if (!ClipSlab(origin.Z, direction.Z, -_halfLength, _halfLength, ref tMin, ref tMax)) return 0;
        for (int i = 0; i < _h.Length; i++)
        {
            double dn = _nx[i] * direction.X + _ny[i] * direction.Y;
            double gap = _h[i] - (_nx[i] * origin.X + _ny[i] * origin.Y);   // ≥ 0 on the inner side
            if (Math.Abs(dn) < ParallelTolerance)
            {
                if (gap < -ParallelTolerance * _scale) return 0;    // parallel to the face: closed, with tolerance
                continue;
            }
            double t = gap / dn;
            if (dn > 0) { if (t < tMax) tMax = t; }
            else if (t > tMin) tMin = t;
            if (!(tMin < tMax)) return 0;
        }
        segments[0] = new RaySegment(tMin, tMax);
        return 1;
    }

    /// <summary>"prism (n-gon, area … cm², L = … cm)".</summary>
    public override string ToString() => FormattableString.Invariant($"prism ({Vertices.Count}-gon, area {AreaCm2:G6} cm2, L = {LengthCm:G6} cm)");
}
