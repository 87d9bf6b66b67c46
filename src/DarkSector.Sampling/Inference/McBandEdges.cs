namespace DarkSector.Sampling.Inference;

/// <summary>The limit's edges along y at one x value of a scan and the relative width of the MC band at each
/// (<see cref="McBand"/>).</summary>
/// <param name="X">The x value (e.g. the mass).</param>
/// <param name="Edges">y where −2 Δ ln L crosses the threshold, increasing (e.g. the lower and upper edge in |V|²).</param>
/// <param name="RelativeWidths">|y₋ − y₊| / y per edge; NaN where the shifted scans have another number of crossings.</param>
public sealed record McBandEdges(double X, IReadOnlyList<double> Edges, IReadOnlyList<double> RelativeWidths);
