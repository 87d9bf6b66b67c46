namespace DarkSector.Sampling.Geometry;

/// <summary>A passage of a line through the part of a detector owned by one volume.</summary>
/// <param name="Volume">Index of the volume in its detector.</param>
/// <param name="Entry">Signed distance of the entry point along the line, cm.</param>
/// <param name="Exit">Signed distance of the exit point, cm; greater than <paramref name="Entry"/>.</param>
internal readonly record struct VolumeSegment(int Volume, double Entry, double Exit)
{
    /// <summary>Path length Exit − Entry, cm.</summary>
    public double Length => Exit - Entry;
}
