namespace DarkSector.Sampling.Limits;

/// <summary>A closed interval [Low, High] of a scanned parameter (e.g. an excluded range), in the parameter's unit.</summary>
/// <param name="Low">Lower end.</param>
/// <param name="High">Upper end, &gt;= Low.</param>
/// <param name="LowIsScanEdge">True if the interval reaches the first scan point: the true end may lie beyond the scan.</param>
/// <param name="HighIsScanEdge">True if the interval reaches the last scan point: the true end may lie beyond the scan.</param>
public readonly record struct Interval(double Low, double High, bool LowIsScanEdge = false, bool HighIsScanEdge = false);
