namespace DarkSector.Sampling.Experiments;

/// <summary>One experiment of a <see cref="CombinedFigure"/>: its id and the analysis it contributes.</summary>
/// <param name="ExperimentId">The experiment's id (any discovered plugin's).</param>
/// <param name="Analysis">The analysis id, or null for the experiment's first analysis.</param>
public sealed record FigureLayer(string ExperimentId, string? Analysis = null);
