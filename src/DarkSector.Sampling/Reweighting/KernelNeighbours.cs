using System.Buffers;

namespace DarkSector.Sampling.Reweighting;

/// <summary>
/// The events inside the kernel's support of one query point θ̄ with their kernel weights w_i K J/q, so that many
/// couplings and lifetimes at the same θ̄ cost one pass over these events each, without a new neighbour search.
/// </summary>
/// <remarks>
/// Obtained from <see cref="KernelReweighter.Neighbours"/>. Holds pooled buffers: dispose it when done (using).
/// Not thread-safe; evaluation allocates nothing.
/// </remarks>
public sealed class KernelNeighbours : IDisposable
{
    private readonly KernelReweighter _owner;
    private int[] _index = [];
    private double[] _weight = [];

    internal KernelNeighbours(KernelReweighter owner) => _owner = owner;

    /// <summary>Number of events with a non-zero kernel weight.</summary>
    public int Count { get; private set; }

    /// <summary>Σ of the kernel-weighted event weights without the lifetime weight (i.e. all N produced, s = 1).</summary>
    public double ProducedWeight
    {
        get
        {
            double sum = 0;
            for (int j = 0; j < Count; j++) sum += _weight[j];
            return sum;
        }
    }

    /// <summary>The expected signal per bin at this θ̄ for a coupling ratio and proper decay length.</summary>
    /// <param name="couplingScale">Coupling ratio s (see <see cref="KernelReweighter.Predict"/>); finite, ≥ 0.</param>
    /// <param name="properDecayLengthCm">c τ₀ at θ̄, cm; &gt; 0 (+∞ allowed).</param>
    /// <param name="expected">Receives μ_b; length <see cref="KernelReweighter.BinCount"/>.</param>
    /// <param name="sumOfSquares">Receives Σ w² per bin; same length, or empty.</param>
    /// <exception cref="ArgumentException">Wrong lengths or an argument outside its range.</exception>
    /// <exception cref="ObjectDisposedException">Disposed.</exception>
    public void Evaluate(double couplingScale, double properDecayLengthCm, Span<double> expected, Span<double> sumOfSquares)
    {
        ObjectDisposedException.ThrowIf(_index is null, this);
        KernelReweighter.CheckScalars(couplingScale, properDecayLengthCm);
        if (expected.Length != _owner.BinCount) throw new ArgumentException($"expected has {expected.Length} entries for {_owner.BinCount} bins", nameof(expected));
        if (sumOfSquares.Length != 0 && sumOfSquares.Length != _owner.BinCount)
            throw new ArgumentException($"sumOfSquares has {sumOfSquares.Length} entries for {_owner.BinCount} bins (or pass it empty)", nameof(sumOfSquares));
        EvaluateUnchecked(couplingScale, properDecayLengthCm, expected, sumOfSquares, _batch ??= new LifetimeBatch());
    }

    private LifetimeBatch? _batch;

    internal void EvaluateUnchecked(double couplingScale, double properDecayLengthCm, Span<double> expected, Span<double> sumOfSquares,
        LifetimeBatch batch)
    {
        batch.Begin(_owner, 1.0 / properDecayLengthCm);
        for (int j = 0; j < Count; j++) batch.Add(_index[j], _weight[j]);
        batch.Finish(couplingScale, expected, sumOfSquares);
    }

    internal void Add(int sortedIndex, double weight)
    {
        if (Count == _index.Length)
        {
            int size = Math.Max(256, 2 * Count);
            var index = ArrayPool<int>.Shared.Rent(size);
            var w = ArrayPool<double>.Shared.Rent(size);
            _index.AsSpan(0, Count).CopyTo(index);
            _weight.AsSpan(0, Count).CopyTo(w);
            Return();
            (_index, _weight) = (index, w);
        }
        _index[Count] = sortedIndex;
        _weight[Count] = weight;
        Count++;
    }

    /// <summary>Returns the pooled buffers.</summary>
    public void Dispose()
    {
        if (_index is null) return;
        Return();
        _index = null!;
        _weight = null!;
        Count = 0;
    }

    private void Return()
    {
        if (_index.Length > 0) ArrayPool<int>.Shared.Return(_index);
        if (_weight.Length > 0) ArrayPool<double>.Shared.Return(_weight);
    }
}
