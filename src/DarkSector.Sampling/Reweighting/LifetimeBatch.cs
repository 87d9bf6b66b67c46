namespace DarkSector.Sampling.Reweighting;

/// <summary>
/// Accumulates kernel-weighted events into the expected signal per bin, with the decay-in-volume probability of each
/// event evaluated in batches so that its exponentials run vectorised.
/// </summary>
/// <remarks>
/// <para>For an event with crossings j at proper distances [a_j, b_j] (cm) and selection efficiencies ε_j, the weight at
/// 1/(c τ₀) = κ is w · Σ_j ε_j [exp(−κ a_j) − exp(−κ b_j)] (<see cref="KernelReweighter"/>). Both exponentials are
/// computed by <see cref="VectorExp"/> over the batch. The difference is
/// taken directly when δ = κ(b_j − a_j) ≥ 10⁻³ (relative rounding error ≤ 2ε/(1 − e^{−δ}) ≤ 2.3·10⁻¹³) and as
/// exp(−κ a_j) · δ(1 − δ/2 + δ²/6 − δ³/24) below (truncation ≤ δ⁴/120 ≤ 10⁻¹⁴ relative).</para>
/// <para>Events are added and summed in the caller's order, so results are identical for any batch boundary and any
/// number of threads. One instance per thread; reused across queries; allocates only when it grows.</para>
/// </remarks>
internal sealed class LifetimeBatch
{
    private const int EventCapacity = 256;
    private const double SeriesBelow = 1e-3;

    private readonly int[] _event = new int[EventCapacity];
    private readonly double[] _weight = new double[EventCapacity];
    private readonly int[] _end = new int[EventCapacity];   // one past the event's last crossing in the batch
    private double[] _minusA = new double[4 * EventCapacity];
    private double[] _minusB = new double[4 * EventCapacity];
    private double[] _expA = new double[4 * EventCapacity];
    private double[] _expB = new double[4 * EventCapacity];
    private float[] _efficiency = new float[4 * EventCapacity];
    private int _events, _crossings;

    private KernelReweighter _owner = null!;
    private double _inverseCtau;
    private double[] _expected = [];
    private double[] _sumOfSquares = [];

    /// <summary>Starts a query at 1/(c τ₀) = <paramref name="inverseCtau"/> (1/cm): the sums are reset.</summary>
    public void Begin(KernelReweighter owner, double inverseCtau)
    {
        (_owner, _inverseCtau) = (owner, inverseCtau);
        if (_expected.Length != owner.BinCount) (_expected, _sumOfSquares) = (new double[owner.BinCount], new double[owner.BinCount]);
        else { Array.Clear(_expected); Array.Clear(_sumOfSquares); }
        _events = _crossings = 0;
    }

    /// <summary>Adds sorted event <paramref name="s"/> with kernel weight <paramref name="weight"/>.</summary>
    public void Add(int s, double weight)
    {
        var (first, end) = _owner.CrossingRange(s);
        int count = end - first;
        if (_events == EventCapacity || _crossings + count > _minusA.Length)
        {
            Flush();
            if (count > _minusA.Length) Grow(count);
        }
        var entry = _owner.Entry;
        var exit = _owner.Exit;
        var efficiency = _owner.Efficiency;
        double kappa = _inverseCtau;
        for (int j = first; j < end; j++)
        {
            _minusA[_crossings] = -(entry[j] * kappa);
            _minusB[_crossings] = -(exit[j] * kappa);
            _efficiency[_crossings] = efficiency[j];
            _crossings++;
        }
        _event[_events] = s;
        _weight[_events] = weight;
        _end[_events] = _crossings;
        _events++;
    }

    /// <summary>Evaluates what is pending and writes the query's sums, times <paramref name="couplingScale"/> (and its
    /// square for Σ w²), to <paramref name="expected"/> and, unless empty, <paramref name="sumOfSquares"/>.</summary>
    public void Finish(double couplingScale, Span<double> expected, Span<double> sumOfSquares)
    {
        Flush();
        double s2 = couplingScale * couplingScale;
        for (int b = 0; b < expected.Length; b++) expected[b] = couplingScale == 1 ? _expected[b] : _expected[b] * couplingScale;
        for (int b = 0; b < sumOfSquares.Length; b++) sumOfSquares[b] = couplingScale == 1 ? _sumOfSquares[b] : _sumOfSquares[b] * s2;
    }

    private void Flush()
    {
        int n = _crossings;
        if (n > 0)
        {
            VectorExp.Exp(_minusA.AsSpan(0, n), _expA.AsSpan(0, n));
            VectorExp.Exp(_minusB.AsSpan(0, n), _expB.AsSpan(0, n));
        }
        var expected = _expected;
        var squares = _sumOfSquares;
        int j = 0;
        for (int e = 0; e < _events; e++)
        {
            double p = 0;
            for (int end = _end[e]; j < end; j++)
            {
                double delta = _minusA[j] - _minusB[j];
                double decay = delta >= SeriesBelow
                    ? _expA[j] - _expB[j]
                    : _expA[j] * delta * (1 - delta * (0.5 - delta * (1.0 / 6 - delta * (1.0 / 24))));
                p += _efficiency[j] * decay;
            }
            double w = _weight[e] * p;
            if (w == 0) continue;
            int b = _owner.BinOf(_event[e]);
            expected[b] += w;
            squares[b] += w * w;
        }
        _events = _crossings = 0;
    }

    private void Grow(int crossings)
    {
        int size = Math.Max(crossings, 2 * _minusA.Length);
        _minusA = new double[size];
        _minusB = new double[size];
        _expA = new double[size];
        _expB = new double[size];
        _efficiency = new float[size];
    }
}
