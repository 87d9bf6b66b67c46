using DarkSector.Physics.Targets;
using DarkSector.Sampling.Geometry;

namespace DarkSector.Sampling.Weights;

/// <summary>Places the upscattering point on a neutrino's line of sight in proportion to the number density of one
/// target nucleus times path length, through every volume of chosen roles (the detector and the upstream dirt).</summary>
/// <remarks>
/// Along the line the interaction probability per unit length is σ·n(t), with n the density of the target nucleus
/// (piecewise constant, per cm³). The distance is drawn with density p(t) = n(t)/N_col, N_col = Σ_j n_j·L_j (targets
/// per cm²): pick segment j with probability n_j L_j/N_col, then uniformly inside it. The event weight carries
/// N_col (per neutrino: P_int = σ·N_col), so Σ weights is exact whatever the sampling. One uniform number per point;
/// allocation-free; immutable and thread-safe.
/// </remarks>
internal sealed class VertexPlacement
{
    private readonly Detector _detector;
    private readonly double[] _density;

    /// <summary>Prepares placement of interactions on <paramref name="target"/> in the volumes whose role intersects <paramref name="roles"/>.</summary>
    /// <param name="detector">The detector (including its dirt volumes).</param>
    /// <param name="target">The target nucleus (e.g. C12, or H1 for scattering on free protons).</param>
    /// <param name="roles">Volumes that count: those whose role intersects it; <see cref="VolumeRole.All"/> (default)
    /// counts every volume, inert ones (role None) included.</param>
    /// <exception cref="ArgumentNullException">Null detector or target.</exception>
    public VertexPlacement(Detector detector, Nucleus target, VolumeRole roles = VolumeRole.All)
    {
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentNullException.ThrowIfNull(target);
        _detector = detector;
        Target = target;
        _density = detector.Volumes.Select(v => Counts(v.Role, roles) ? v.Material.TargetsPerCm3(target) : 0).ToArray();
    }

    private static bool Counts(VolumeRole role, VolumeRole roles) => roles == VolumeRole.All || (role & roles) != 0;

    /// <summary>The target nucleus.</summary>
    public Nucleus Target { get; }

    /// <summary>Target density used for volume <paramref name="volume"/>, per cm³ (0 for volumes that do not count).</summary>
    public double DensityPerCm3(int volume) => _density[volume];

    /// <summary>N_col = ∫ n dt between <paramref name="fromCm"/> and <paramref name="toCm"/> along the line, targets per cm².</summary>
    public double ColumnDensityPerCm2(in Ray ray, double fromCm = 0, double toCm = double.PositiveInfinity)
    {
        Span<VolumeSegment> segments = _detector.MaxSegments <= 512 ? stackalloc VolumeSegment[_detector.MaxSegments] : new VolumeSegment[_detector.MaxSegments];
        int n = _detector.Trace(ray, segments);
        double sum = 0;
        for (int i = 0; i < n; i++) sum += _density[segments[i].Volume] * Clipped(segments[i], fromCm, toCm);
        return sum;
    }

    /// <summary>Draws an interaction point on the line between <paramref name="fromCm"/> and <paramref name="toCm"/>.</summary>
    /// <param name="ray">The neutrino's line of sight (origin and direction of flight).</param>
    /// <param name="u">Uniform in [0, 1).</param>
    /// <param name="sample">The point with its density and the column density.</param>
    /// <param name="fromCm">Start of the allowed range, cm (default 0: ahead of the origin).</param>
    /// <param name="toCm">End of the allowed range, cm.</param>
    /// <returns>False if the line crosses no target in the range (N_col = 0).</returns>
    public bool TrySample(in Ray ray, double u, out VertexSample sample, double fromCm = 0, double toCm = double.PositiveInfinity)
    {
        Span<VolumeSegment> segments = _detector.MaxSegments <= 512 ? stackalloc VolumeSegment[_detector.MaxSegments] : new VolumeSegment[_detector.MaxSegments];
        int n = _detector.Trace(ray, segments);
        double total = 0;
        for (int i = 0; i < n; i++) total += _density[segments[i].Volume] * Clipped(segments[i], fromCm, toCm);
        sample = default;
        if (!(total > 0)) return false;
        double r = u * total, cumulative = 0;
        for (int i = 0; i < n; i++)
        {
            double length = Clipped(segments[i], fromCm, toCm);
            double share = _density[segments[i].Volume] * length;
            if (!(share > 0)) continue;
            if (r < cumulative + share || i == n - 1 || cumulative + share >= total)
            {
                double start = Math.Max(segments[i].Entry, fromCm);
                double t = start + Math.Clamp((r - cumulative) / share, 0, 1) * length;
                int volume = segments[i].Volume;
                sample = new VertexSample(t, ray.PointAt(t), volume, _density[volume] / total, total);
                return true;
            }
            cumulative += share;
        }
        return false;   // unreachable: the last counting segment is always taken
    }

    private static double Clipped(in VolumeSegment s, double from, double to) => Math.Max(0, Math.Min(s.Exit, to) - Math.Max(s.Entry, from));
}
