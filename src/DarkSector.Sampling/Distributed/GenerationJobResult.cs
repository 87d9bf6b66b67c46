using DarkSector.Sampling.Generation;

namespace DarkSector.Sampling.Distributed;

/// <summary>What <see cref="GenerationJob.Run"/> produced: the whole generation, or one shard's part file.</summary>
/// <param name="Result">The generation (whole, or a resumed run that completed), or null when a shard's part was written.</param>
/// <param name="PartPath">The part file written, or null.</param>
/// <param name="Batches">Event batches in the part.</param>
/// <param name="TotalBatches">Event batches of the whole job.</param>
public sealed record GenerationJobResult(GenerationResult? Result, string? PartPath, int Batches, int TotalBatches);
