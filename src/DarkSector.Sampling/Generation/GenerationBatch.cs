using DarkSector.Sampling.Events;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Sampling.Generation;

/// <summary>One batch of a <see cref="GenerationPass"/>: the events of its points and what the pass's integral needs
/// (the weights of all its points, zero ones included, and their hypercubes).</summary>
/// <param name="Index">Index of the batch in its pass.</param>
/// <param name="Events">Events of the points with nonzero weight, in point order (metadata without the integral).</param>
/// <param name="Weights">VEGAS weights of all points of the batch.</param>
/// <param name="Cubes">Hypercube runs of the points (<see cref="VegasCubeRun"/>).</param>
/// <param name="HypercubeCount">Hypercubes of the pass.</param>
/// <param name="DroppedPoints">Points without an event (zero weight or density).</param>
public sealed record GenerationBatch(int Index, EventSample Events, double[] Weights, IReadOnlyList<VegasCubeRun> Cubes, int HypercubeCount, int DroppedPoints);
