using DarkSector.Physics;
using DarkSector.Sampling.Reweighting.Kernels;

namespace DarkSector.Sampling.Reweighting;

/// <summary>
/// Predicts the expected signal per analysis bin at any parameter point θ̄ from one joint sample: the kernel-density
/// reweighting of the seed paper with exact coupling and lifetime weights, with a cell index so that only the events
/// inside the kernel's support are visited.
/// </summary>
/// <remarks>
/// <para>Arguelles, Foppiani, Hostert, PRD 107 (2023) 035027, §III–IV (method.md, "Weights"): for bin b,
/// μ_b(θ̄) = Σ_{i in b} w_i · K(u(θ̄) − u(θ_i)) J(θ_i)/q(θ_i) · s · w_τ,i(cτ₀),
/// with K the kernel density in the distance variables u (<see cref="Kernel"/>), J = Π_k du_k/dθ_k the Jacobian at the
/// sample (so that K J/q_θ is a density ratio in θ; a prior in ln θ is converted by q_θ = q_lnθ/Π θ_k),
/// s = (|V_μN|² α_D ε²)(θ̄)/(same at generation) the exact coupling ratio, and
/// w_τ,i = Σ_j ε_ij [exp(−a_ij/(βγ_i cτ₀)) − exp(−b_ij/(βγ_i cτ₀))] the decay-in-fiducial-volume probability at the
/// query's proper decay length, each crossing j weighted by the selection efficiency ε_ij for a decay in it (computed by the caller from the model at θ̄, including the |V_N|² dependence that enters only
/// through the lifetime). The Monte Carlo variance Σ_i (weight)² is returned per bin for the effective likelihood.</para>
/// <para>Index: the events are reordered by cell of a grid in u with cell width R·h_k (R = 1 for the Epanechnikov
/// kernel's compact support; the Gaussian is truncated at R = 5 bandwidths per axis, which drops a fraction
/// 5.7·10⁻⁷ of its mass per axis). A query visits the cells overlapping the box ū ± R h, i.e. 3^d cells, and the
/// cells along the last axis are contiguous in memory. Construction O(n), memory about 30 B + 12 B per crossing per
/// event.</para>
/// <para>Sums run in the sorted event order, and <see cref="PredictMany"/> parallelises over query points only, so
/// results are bit-identical for any number of threads. Immutable after construction; thread-safe.</para>
/// </remarks>
public sealed class KernelReweighter
{
    private const double GaussianCutoff = 5.0;
    private const int MaxCells = 1 << 24;

    private readonly Kernel _kernel;
    private readonly int _d;
    private readonly int _bins;
    private readonly double[][] _u;        // d arrays of n distance coordinates (structure of arrays), sorted by cell
    private readonly double[] _factor;     // w_i J(θ_i)/q_θ(θ_i)
    private readonly ushort[] _bin;
    private readonly int[] _offset;        // n + 1
    private readonly float[] _entry, _exit, _efficiency;
    private readonly double[] _origin, _cellWidth, _reach;
    private readonly int[] _cellCount;
    private readonly int[] _cellStart;     // cells + 1
    private readonly bool _productEpanechnikov2D;
    private readonly double _inverseBandwidth0, _inverseBandwidth1, _normalisation;

    /// <summary>Builds the index.</summary>
    /// <param name="events">The joint sample's reweighting inputs; at least one event.</param>
    /// <param name="kernel">The kernel; its dimension must equal <see cref="ReweightingEvents.ParameterCount"/>.</param>
    /// <exception cref="ArgumentException">Empty sample or dimension mismatch.</exception>
    public KernelReweighter(ReweightingEvents events, Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(kernel);
        if (events.Count == 0) throw new ArgumentException("the sample has no events", nameof(events));
        if (kernel.Dimension != events.ParameterCount)
            throw new ArgumentException($"the kernel has {kernel.Dimension} axes but the events {events.ParameterCount} parameters", nameof(kernel));
        _kernel = kernel;
        _d = kernel.Dimension;
        _bins = events.BinCount;
        int n = events.Count, d = _d;
        Count = n;

        // Distance coordinates and the per-event factor w J / q_θ.
        var theta = events.Theta;
        var u = new double[n * d];
        var factor = new double[n];
        for (int i = 0; i < n; i++)
        {
            double f = events.Weight[i] / events.Prior[i];
            for (int k = 0; k < d; k++)
            {
                double t = theta[i * d + k];
                u[i * d + k] = ParameterDistance.Coordinate(t, kernel.Scale(k));
                f *= ParameterDistance.Jacobian(t, kernel.Scale(k));
                if (events.Measure == PriorMeasure.LogParameters) f *= t;   // q_θ = q_lnθ / Π θ_k
            }
            factor[i] = f;
        }

        _productEpanechnikov2D = d == 2 && kernel.Shape == KernelShape.Epanechnikov && kernel.Form == KernelForm.Product;
        if (_productEpanechnikov2D)
        {
            _inverseBandwidth0 = kernel.InverseBandwidth(0);
            _inverseBandwidth1 = kernel.InverseBandwidth(1);
            _normalisation = kernel.Normalisation;
        }

        // Cell grid: width R h_k, coarsened uniformly if the grid would be too large.
        double radius = kernel.Shape == KernelShape.Epanechnikov ? 1.0 : GaussianCutoff;
        _origin = new double[d];
        _cellWidth = new double[d];
        _reach = new double[d];
        _cellCount = new int[d];
        var max = new double[d];
        for (int k = 0; k < d; k++) { _origin[k] = double.PositiveInfinity; max[k] = double.NegativeInfinity; }
        for (int i = 0; i < n; i++)
            for (int k = 0; k < d; k++)
            {
                _origin[k] = Math.Min(_origin[k], u[i * d + k]);
                max[k] = Math.Max(max[k], u[i * d + k]);
            }
        for (double coarsen = 1; ; coarsen *= 2)
        {
            double cells = 1;
            for (int k = 0; k < d; k++)
            {
                _reach[k] = radius * kernel.Bandwidth(k);
                _cellWidth[k] = _reach[k] * coarsen;
                double count = Math.Floor((max[k] - _origin[k]) / _cellWidth[k]) + 1;
                _cellCount[k] = (int)Math.Min(count, MaxCells);
                cells *= _cellCount[k];
            }
            if (cells <= Math.Max(1024, Math.Min(MaxCells, 4.0 * n))) break;
        }
        int totalCells = 1;
        for (int k = 0; k < d; k++) totalCells *= _cellCount[k];

        // Counting sort of the events by cell (stable: ties keep the input order).
        var cellOf = new int[n];
        _cellStart = new int[totalCells + 1];
        for (int i = 0; i < n; i++)
        {
            int c = 0;
            for (int k = 0; k < d; k++) c = c * _cellCount[k] + CellIndex(u[i * d + k], k);
            cellOf[i] = c;
            _cellStart[c + 1]++;
        }
        for (int c = 0; c < totalCells; c++) _cellStart[c + 1] += _cellStart[c];
        var next = _cellStart[..totalCells];
        var order = new int[n];
        for (int i = 0; i < n; i++) order[next[cellOf[i]]++] = i;

        var offsetIn = events.Offset;
        _u = new double[d][];
        for (int k = 0; k < d; k++) _u[k] = new double[n];
        _factor = new double[n];
        _bin = new ushort[n];
        _offset = new int[n + 1];
        _entry = new float[events.ProperEntry.Length];
        _exit = new float[events.ProperExit.Length];
        _efficiency = new float[events.Efficiency.Length];
        int crossing = 0;
        for (int s = 0; s < n; s++)
        {
            int i = order[s];
            for (int k = 0; k < d; k++) _u[k][s] = u[i * d + k];
            _factor[s] = factor[i];
            _bin[s] = events.Bin[i];
            for (int j = offsetIn[i]; j < offsetIn[i + 1]; j++)
            {
                _entry[crossing] = events.ProperEntry[j];
                _exit[crossing] = events.ProperExit[j];
                _efficiency[crossing] = events.Efficiency[j];
                crossing++;
            }
            _offset[s + 1] = crossing;
        }
    }

    /// <summary>Number of events in the index.</summary>
    public int Count { get; }

    /// <summary>Number of analysis bins.</summary>
    public int BinCount => _bins;

    /// <summary>Number of kernel parameters d.</summary>
    public int Dimension => _d;

    /// <summary>The kernel.</summary>
    public Kernel Kernel => _kernel;

    /// <summary>The expected signal per bin at one point.</summary>
    /// <param name="theta">Query point θ̄ (length d; &gt; 0 on log axes), same units as the sample.</param>
    /// <param name="couplingScale">Coupling ratio s = (|V_μN|² α_D ε²)(θ̄)/(same at generation); finite, ≥ 0.</param>
    /// <param name="properDecayLengthCm">c τ₀ of N at θ̄, cm; &gt; 0 (+∞: stable, no decays).</param>
    /// <param name="expected">Receives μ_b, events; length <see cref="BinCount"/>.</param>
    /// <param name="sumOfSquares">Receives Σ (event weight)² per bin, events²; length <see cref="BinCount"/>, or empty.</param>
    /// <exception cref="ArgumentException">Wrong lengths or an argument outside its range.</exception>
    public void Predict(ReadOnlySpan<double> theta, double couplingScale, double properDecayLengthCm, Span<double> expected, Span<double> sumOfSquares)
    {
        CheckQuery(theta, couplingScale, properDecayLengthCm, expected, sumOfSquares);
        var batch = t_batch ??= new LifetimeBatch();
        PredictFused(theta, couplingScale, properDecayLengthCm, batch, expected, sumOfSquares);
    }

    [ThreadStatic] private static LifetimeBatch? t_batch;

    /// <summary>One point in one pass: every event in reach goes straight into the batch, no neighbour list.</summary>
    private void PredictFused(ReadOnlySpan<double> theta, double couplingScale, double properDecayLengthCm, LifetimeBatch batch,
        Span<double> expected, Span<double> sumOfSquares)
    {
        batch.Begin(this, 1.0 / properDecayLengthCm);
        var visitor = new BatchVisitor(batch);
        Visit(theta, ref visitor);
        batch.Finish(couplingScale, expected, sumOfSquares);
    }

    /// <summary>The expected signal per bin at many points, in parallel.</summary>
    /// <remarks>Queries are processed in blocks of 64 consecutive points (independent of the core count); within a
    /// block, consecutive points with the same θ̄ share one neighbour search, so order a scan with the masses outer and
    /// the couplings inner. Each point's sums are identical to <see cref="Predict"/>'s.</remarks>
    /// <param name="thetas">Query points, row-major m × d.</param>
    /// <param name="couplingScales">Coupling ratio per point, length m; finite, ≥ 0.</param>
    /// <param name="properDecayLengthsCm">c τ₀ per point, cm, length m; &gt; 0.</param>
    /// <param name="expected">Receives μ, row-major m × <see cref="BinCount"/>.</param>
    /// <param name="sumOfSquares">Receives Σ w², m × <see cref="BinCount"/>, or empty.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; ≥ 1, or −1 for all cores.</param>
    /// <exception cref="ArgumentException">Inconsistent lengths or an invalid query.</exception>
    public void PredictMany(ReadOnlySpan<double> thetas, ReadOnlySpan<double> couplingScales, ReadOnlySpan<double> properDecayLengthsCm,
        Span<double> expected, Span<double> sumOfSquares, int maxDegreeOfParallelism = -1)
    {
        int m = couplingScales.Length;
        if (thetas.Length != m * _d) throw new ArgumentException($"thetas has {thetas.Length} entries; {m} points × {_d} parameters need {m * _d}", nameof(thetas));
        if (properDecayLengthsCm.Length != m) throw new ArgumentException($"properDecayLengthsCm has {properDecayLengthsCm.Length} entries for {m} points", nameof(properDecayLengthsCm));
        if (expected.Length != m * _bins) throw new ArgumentException($"expected has {expected.Length} entries; {m} points × {_bins} bins need {m * _bins}", nameof(expected));
        if (sumOfSquares.Length != 0 && sumOfSquares.Length != m * _bins)
            throw new ArgumentException($"sumOfSquares has {sumOfSquares.Length} entries; {m} points × {_bins} bins need {m * _bins} (or pass it empty)", nameof(sumOfSquares));
        if (maxDegreeOfParallelism == 0 || maxDegreeOfParallelism < -1)
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, $"maxDegreeOfParallelism = {maxDegreeOfParallelism} must be >= 1 or -1");
        for (int p = 0; p < m; p++)
        {
            CheckTheta(thetas.Slice(p * _d, _d));
            CheckScalars(couplingScales[p], properDecayLengthsCm[p]);
        }
        var t = thetas.ToArray();
        var s = couplingScales.ToArray();
        var c = properDecayLengthsCm.ToArray();
        var mu = new double[m * _bins];
        var w2 = sumOfSquares.Length == 0 ? null : new double[m * _bins];
        const int block = 64;
        int blocks = (m + block - 1) / block;
        Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, b =>
        {
            int first = b * block, end = Math.Min(m, first + block);
            var batch = t_batch ??= new LifetimeBatch();
            KernelNeighbours? neighbours = null;
            try
            {
                for (int p = first; p < end; p++)
                {
                    var theta = t.AsSpan(p * _d, _d);
                    var outMu = mu.AsSpan(p * _bins, _bins);
                    var outW2 = w2 is null ? [] : w2.AsSpan(p * _bins, _bins);
                    bool sameAsPrevious = p > first && theta.SequenceEqual(t.AsSpan((p - 1) * _d, _d));
                    bool sameAsNext = p + 1 < end && theta.SequenceEqual(t.AsSpan((p + 1) * _d, _d));
                    if (!sameAsPrevious && !sameAsNext)
                    {
                        PredictFused(theta, s[p], c[p], batch, outMu, outW2);   // a distinct point: one pass
                        continue;
                    }
                    if (!sameAsPrevious)
                    {
                        neighbours?.Dispose();
                        neighbours = FindNeighbours(theta);
                    }
                    neighbours!.EvaluateUnchecked(s[p], c[p], outMu, outW2, batch);
                }
            }
            finally { neighbours?.Dispose(); }
        });
        mu.CopyTo(expected);
        w2?.CopyTo(sumOfSquares);
    }

    /// <summary>
    /// The events within the kernel's support of θ̄ with their kernel weights, for evaluating many couplings and
    /// lifetimes at the same masses (<see cref="KernelNeighbours.Evaluate"/>).
    /// </summary>
    /// <param name="theta">Query point θ̄ (length d; &gt; 0 on log axes).</param>
    /// <exception cref="ArgumentException">Wrong length or an invalid coordinate.</exception>
    public KernelNeighbours Neighbours(ReadOnlySpan<double> theta)
    {
        CheckTheta(theta);
        return FindNeighbours(theta);
    }

    internal KernelNeighbours FindNeighbours(ReadOnlySpan<double> theta)
    {
        var visitor = new NeighbourVisitor(new KernelNeighbours(this));
        Visit(theta, ref visitor);
        return visitor.Neighbours;
    }

    /// <summary>Receives the events in the kernel's support of a query, in the sorted order, with w_i K J/q.</summary>
    internal interface IVisitor
    {
        void Visit(int sortedIndex, double kernelWeight);
    }

    private readonly struct NeighbourVisitor(KernelNeighbours neighbours) : IVisitor
    {
        public KernelNeighbours Neighbours => neighbours;

        public void Visit(int sortedIndex, double kernelWeight) => neighbours.Add(sortedIndex, kernelWeight);
    }

    private readonly struct BatchVisitor(LifetimeBatch batch) : IVisitor
    {
        public void Visit(int sortedIndex, double kernelWeight) => batch.Add(sortedIndex, kernelWeight);
    }

    /// <summary>Calls <paramref name="visitor"/> for every event with a non-zero kernel weight at θ̄, in the sorted order.</summary>
    private void Visit<TVisitor>(ReadOnlySpan<double> theta, ref TVisitor visitor) where TVisitor : struct, IVisitor
    {
        int d = _d;
        Span<double> q = stackalloc double[d];
        Span<int> low = stackalloc int[d];
        Span<int> high = stackalloc int[d];
        Span<int> cell = stackalloc int[d];
        Span<double> distance = stackalloc double[d];
        for (int k = 0; k < d; k++)
        {
            q[k] = ParameterDistance.Coordinate(theta[k], _kernel.Scale(k));
            double lo = (q[k] - _reach[k] - _origin[k]) / _cellWidth[k];
            double hi = (q[k] + _reach[k] - _origin[k]) / _cellWidth[k];
            if (hi < 0 || lo >= _cellCount[k]) return;   // no event can be in reach
            low[k] = Math.Max(0, (int)Math.Floor(lo));
            high[k] = Math.Min(_cellCount[k] - 1, (int)Math.Floor(hi));
        }
        low.CopyTo(cell);
        int last = d - 1;
        while (true)
        {
            // The run of cells along the last axis is contiguous in the sorted order.
            int c0 = 0;
            for (int k = 0; k < last; k++) c0 = c0 * _cellCount[k] + cell[k];
            c0 = c0 * _cellCount[last];
            int begin = _cellStart[c0 + low[last]], end = _cellStart[c0 + high[last] + 1];
            if (_productEpanechnikov2D)
            {
                VisitRun2D(q[0], q[1], begin, end, ref visitor);
            }
            else
            for (int s = begin; s < end; s++)
            {
                bool inside = true;
                for (int k = 0; k < d; k++)
                {
                    distance[k] = q[k] - _u[k][s];
                    inside &= Math.Abs(distance[k]) <= _reach[k];   // the Gaussian's truncation; no-op for Epanechnikov
                }
                if (!inside) continue;
                double density = _kernel.DensityUnchecked(distance);
                if (density == 0) continue;
                visitor.Visit(s, density * _factor[s]);
            }
            int axis = last - 1;
            while (axis >= 0 && ++cell[axis] > high[axis]) { cell[axis] = low[axis]; axis--; }
            if (axis < 0) break;
        }
    }

    /// <summary>The run [begin, end) for the 2-D product Epanechnikov kernel, the common case (two masses): the same
    /// arithmetic as <see cref="Kernel.DensityUnchecked"/> — (N·(1 − x₀²))·(1 − x₁²), zero unless both factors are
    /// positive — on the coordinate arrays directly.</summary>
    private void VisitRun2D<TVisitor>(double q0, double q1, int begin, int end, ref TVisitor visitor) where TVisitor : struct, IVisitor
    {
        var u0 = _u[0].AsSpan(begin, end - begin);
        var u1 = _u[1].AsSpan(begin, end - begin);
        var factor = _factor.AsSpan(begin, end - begin);
        double inverse0 = _inverseBandwidth0, inverse1 = _inverseBandwidth1, normalisation = _normalisation;
        for (int i = 0; i < u0.Length; i++)
        {
            double x0 = (q0 - u0[i]) * inverse0;
            double f0 = 1 - x0 * x0;
            if (!(f0 > 0)) continue;
            double x1 = (q1 - u1[i]) * inverse1;
            double f1 = 1 - x1 * x1;
            if (!(f1 > 0)) continue;
            visitor.Visit(begin + i, normalisation * f0 * f1 * factor[i]);
        }
    }

    /// <summary>The crossings of sorted event <paramref name="s"/>: indices [First, End) of <see cref="Entry"/>,
    /// <see cref="Exit"/> and <see cref="Efficiency"/>.</summary>
    internal (int First, int End) CrossingRange(int s) => (_offset[s], _offset[s + 1]);

    /// <summary>Proper distance to the entry of each crossing, cm.</summary>
    internal float[] Entry => _entry;

    /// <summary>Proper distance to the exit of each crossing, cm.</summary>
    internal float[] Exit => _exit;

    /// <summary>Selection efficiency of a decay in each crossing.</summary>
    internal float[] Efficiency => _efficiency;

    internal ushort BinOf(int s) => _bin[s];

    internal void CheckQuery(ReadOnlySpan<double> theta, double couplingScale, double properDecayLengthCm, Span<double> expected, Span<double> sumOfSquares)
    {
        CheckTheta(theta);
        CheckScalars(couplingScale, properDecayLengthCm);
        if (expected.Length != _bins) throw new ArgumentException($"expected has {expected.Length} entries for {_bins} bins", nameof(expected));
        if (sumOfSquares.Length != 0 && sumOfSquares.Length != _bins)
            throw new ArgumentException($"sumOfSquares has {sumOfSquares.Length} entries for {_bins} bins (or pass it empty)", nameof(sumOfSquares));
    }

    internal static void CheckScalars(double couplingScale, double properDecayLengthCm)
    {
        if (!double.IsFinite(couplingScale) || couplingScale < 0)
            throw new ArgumentOutOfRangeException(nameof(couplingScale), couplingScale, $"couplingScale = {couplingScale} must be finite and >= 0");
        if (!(properDecayLengthCm > 0))
            throw new ArgumentOutOfRangeException(nameof(properDecayLengthCm), properDecayLengthCm, $"properDecayLengthCm = {properDecayLengthCm} must be > 0 (+infinity allowed)");
    }

    private void CheckTheta(ReadOnlySpan<double> theta)
    {
        if (theta.Length != _d) throw new ArgumentException($"theta has {theta.Length} entries; the sample has {_d} parameters", nameof(theta));
        for (int k = 0; k < _d; k++)
            if (!double.IsFinite(theta[k]) || (_kernel.Scale(k) == DistanceScale.Log10 && theta[k] <= 0))
                throw new ArgumentOutOfRangeException(nameof(theta), theta[k], $"theta[{k}] = {theta[k]} must be finite{(_kernel.Scale(k) == DistanceScale.Log10 ? " and > 0 on a log axis" : "")}");
    }

    private int CellIndex(double u, int k) => Math.Clamp((int)Math.Floor((u - _origin[k]) / _cellWidth[k]), 0, _cellCount[k] - 1);
}
