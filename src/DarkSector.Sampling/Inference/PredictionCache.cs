namespace DarkSector.Sampling.Inference;

/// <summary>Per-thread memo of a prediction that depends on one parameter only (e.g. the unit-amplitude oscillation at a
/// Δm², or a decay signal at a coupling): a scan grid and a profile revisit the same few values many times.</summary>
/// <remarks>Each thread keeps its own table (no locking); entries are never evicted (a scan has at most a few thousand
/// distinct values per parameter, each a few bins). The returned arrays must not be modified. Thread-safe.</remarks>
internal sealed class PredictionCache
{
    private readonly int _bins;
    private readonly Action<double, Span<double>, Span<double>> _compute;
    private readonly ThreadLocal<Dictionary<double, (double[] Mu, double[] W2)>> _tables = new(() => []);

    /// <param name="bins">Bins of a prediction.</param>
    /// <param name="compute">Fills (μ, Σw²) at a parameter value; thread-safe.</param>
    public PredictionCache(int bins, Action<double, Span<double>, Span<double>> compute) => (_bins, _compute) = (bins, compute);

    /// <summary>The prediction at <paramref name="key"/>, computed on this thread's first request.</summary>
    public (double[] Mu, double[] W2) Get(double key)
    {
        var table = _tables.Value!;
        if (!table.TryGetValue(key, out var entry))
        {
            entry = (new double[_bins], new double[_bins]);
            _compute(key, entry.Mu, entry.W2);
            table[key] = entry;
        }
        return entry;
    }
}
