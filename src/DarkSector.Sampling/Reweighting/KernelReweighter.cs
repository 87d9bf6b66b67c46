using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
/// <para>Index: the events are sorted by cell of a grid in u with cell width R·h_k/m (R = 1 for the Epanechnikov
/// kernel's compact support; the Gaussian is truncated at R = 5 bandwidths per axis, which drops a fraction
/// 5.7·10⁻⁷ of its mass per axis; m ∈ {1, 2, 4, 8} chosen for the least work per query). A query visits the cells
/// overlapping the box ū ± R h, each in blocks of eight events evaluated on eight float lanes. Columns (structure of
/// arrays, float32): the offset of u_k from the corner of the event's cell in bandwidths, w J/q, the bin, and per
/// crossing plane j (as many planes as the most crossings of an event; ε = 0 where an event has fewer) a_j, b_j − a_j
/// and ε_j: 4(d + 1) + 2 + 12·planes bytes per event, 38 B for two masses and two planes, plus 4 B per cell.
/// Construction O(n) in parallel: the keys, one serial counting pass, then the columns filled through buckets of 2¹⁶
/// sorted slots so that every write stays in cache (<see cref="Fill"/>); the events' u = log10 θ come from
/// <see cref="VectorLog10"/> (four lanes, within 2⁻⁵¹ max(1, |u|) of Math.Log10: 10⁻⁷ of an offset's float rounding),
/// in sub-blocks of 256 events per pass; the result depends only on the input, not on the number of threads. Memory allocated by the build: the index plus 8 B per event of ranks.</para>
/// <para>Precision (float32 where it is enough, tested against the double-precision sum on a real joint sample): the
/// offsets, relative to a cell of at most R h, round to 2⁻²⁴ of the cell, so x = Δu/h is exact to a few 2⁻²⁴;
/// the kernel factor, relative to its peak N J w/q, is exact to 24·2⁻²⁴; the lifetime factor to
/// (2 κ a_max + 16)·2⁻²⁴ relative (<see cref="LifetimeBatch"/>). Bound per event:
/// |ŵ_i − w_i| ≤ 2⁻²⁴ (64 + 2 κ a_max,i) · w_i^peak P_i + 2⁻¹²⁶ w_i^peak Σ_j ε_ij, with w_i^peak = s N J w_i/q_i the
/// weight at the kernel's peak and P_i the decay probability; sums are in double. For κ a ≤ 50 that is ≤ 10⁻⁵ of the
/// peak weight — far below the Monte Carlo error of any prediction. Events within a few 2⁻²⁴ h of the edge of the
/// support (or the Gaussian's truncation) may fall on either side.</para>
/// <para>Sums run in the index order with one double accumulator per lane, and <see cref="PredictMany"/> parallelises
/// over query points only, so results are bit-identical for any number of threads. Immutable after construction;
/// thread-safe.</para>
/// </remarks>
internal sealed class KernelReweighter
{
    /// <summary>Events per block: the float lanes of a 256-bit vector.</summary>
    internal const int Lanes = 8;
    private const double GaussianCutoff = 5.0;
    private const int MaxCells = 1 << 24;

    private readonly Kernel _kernel;
    private readonly int _d;
    private readonly int _bins;
    private readonly float[][] _v;          // d columns: (u_k − cell corner_k)/h_k, sorted by cell, padded by Lanes
    private readonly float[] _factor;       // w_i J(θ_i)/q_θ(θ_i)
    private readonly LifetimeColumns _columns;   // bin; per crossing plane j: a_ij, b_ij − a_ij, ε_ij (0 if none)
    private readonly double[] _origin, _cellWidth, _reach;
    private readonly int[] _cellCount;
    private readonly int[] _cellStart;      // cells + 1
    private readonly bool _productEpanechnikov2D;

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
        _productEpanechnikov2D = d == 2 && kernel.Shape == KernelShape.Epanechnikov && kernel.Form == KernelForm.Product;

        // Bounding box: u(θ) is increasing, so the extremes of θ give those of u without a logarithm per event.
        _origin = new double[d];
        var max = new double[d];
        {
            int chunks = Chunks(n);
            var low = new double[chunks * d];
            var high = new double[chunks * d];
            Parallel.For(0, chunks, c =>
            {
                var (first, end) = Chunk(c, n);
                var all = events.Theta;
                for (int k = 0; k < d; k++)
                {
                    double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
                    for (int i = first; i < end; i++)
                    {
                        double t = all[i * d + k];
                        lo = t < lo ? t : lo;
                        hi = t > hi ? t : hi;
                    }
                    (low[c * d + k], high[c * d + k]) = (lo, hi);
                }
            });
            for (int k = 0; k < d; k++)
            {
                (_origin[k], max[k]) = (double.PositiveInfinity, double.NegativeInfinity);
                for (int c = 0; c < chunks; c++) (_origin[k], max[k]) = (Math.Min(_origin[k], low[c * d + k]), Math.Max(max[k], high[c * d + k]));
                _origin[k] = Coordinate(_origin[k], kernel.Scale(k));
                max[k] = Coordinate(max[k], kernel.Scale(k));
            }
        }
        (_reach, _cellWidth, _cellCount) = ChooseGrid(kernel, n, _origin, max);
        int totalCells = 1;
        for (int k = 0; k < d; k++) totalCells *= _cellCount[k];

        int planes = 0;
        var offsetIn = events.Offset;
        for (int i = 0; i < n; i++) planes = Math.Max(planes, offsetIn[i + 1] - offsetIn[i]);
        Planes = planes;

        // Counting sort of the events by cell and, within a cell, by decreasing number of crossings (so that the blocks
        // of events with fewer crossings skip the empty planes); stable: ties keep the input order. The key array
        // becomes each event's rank (its slot in the sorted order).
        int sub = planes <= 4 ? planes + 1 : 1;
        var rank = GC.AllocateUninitializedArray<int>(n);   // every entry written below
        Parallel.For(0, Chunks(n), c =>
        {
            var (first, end) = Chunk(c, n);
            var offset = events.Offset;
            Span<double> u = stackalloc double[SubBlock * d];
            for (int block = first; block < end; block += SubBlock)
            {
                int count = Math.Min(SubBlock, end - block);
                EventCoordinates(events.Theta, block, count, u);
                for (int e = 0; e < count; e++)
                {
                    int i = block + e, cell = 0;
                    for (int k = 0; k < d; k++) cell = cell * _cellCount[k] + CellIndex(u[k * count + e], k);
                    rank[i] = cell * sub + (sub == 1 ? 0 : planes - (offset[i + 1] - offset[i]));
                }
            }
        });
        {
            var next = new int[(long)totalCells * sub];
            foreach (int key in rank) next[key]++;
            int total = 0;
            for (int key = 0; key < next.Length; key++) (next[key], total) = (total, total + next[key]);
            _cellStart = new int[totalCells + 1];
            for (int c = 0; c < totalCells; c++) _cellStart[c] = next[c * sub];
            _cellStart[totalCells] = n;
            for (int i = 0; i < n; i++) rank[i] = next[rank[i]]++;
        }
        int padded = n + Lanes;
        // Fill writes every entry below n, so only the padding is cleared (the GC need not zero ~40 B per event first).
        _v = new float[d][];
        for (int k = 0; k < d; k++) _v[k] = LifetimeColumns.Column<float>(padded, n);
        _factor = LifetimeColumns.Column<float>(padded, n);
        _columns = new LifetimeColumns(padded, planes, _bins, n);
        Fill(events, rank);
    }

    /// <summary>log2 of the slots per bucket of the two-pass fill (2¹⁶ slots: one float column of a bucket, 256 kB, stays
    /// in the core's L2 cache while it is permuted).</summary>
    private const int BucketShift = 16;

    /// <summary>Writes the columns in the sorted order, each event at its rank, in two passes so that no write lands at a
    /// random place in memory: (1) each input chunk computes its events' values and appends them to the bucket of
    /// 2¹⁶ slots their rank falls in (one sequential write stream per bucket and column), with the rank alongside; (2) each bucket
    /// permutes its slots in place, column by column through a bucket-sized buffer. The result depends on the ranks
    /// only, not on the threads or the chunking: bit-identical for any core count. An event's offsets are taken from
    /// the corner of its cell.</summary>
    private void Fill(ReweightingEvents events, int[] rank)
    {
        int n = Count, d = _d, planes = Planes, chunks = Chunks(n);
        int buckets = ((n - 1) >> BucketShift) + 1;
        var cursor = new int[chunks * buckets];   // per chunk and bucket: the next slot of that chunk's part of the bucket
        Parallel.For(0, chunks, c =>
        {
            var (first, end) = Chunk(c, n);
            var count = cursor.AsSpan(c * buckets, buckets);
            for (int i = first; i < end; i++) count[rank[i] >> BucketShift]++;
        });
        for (int b = 0; b < buckets; b++)
            for (int c = 0, slot = b << BucketShift; c < chunks; c++)
                (cursor[c * buckets + b], slot) = (slot, slot + cursor[c * buckets + b]);

        var kernel = _kernel;
        var (v, factor, binOut) = (_v, _factor, _columns.Bins);
        var (entryOut, lengthOut, efficiencyOut) = (Column(_columns.Entry), Column(_columns.Length), Column(_columns.Efficiency));
        float[][] Column(Func<int, float[]> plane) => [.. Enumerable.Range(0, planes).Select(plane)];
        var target = GC.AllocateUninitializedArray<int>(n);   // bucketed layout: the rank of the event in that place (each written once)
        bool logMeasure = events.Measure == PriorMeasure.LogParameters;
        Parallel.For(0, chunks, c =>
        {
            var (first, end) = Chunk(c, n);
            var next = cursor.AsSpan(c * buckets, buckets);
            var sample = events.Theta;
            var weight = events.Weight;
            var prior = events.Prior;
            var bin = events.Bin;
            var offset = events.Offset;
            var entry = events.ProperEntry;
            var exit = events.ProperExit;
            var efficiency = events.Efficiency;
            Span<double> coordinates = stackalloc double[SubBlock * d];
            Span<int> slot = stackalloc int[SubBlock];
            // Sub-blocks of events, one column at a time: each column's writes go to at most `buckets` places, so the
            // lines being written stay in the core's cache and TLB (one event at a time, all columns, they would not).
            for (int block = first; block < end; block += SubBlock)
            {
                int count = Math.Min(SubBlock, end - block);
                EventCoordinates(sample, block, count, coordinates);
                for (int e = 0; e < count; e++)
                {
                    int r = rank[block + e];
                    slot[e] = next[r >> BucketShift]++;
                    target[slot[e]] = r;
                }
                for (int k = 0; k < d; k++)
                {
                    var column = v[k];
                    double inverse = kernel.InverseBandwidth(k);
                    for (int e = 0; e < count; e++)
                    {
                        double u = coordinates[k * count + e];
                        column[slot[e]] = (float)((u - Corner(k, CellIndex(u, k))) * inverse);
                    }
                }
                for (int e = 0; e < count; e++)
                {
                    int i = block + e;
                    double f = weight[i] / prior[i];
                    for (int k = 0; k < d; k++)
                    {
                        double t = sample[i * d + k];
                        f *= ParameterDistance.Jacobian(t, kernel.Scale(k));
                        if (logMeasure) f *= t;   // q_θ = q_lnθ / Π θ_k
                    }
                    factor[slot[e]] = (float)f;
                }
                for (int e = 0; e < count; e++) binOut[slot[e]] = bin[block + e];
                for (int j = 0; j < planes; j++)
                {
                    var (entryColumn, lengthColumn, efficiencyColumn) = (entryOut[j], lengthOut[j], efficiencyOut[j]);
                    // Without branches (events with and without crossing j alternate at random): an event without it
                    // reads crossing 0 and multiplies by 0 (a, b − a, ε ≥ 0 and finite, so +0 as before).
                    for (int e = 0; e < count; e++)
                    {
                        int x = offset[block + e];
                        bool has = j < offset[block + e + 1] - x;
                        int q = has ? x + j : 0;
                        float present = has ? 1f : 0f;
                        entryColumn[slot[e]] = entry[q] * present;
                        lengthColumn[slot[e]] = (float)((double)exit[q] - entry[q]) * present;
                        efficiencyColumn[slot[e]] = efficiency[q] * present;
                    }
                }
            }
        });
        Parallel.For(0, buckets, () => (new float[1 << BucketShift], new ushort[1 << BucketShift]), (b, _, buffer) =>
        {
            int first = b << BucketShift, length = Math.Min(n, first + (1 << BucketShift)) - first;
            var slots = target.AsSpan(first, length);
            for (int k = 0; k < d; k++) Permute(v[k], first, slots, buffer.Item1);
            Permute(factor, first, slots, buffer.Item1);
            Permute(binOut, first, slots, buffer.Item2);
            for (int j = 0; j < planes; j++)
            {
                Permute(entryOut[j], first, slots, buffer.Item1);
                Permute(lengthOut[j], first, slots, buffer.Item1);
                Permute(efficiencyOut[j], first, slots, buffer.Item1);
            }
            return buffer;
        }, _ => { });
    }

    /// <summary>column[slots[p]] = (column[first + p] before), for the slots of one bucket (a permutation of
    /// first … first + slots.Length − 1).</summary>
    private static void Permute<T>(T[] column, int first, ReadOnlySpan<int> slots, T[] buffer)
    {
        var part = buffer.AsSpan(0, slots.Length);
        column.AsSpan(first, slots.Length).CopyTo(part);
        for (int p = 0; p < part.Length; p++) column[slots[p]] = part[p];
    }

    private const int ChunkSize = 1 << 16;

    private static int Chunks(int n) => (n + ChunkSize - 1) / ChunkSize;

    private static (int First, int End) Chunk(int c, int n) => (c * ChunkSize, Math.Min(n, (c + 1) * ChunkSize));

    /// <summary>The cell grid: width R h_k / m on every axis, with m ∈ {1, 2, 4, 8} minimising the expected work of a
    /// query, (2m + 1)^d cells of ⌈occupancy/8 + ½⌉ blocks each for a uniform sample (fine cells cut the events scanned
    /// outside the support, coarse cells the partly filled blocks); coarsened if the grid would exceed 2 cells per event.</summary>
    private static (double[] Reach, double[] Width, int[] Count) ChooseGrid(Kernel kernel, int n, double[] origin, double[] max)
    {
        int d = kernel.Dimension;
        double radius = kernel.Shape == KernelShape.Epanechnikov ? 1.0 : GaussianCutoff;
        var reach = new double[d];
        for (int k = 0; k < d; k++) reach[k] = radius * kernel.Bandwidth(k);
        double Cells(double divisions, int k) => Math.Min(Math.Floor((max[k] - origin[k]) / (reach[k] / divisions)) + 1, MaxCells);
        double best = double.PositiveInfinity, bestDivisions = 1;
        foreach (double m in new[] { 1.0, 2, 4, 8 })
        {
            double cells = 1;
            for (int k = 0; k < d; k++) cells *= Cells(m, k);
            if (cells > Math.Max(1024, Math.Min(MaxCells, 2.0 * n))) break;
            double cost = Math.Pow(2 * m + 1, d) * Math.Ceiling(n / cells / Lanes + 0.5);
            if (cost < best) (best, bestDivisions) = (cost, m);
        }
        for (double divisions = bestDivisions; ; divisions /= 2)
        {
            double cells = 1;
            for (int k = 0; k < d; k++) cells *= Cells(divisions, k);
            if (cells <= Math.Max(1024, Math.Min(MaxCells, 2.0 * n)))
            {
                var width = new double[d];
                var count = new int[d];
                for (int k = 0; k < d; k++) (width[k], count[k]) = (reach[k] / divisions, (int)Cells(divisions, k));
                return (reach, width, count);
            }
        }
    }

    /// <summary>Number of crossing planes: the largest number of crossings of an event.</summary>
    internal int Planes { get; }

    /// <summary>The bins and crossing columns in the index order, for <see cref="LifetimeBatch"/>.</summary>
    internal LifetimeColumns Columns => _columns;

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
        batch.Begin(_columns, 1.0 / properDecayLengthCm);
        var visitor = new BatchVisitor(batch);
        Visit(theta, ref visitor);
        batch.Finish(couplingScale, expected, sumOfSquares);
    }

    /// <summary>The shape checks of a batched prediction (<see cref="PredictMany"/> and the local-linear one): m points of
    /// d parameters, m × bins expected counts, Σw² of that length or empty, a thread count ≥ 1 or −1.</summary>
    internal static void CheckBatch(int d, int bins, int thetas, int properDecayLengthsCm, int m, int expected, int sumOfSquares, int maxDegreeOfParallelism)
    {
        if (thetas != m * d) throw new ArgumentException($"thetas has {thetas} entries; {m} points × {d} parameters need {m * d}", nameof(thetas));
        if (properDecayLengthsCm != m) throw new ArgumentException($"properDecayLengthsCm has {properDecayLengthsCm} entries for {m} points", nameof(properDecayLengthsCm));
        if (expected != m * bins) throw new ArgumentException($"expected has {expected} entries; {m} points × {bins} bins need {m * bins}", nameof(expected));
        if (sumOfSquares != 0 && sumOfSquares != m * bins)
            throw new ArgumentException($"sumOfSquares has {sumOfSquares} entries; {m} points × {bins} bins need {m * bins} (or pass it empty)", nameof(sumOfSquares));
        if (maxDegreeOfParallelism == 0 || maxDegreeOfParallelism < -1)
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, $"maxDegreeOfParallelism = {maxDegreeOfParallelism} must be >= 1 or -1");
    }

    /// <summary>The expected signal per bin at many points, in parallel.</summary>
    /// <remarks>Queries are processed in an order sorted by tiles of 2 R h (then by input order), so that nearby points
    /// run one after the other on the same core and find the index's events still in cache, in blocks of 64
    /// (independent of the core count); within a block, consecutive points with the same θ̄ share one neighbour search,
    /// so order a scan with the masses outer and the couplings inner. Each point's sums are identical to
    /// <see cref="Predict"/>'s, whatever the order.</remarks>
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
        CheckBatch(_d, _bins, thetas.Length, properDecayLengthsCm.Length, m, expected.Length, sumOfSquares.Length, maxDegreeOfParallelism);
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
        var order = LocalityOrder(t, m);
        const int block = 64;
        int blocks = (m + block - 1) / block;
        Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, b =>
        {
            int first = b * block, end = Math.Min(m, first + block);
            var batch = t_batch ??= new LifetimeBatch();
            KernelNeighbours? neighbours = null;
            try
            {
                for (int i = first; i < end; i++)
                {
                    int p = order[i];
                    var theta = t.AsSpan(p * _d, _d);
                    var outMu = mu.AsSpan(p * _bins, _bins);
                    var outW2 = w2 is null ? [] : w2.AsSpan(p * _bins, _bins);
                    bool sameAsPrevious = i > first && theta.SequenceEqual(t.AsSpan(order[i - 1] * _d, _d));
                    bool sameAsNext = i + 1 < end && theta.SequenceEqual(t.AsSpan(order[i + 1] * _d, _d));
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

    /// <summary>The points' processing order: by tile of width 2 R h_k (row-major), then by input order. Points with the
    /// same θ̄ that are adjacent in the input stay adjacent.</summary>
    private int[] LocalityOrder(double[] thetas, int m)
    {
        var tiles = new long[_d];   // per axis, with a margin tile on either side for points outside the sample's box
        double product = m;
        for (int k = 0; k < _d; k++)
        {
            tiles[k] = (long)Math.Min(1e9, Math.Floor(_cellCount[k] * _cellWidth[k] / (2 * _reach[k])) + 3);
            product *= tiles[k];
        }
        if (product > 1e18) return [.. Enumerable.Range(0, m)];   // too fine to key: the input order
        var key = new long[m];
        for (int p = 0; p < m; p++)
        {
            long tile = 0;
            for (int k = 0; k < _d; k++)
            {
                double u = ParameterDistance.Coordinate(thetas[p * _d + k], _kernel.Scale(k));
                tile = tile * tiles[k] + (long)Math.Clamp(Math.Floor((u - _origin[k]) / (2 * _reach[k])) + 1, 0, tiles[k] - 1);
            }
            key[p] = tile * m + p;
        }
        Array.Sort(key);
        var order = new int[m];
        for (int i = 0; i < m; i++) order[i] = (int)(key[i] % m);
        return order;
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

    /// <summary>Receives the blocks of eight sorted events from <c>s</c> on that overlap the kernel's support of a
    /// query, in the index order, with w_i K J/q per lane (0 outside the support and past the end of a cell).</summary>
    internal interface IVisitor
    {
        void Block(int s, Vector256<float> kernelWeight);
    }

    private readonly struct NeighbourVisitor(KernelNeighbours neighbours) : IVisitor
    {
        public KernelNeighbours Neighbours => neighbours;

        public void Block(int s, Vector256<float> kernelWeight) => neighbours.Add(s, kernelWeight);
    }

    private readonly struct BatchVisitor(LifetimeBatch batch) : IVisitor
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Block(int s, Vector256<float> kernelWeight) => batch.Add(s, kernelWeight);
    }

    /// <summary>Calls <paramref name="visitor"/> for every block with a non-zero kernel weight at θ̄: the cells
    /// overlapping the box ū ± R h in row-major order, each in blocks of eight from its first event.</summary>
    private void Visit<TVisitor>(ReadOnlySpan<double> theta, ref TVisitor visitor) where TVisitor : struct, IVisitor
    {
        int d = _d;
        Span<double> q = stackalloc double[d];
        Span<int> low = stackalloc int[d];
        Span<int> high = stackalloc int[d];
        Span<int> cell = stackalloc int[d];
        Span<float> relative = stackalloc float[d];
        for (int k = 0; k < d; k++)
        {
            q[k] = ParameterDistance.Coordinate(theta[k], _kernel.Scale(k));
            double lo = (q[k] - _reach[k] - _origin[k]) / _cellWidth[k];
            double hi = (q[k] + _reach[k] - _origin[k]) / _cellWidth[k];
            if (hi < 0 || lo >= _cellCount[k]) return;   // no event can be in reach
            low[k] = Math.Max(0, (int)Math.Floor(lo));
            high[k] = Math.Min(_cellCount[k] - 1, (int)Math.Floor(hi));
        }
        if (_productEpanechnikov2D)
        {
            // the common case without the generic walk: two nested loops, the offsets of the query per row and column once
            double inverse0 = _kernel.InverseBandwidth(0), inverse1 = _kernel.InverseBandwidth(1);
            Span<float> column = stackalloc float[high[1] - low[1] + 1];
            for (int c1 = low[1]; c1 <= high[1]; c1++) column[c1 - low[1]] = (float)((q[1] - Corner(1, c1)) * inverse1);
            for (int c0 = low[0]; c0 <= high[0]; c0++)
            {
                float row = (float)((q[0] - Corner(0, c0)) * inverse0);
                int first = c0 * _cellCount[1];
                for (int c1 = low[1]; c1 <= high[1]; c1++)
                    VisitCell2D(row, column[c1 - low[1]], _cellStart[first + c1], _cellStart[first + c1 + 1], ref visitor);
            }
            return;
        }
        low.CopyTo(cell);
        while (true)
        {
            int c = 0;
            for (int k = 0; k < d; k++)
            {
                c = c * _cellCount[k] + cell[k];
                relative[k] = (float)((q[k] - Corner(k, cell[k])) * _kernel.InverseBandwidth(k));
            }
            VisitCell(relative, _cellStart[c], _cellStart[c + 1], ref visitor);
            int axis = d - 1;
            while (axis >= 0 && ++cell[axis] > high[axis]) { cell[axis] = low[axis]; axis--; }
            if (axis < 0) break;
        }
    }

    /// <summary>Lanes 0 … remaining − 1 set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> FirstLanes(int remaining) =>
        Vector256.LessThan(Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7), Vector256.Create(remaining)).AsSingle();

    /// <summary>One cell for the 2-D product Epanechnikov kernel, the common case (two masses), on eight lanes:
    /// N (1 − x₀²)₊ (1 − x₁²)₊ · w J/q with x_k = (ū_k − u_k)/h_k = (ū_k − corner_k)/h_k − v_k.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void VisitCell2D<TVisitor>(float relative0, float relative1, int begin, int end, ref TVisitor visitor) where TVisitor : struct, IVisitor
    {
        ref float v0 = ref MemoryMarshal.GetArrayDataReference(_v[0]);
        ref float v1 = ref MemoryMarshal.GetArrayDataReference(_v[1]);
        ref float factor = ref MemoryMarshal.GetArrayDataReference(_factor);
        var q0 = Vector256.Create(relative0);
        var q1 = Vector256.Create(relative1);
        var normalisation = Vector256.Create((float)_kernel.Normalisation);
        for (int s = begin; s < end; s += Lanes)
        {
            var x0 = q0 - Vector256.LoadUnsafe(ref v0, (nuint)s);
            var x1 = q1 - Vector256.LoadUnsafe(ref v1, (nuint)s);
            var f0 = Vector256.Max(Vector256.FusedMultiplyAdd(-x0, x0, Vector256<float>.One), Vector256<float>.Zero);
            var f1 = Vector256.Max(Vector256.FusedMultiplyAdd(-x1, x1, Vector256<float>.One), Vector256<float>.Zero);
            var weight = normalisation * f0 * f1 * Vector256.LoadUnsafe(ref factor, (nuint)s);
            if (end - s < Lanes) weight &= FirstLanes(end - s);
            if (weight == Vector256<float>.Zero) continue;
            visitor.Block(s, weight);
        }
    }

    /// <summary>One cell for any kernel: <see cref="Kernel.DensityUnchecked"/> per event, in double, on the distances
    /// h_k x_k; the Gaussian is truncated at R bandwidths per axis.</summary>
    private void VisitCell<TVisitor>(ReadOnlySpan<float> relative, int begin, int end, ref TVisitor visitor) where TVisitor : struct, IVisitor
    {
        int d = _d;
        Span<double> distance = stackalloc double[d];
        Span<float> weight = stackalloc float[Lanes];
        for (int s = begin; s < end; s += Lanes)
        {
            bool any = false;
            for (int l = 0; l < Lanes; l++)
            {
                weight[l] = 0;
                if (s + l >= end) continue;
                bool inside = true;
                for (int k = 0; k < d; k++)
                {
                    distance[k] = (double)(relative[k] - _v[k][s + l]) * _kernel.Bandwidth(k);
                    inside &= Math.Abs(distance[k]) <= _reach[k];   // the Gaussian's truncation; no-op for Epanechnikov
                }
                if (!inside) continue;
                weight[l] = (float)(_kernel.DensityUnchecked(distance) * _factor[s + l]);
                any |= weight[l] != 0;
            }
            if (any) visitor.Block(s, Vector256.Create<float>(weight));
        }
    }

    private double Corner(int k, int cell) => _origin[k] + cell * _cellWidth[k];

    /// <summary>Events per sub-block whose coordinates are computed together (<see cref="EventCoordinates"/>).</summary>
    private const int SubBlock = 256;

    /// <summary>u_k of events <paramref name="first"/> … + <paramref name="count"/> − 1, axis-major into
    /// <paramref name="u"/> (u[k · count + e]): log10 through <see cref="VectorLog10"/> on log axes, four events at a
    /// time. The index's events get their cells and offsets from these (within 2⁻⁵¹ max(1, |u|) of Math.Log10, far
    /// below the float offsets' rounding); the same value whatever the sub-block, so both build passes agree.</summary>
    private void EventCoordinates(ReadOnlySpan<double> theta, int first, int count, Span<double> u)
    {
        int d = _d;
        for (int k = 0; k < d; k++)
        {
            var column = u.Slice(k * count, count);
            for (int e = 0; e < count; e++) column[e] = theta[(first + e) * d + k];
            if (_kernel.Scale(k) == DistanceScale.Log10) VectorLog10.Log10(column, column);
        }
    }

    /// <summary>u(θ) as the index's events get it (<see cref="EventCoordinates"/>).</summary>
    private static double Coordinate(double theta, DistanceScale scale)
    {
        if (scale != DistanceScale.Log10) return theta;
        Span<double> u = [theta];
        VectorLog10.Log10(u, u);
        return u[0];
    }

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
