using DarkSector.Sampling.Events;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Sampling.Generation;

/// <summary>
/// The sampling pass of an adapted <see cref="EventGenerator"/> (<see cref="EventGenerator.Plan"/>): batches of events
/// drawn independently (batch b depends only on the adaptation, the seed and b) and combined exactly.
/// </summary>
/// <remarks><see cref="Combine"/> of every batch in batch order equals <see cref="EventGenerator.Generate"/> with the
/// same options: the same events in the same order, the same integral and error, bit for bit. <see cref="Draw"/> is
/// thread-safe.</remarks>
public sealed class GenerationPass
{
    private readonly Func<int, GenerationBatch> _draw;

    internal GenerationPass(VegasResult integration, int batchCount, Func<int, GenerationBatch> draw) =>
        (Integration, BatchCount, _draw) = (integration, batchCount, draw);

    /// <summary>The VEGAS adaptation run (identical in every process that plans the same generation).</summary>
    public VegasResult Integration { get; }

    /// <summary>Batches of the pass.</summary>
    public int BatchCount { get; }

    /// <summary>Draws batch <paramref name="batch"/> (0 ≤ batch &lt; <see cref="BatchCount"/>) and builds its events.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such batch.</exception>
    public GenerationBatch Draw(int batch) => _draw(batch);

    /// <summary>The generation result of all batches of a pass.</summary>
    /// <param name="integration">The adaptation run (<see cref="Integration"/>).</param>
    /// <param name="batches">Every batch of the pass, in batch order.</param>
    /// <exception cref="ArgumentException">A batch is missing or out of order, or the batches' metadata differ.</exception>
    public static GenerationResult Combine(VegasResult integration, IReadOnlyList<GenerationBatch> batches)
    {
        ArgumentNullException.ThrowIfNull(integration);
        ArgumentNullException.ThrowIfNull(batches);
        if (batches.Count == 0) throw new ArgumentException("no batch to combine", nameof(batches));
        var tally = new VegasPassTally();
        int events = 0, dropped = 0;
        for (int b = 0; b < batches.Count; b++)
        {
            var batch = batches[b];
            if (batch.Index != b) throw new ArgumentException($"batch {batch.Index} stands at position {b}: batches must be given in order, none missing");
            if (!batch.Events.Metadata.Equals(batches[0].Events.Metadata) || batch.Events.ParameterCount != batches[0].Events.ParameterCount)
                throw new ArgumentException($"batch {b} was generated with other metadata than batch 0");
            tally.Add(batch.Weights, batch.Cubes, batch.HypercubeCount);
            events += batch.Events.Count;
            dropped += batch.DroppedPoints;
        }
        var (integral, error) = tally.Result();
        var sample = new EventSample(batches[0].Events.Metadata with { Integral = integral, IntegralError = error }, events);
        Span<double> theta = stackalloc double[4];
        foreach (var batch in batches)
        {
            var e = batch.Events;
            for (int i = 0; i < e.Count; i++)
            {
                for (int k = 0; k < e.ParameterCount; k++) theta[k] = e.Parameters(k)[i];
                sample.Add(e[i], theta[..e.ParameterCount]);
            }
        }
        return new GenerationResult { Events = sample, Integral = integral, IntegralError = error, Integration = integration, DroppedPoints = dropped };
    }
}
