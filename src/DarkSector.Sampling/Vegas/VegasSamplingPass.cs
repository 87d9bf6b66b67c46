namespace DarkSector.Sampling.Vegas;

/// <summary>
/// A planned VEGAS sampling pass (<see cref="VegasIntegrator.PlanSample{TIntegrand}"/>): the adapted map and the
/// hypercube layout frozen, its points cut into batches of 2048 that can be drawn in any order, by any process.
/// </summary>
/// <remarks>Batch b depends only on the adaptation, the seed and b, so drawing every batch and concatenating them in
/// batch order gives the points and weights of <see cref="VegasIntegrator.Sample{TIntegrand}"/>; the integral and its
/// error follow exactly from <see cref="VegasPassTally"/>. Immutable; <see cref="Draw"/> is thread-safe.</remarks>
internal sealed class VegasSamplingPass
{
    private readonly Func<int, VegasBatch> _draw;

    internal VegasSamplingPass(int points, Func<int, VegasBatch> draw)
    {
        (PointCount, _draw) = (points, draw);
        BatchCount = (points + VegasIntegrator.BatchSize - 1) / VegasIntegrator.BatchSize;
    }

    /// <summary>Points of the whole pass.</summary>
    public int PointCount { get; }

    /// <summary>Batches of the pass (2048 points each, the last one fewer).</summary>
    public int BatchCount { get; }

    /// <summary>Draws batch <paramref name="batch"/>.</summary>
    /// <param name="batch">0 ≤ batch &lt; <see cref="BatchCount"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">No such batch.</exception>
    /// <exception cref="Physics.DarkSectorException">The integrand returned a non-finite value.</exception>
    public VegasBatch Draw(int batch)
    {
        if ((uint)batch >= (uint)BatchCount)
            throw new ArgumentOutOfRangeException(nameof(batch), batch, $"batch = {batch} is outside [0, {BatchCount - 1}]");
        return _draw(batch);
    }
}
