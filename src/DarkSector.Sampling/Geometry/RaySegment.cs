namespace DarkSector.Sampling.Geometry;

/// <summary>One passage of a line through a solid: it enters at signed distance <see cref="Entry"/> and leaves at
/// <see cref="Exit"/> (cm along the ray, Entry &lt; Exit).</summary>
/// <remarks>Ray queries return segments sorted by entry, disjoint and of positive length, so crossings alternate
/// entry/exit. Immutable; thread-safe.</remarks>
/// <param name="Entry">Signed distance of the entry point, cm.</param>
/// <param name="Exit">Signed distance of the exit point, cm; greater than <paramref name="Entry"/>.</param>
public readonly record struct RaySegment(double Entry, double Exit)
{
    /// <summary>Path length Exit − Entry, cm.</summary>
    public double Length => Exit - Entry;
}
