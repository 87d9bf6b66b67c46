namespace DarkSector.Sampling.Limits;

/// <summary>A point of a 2-D contour in the scan's coordinates (units of the x and y axes).</summary>
/// <param name="X">Coordinate along the x axis.</param>
/// <param name="Y">Coordinate along the y axis.</param>
public readonly record struct ContourPoint(double X, double Y);
