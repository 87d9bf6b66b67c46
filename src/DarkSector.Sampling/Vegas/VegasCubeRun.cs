namespace DarkSector.Sampling.Vegas;

/// <summary>Consecutive points of a batch lying in one hypercube.</summary>
/// <param name="Hypercube">Index of the hypercube.</param>
/// <param name="Size">Points the whole pass puts into this hypercube (n_h).</param>
/// <param name="Count">Points of this run.</param>
public readonly record struct VegasCubeRun(int Hypercube, int Size, int Count);
