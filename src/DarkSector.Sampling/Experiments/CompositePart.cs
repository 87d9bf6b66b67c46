namespace DarkSector.Sampling.Experiments;

/// <summary>One part of a <see cref="CompositeFigure"/>.</summary>
/// <param name="FigureId">The published figure's id.</param>
/// <param name="Plane">The plane it belongs to (e.g. "dipole", "heavy"): parts of one plane share an overlay.</param>
public sealed record CompositePart(string FigureId, string Plane);
