using System.Buffers;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace DarkSector.Sampling.Reweighting;

/// <summary>
/// The events inside the kernel's support of one query point θ̄ with their kernel weights w_i K J/q, so that many
/// couplings and lifetimes at the same θ̄ cost one pass over these events each, without a new neighbour search.
/// </summary>
/// <remarks>
/// Obtained from <see cref="KernelReweighter.Neighbours"/>. Holds pooled buffers: dispose it when done (using).
/// Not thread-safe; evaluation allocates nothing.
/// </remarks>
internal sealed class KernelNeighbours : IDisposable
{
    private const int Lanes = KernelReweighter.Lanes;
    private readonly KernelReweighter _owner;
    private int[] _start = [];      // first sorted event of each block
    private float[] _weight = [];   // Lanes kernel weights per block
    private int _blocks;

    internal KernelNeighbours(KernelReweighter owner) => _owner = owner;

    /// <summary>Number of events with a non-zero kernel weight.</summary>
    public int Count { get; private set; }

    /// <summary>Σ of the kernel-weighted event weights without the lifetime weight (i.e. all N produced, s = 1).</summary>
    public double ProducedWeight
    {
        get
        {
            double sum = 0;
            for (int j = 0; j < _blocks * Lanes; j++) sum += _weight[j];
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
        ObjectDisposedException.ThrowIf(_start is null, this);
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
        batch.Begin(_owner.Columns, 1.0 / properDecayLengthCm);
        for (int b = 0; b < _blocks; b++) batch.Add(_start[b], Vector256.Create<float>(_weight.AsSpan(b * Lanes, Lanes)));
        batch.Finish(couplingScale, expected, sumOfSquares);
    }

    internal void Add(int s, Vector256<float> kernelWeight)
    {
        if (_blocks == _start.Length || (_blocks + 1) * Lanes > _weight.Length)
        {
            int size = Math.Max(64, 2 * _blocks);
            var start = ArrayPool<int>.Shared.Rent(size);
            var w = ArrayPool<float>.Shared.Rent(size * Lanes);
            _start.AsSpan(0, _blocks).CopyTo(start);
            _weight.AsSpan(0, _blocks * Lanes).CopyTo(w);
            Return();
            (_start, _weight) = (start, w);
        }
        _start[_blocks] = s;
        kernelWeight.CopyTo(_weight, _blocks * Lanes);
        _blocks++;
        Count += BitOperations.PopCount(Vector256.GreaterThan(kernelWeight, Vector256<float>.Zero).ExtractMostSignificantBits());
    }

    /// <summary>Returns the pooled buffers.</summary>
    public void Dispose()
    {
        if (_start is null) return;
        Return();
        _start = null!;
        _weight = null!;
        Count = _blocks = 0;
    }

    private void Return()
    {
        if (_start.Length > 0) ArrayPool<int>.Shared.Return(_start);
        if (_weight.Length > 0) ArrayPool<float>.Shared.Return(_weight);
    }
}
