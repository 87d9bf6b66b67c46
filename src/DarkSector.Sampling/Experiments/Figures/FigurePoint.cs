namespace DarkSector.Sampling.Experiments;

/// <summary>A point of a figure's plane (e.g. the benchmark star), in the units of its x and y parameters.</summary>
/// <param name="X">Value of the figure's x parameter.</param>
/// <param name="Y">Value of the figure's y parameter.</param>
public sealed record FigurePoint(double X, double Y);
