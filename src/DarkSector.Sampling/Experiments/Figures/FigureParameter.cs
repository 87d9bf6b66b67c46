namespace DarkSector.Sampling.Experiments;

/// <summary>A family parameter held fixed on a figure (e.g. m_Z' = 1.25 GeV), in DarkSector units.</summary>
/// <param name="Name">The family's parameter name (e.g. "mzprime", "epsilon2", "alpha-d").</param>
/// <param name="Value">Its value.</param>
public sealed record FigureParameter(string Name, double Value);
