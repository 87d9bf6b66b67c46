using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Targets;

namespace DarkSector.Sampling.Geometry;

/// <summary>
/// A detector: named volumes composed by priority (the first volume that contains a point owns it, so list fiducial
/// volumes before the modules that hold them, and the hall's air and the dirt last). Answers line-of-sight questions:
/// which volumes a line crosses and where, column densities, target densities.
/// </summary>
/// <remarks>Coordinates in cm, z along the beam. Immutable and thread-safe; ray tracing is allocation-free with a
/// caller-provided span (at least <see cref="MaxSegments"/> long).</remarks>
public sealed class Detector
{
    private readonly DetectorVolume[] _volumes;
    private readonly VolumeStack _stack;
    private readonly double[] _density;

    /// <summary>Creates a detector.</summary>
    /// <param name="name">Display name.</param>
    /// <param name="volumesByPriority">Volumes, highest priority first; at least one; names unique.</param>
    /// <exception cref="ArgumentException">No volumes, or a name used twice.</exception>
    public Detector(string name, IReadOnlyList<DetectorVolume> volumesByPriority)
    {
        Name = string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("name must not be empty", nameof(name)) : name;
        ArgumentNullException.ThrowIfNull(volumesByPriority);
        if (volumesByPriority.Count == 0) throw new ArgumentException("a detector needs at least one volume", nameof(volumesByPriority));
        _volumes = volumesByPriority.ToArray();
        foreach (var group in _volumes.GroupBy(v => v.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
            throw new ArgumentException($"volume name '{group.Key}' is used {group.Count()} times", nameof(volumesByPriority));
        _stack = new VolumeStack(_volumes.Select(v => v.Solid).ToArray());
        _density = _volumes.Select(v => v.Material.DensityGPerCm3).ToArray();
    }

    /// <summary>Display name.</summary>
    public string Name { get; }

    /// <summary>The volumes in priority order.</summary>
    public IReadOnlyList<DetectorVolume> Volumes => _volumes;

    /// <summary>An upper bound on the number of segments <see cref="Trace"/> writes.</summary>
    public int MaxSegments => _stack.MaxSegments;

    /// <summary>Index of the volume <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such volume (the message lists the names).</exception>
    public int IndexOf(string name)
    {
        for (int i = 0; i < _volumes.Length; i++)
            if (_volumes[i].Name == name) return i;
        throw new KeyNotFoundException($"detector '{Name}' has no volume '{name}'; volumes: {string.Join(", ", _volumes.Select(v => v.Name))}");
    }

    /// <summary>Index of the volume that owns <paramref name="pointCm"/>, or −1 outside every volume.</summary>
    public int Locate(ThreeVector pointCm) => _stack.Locate(pointCm);

    /// <summary>Writes the passages of the line through the detector, each owned by one volume, sorted by entry;
    /// returns their number. Distances are signed (the whole line).</summary>
    /// <param name="ray">The line.</param>
    /// <param name="segments">Output; at least <see cref="MaxSegments"/> long.</param>
    /// <exception cref="ArgumentException"><paramref name="segments"/> too short.</exception>
    internal int Trace(in Ray ray, Span<VolumeSegment> segments)
    {
        if (segments.Length < MaxSegments)
            throw new ArgumentException($"segments.Length = {segments.Length} must be >= MaxSegments = {MaxSegments}", nameof(segments));
        return _stack.Trace(ray.Origin, ray.Direction, segments);
    }

    /// <summary>Mass per area along the line between distances <paramref name="fromCm"/> and <paramref name="toCm"/>:
    /// Σ_j ρ_j·L_j in g/cm².</summary>
    /// <param name="ray">The line.</param>
    /// <param name="fromCm">Start distance, cm (default 0: from the origin forward).</param>
    /// <param name="toCm">End distance, cm (default +∞).</param>
    internal double ColumnDensityGPerCm2(in Ray ray, double fromCm = 0, double toCm = double.PositiveInfinity)
    {
        Span<VolumeSegment> segments = MaxSegments <= 512 ? stackalloc VolumeSegment[MaxSegments] : new VolumeSegment[MaxSegments];
        int n = _stack.Trace(ray.Origin, ray.Direction, segments);
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            double length = Math.Min(segments[i].Exit, toCm) - Math.Max(segments[i].Entry, fromCm);
            if (length > 0) sum += _density[segments[i].Volume] * length;
        }
        return sum;
    }

    /// <summary>Number density of <paramref name="nucleus"/> in volume <paramref name="volume"/>, per cm³.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Volume index out of range.</exception>
    public double TargetsPerCm3(int volume, Nucleus nucleus)
    {
        if ((uint)volume >= (uint)_volumes.Length)
            throw new ArgumentOutOfRangeException(nameof(volume), volume, $"volume = {volume} is outside [0, {_volumes.Length - 1}]");
        return _volumes[volume].Material.TargetsPerCm3(nucleus);
    }

    /// <summary>Number of <paramref name="nucleus"/> targets per area along the line, Σ_j n_j·L_j in cm⁻², between
    /// distances <paramref name="fromCm"/> and <paramref name="toCm"/>.</summary>
    internal double TargetColumnDensityPerCm2(in Ray ray, Nucleus nucleus, double fromCm = 0, double toCm = double.PositiveInfinity)
    {
        ArgumentNullException.ThrowIfNull(nucleus);
        Span<VolumeSegment> segments = MaxSegments <= 512 ? stackalloc VolumeSegment[MaxSegments] : new VolumeSegment[MaxSegments];
        int n = _stack.Trace(ray.Origin, ray.Direction, segments);
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            double length = Math.Min(segments[i].Exit, toCm) - Math.Max(segments[i].Entry, fromCm);
            if (length > 0) sum += _volumes[segments[i].Volume].Material.TargetsPerCm3(nucleus) * length;
        }
        return sum;
    }
}
