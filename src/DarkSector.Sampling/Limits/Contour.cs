namespace DarkSector.Sampling.Limits;

/// <summary>One connected iso-line of a scanned function: a closed loop or an open line ending on the grid's edge
/// (or at unevaluated NaN cells).</summary>
/// <param name="Points">The vertices in order; for a closed contour the first point is not repeated at the end.</param>
/// <param name="IsClosed">Whether the line closes on itself.</param>
public sealed record Contour(IReadOnlyList<ContourPoint> Points, bool IsClosed);
