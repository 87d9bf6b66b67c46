namespace DarkSector.Sampling.Experiments;

/// <summary>The same figure recomputed under other assumptions (e.g. the paper's), drawn dashed on it.</summary>
/// <param name="Id">Suffix of the variant's files (e.g. "as-published").</param>
/// <param name="Label">Legend label of its contour.</param>
/// <param name="Assumptions">The assumptions of the variant.</param>
public sealed record FigureVariant(string Id, string Label, AssumptionSet Assumptions);
