using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using DarkSector.Sampling.Reweighting.Kernels;

namespace DarkSector.Sampling.Reweighting;

/// <summary>
/// Predicts the expected signal per bin at any point θ̄ of a joint sample's box by kernel regression over its mass
/// points: local-linear in the kernel's distance coordinates (log10 of the masses) by default, with the coupling and
/// lifetime factors exact per event, and with what the prediction rests on (<see cref="KernelPrediction"/>).
/// </summary>
/// <remarks>
/// <para>Each mass point p of the design (θ_p, simulated with its own events, <see cref="JointSampleGenerator"/>) is a
/// dedicated simulation: at the query's couplings and c τ₀ its estimate per bin is
/// Y_{p,b} = M Σ_{i∈p, i in b} w_i · s · Σ_j ε_ij [exp(−a_ij/(βγ_i cτ₀)) − exp(−b_ij/(βγ_i cτ₀))] (the events carry
/// 1/M of their point's weight; s the exact coupling ratio, method.md "Weights"). The prediction is the weighted
/// regression μ_b(θ̄) = Σ_p ℓ_p Y_{p,b} over the points with K_p = K(u(θ̄) − u(θ_p)) &gt; 0. Local-linear weights
/// (Fan &amp; Gijbels 1996, eq. 3.5): with x_p = (1, (u_p − ū)/h), A = Σ_p K_p x_p x_pᵀ and z = A⁻¹ e₀,
/// ℓ_p = K_p x_pᵀ z, so that Σ_p ℓ_p = 1 and Σ_p ℓ_p (u_p − ū) = 0: a signal linear in u is reproduced exactly and the
/// bias is O(h²) even at the box edge and for a lopsided design; the Nadaraya–Watson weights ℓ_p = K_p / Σ K_p are
/// O(h) biased there. Local-linear weights can be negative; a bin whose sum comes out negative is set to 0.</para>
/// <para>Errors: Σ_b Σ_i ω_i² with ω_i = ℓ_p M w_i s w_τ,i the weight of event i in the estimate (the points are
/// independent simulations). The design points come from the sample's recipe (<see cref="JointSampleGenerator.MassPoint"/>),
/// so points that selected no event count as Y_p = 0.</para>
/// <para>Per-event work on the float32 index of the kernel-density reweighter: the events are sorted by design point,
/// each point's events starting on a block of eight, in the same float columns (<see cref="LifetimeColumns"/>: a, b − a,
/// ε per crossing; M w_i) and summed by the same eight-lane kernel (<see cref="LifetimeBatch"/>, sums in double, lane by
/// lane in the index order); the regression over the points is in double. Precision (tested against the
/// double-precision brute-force estimate): each event's ω_i carries a relative error ≤ (2 κ a_max,i + 18)·2⁻²⁴ (the
/// lifetime factor's (2 κ a_max + 16)·2⁻²⁴, the rounding of M w_i and of the product; κ = 1/(c τ₀), a_max the
/// farthest entry), plus 2⁻¹²⁶ M w_i s Σ_j ε_ij from underflow, so for the local-linear and local-constant weights
/// |μ̂_b − μ_b| ≤ 2⁻²⁴ (2 κ a_max + 20) Σ_p |ℓ_p| Y_{p,b} (the double sums and the solve add less than 2⁻²⁴ for
/// fewer than 10⁷ events); the log-linear tilt is a smooth function of the same Y_p. Results depend only on the input,
/// not on the thread count (<see cref="PredictMany"/>).</para>
/// <para>Cost per query: the points in the axis-0 band of the kernel (binary search) plus two float exponentials per
/// crossing of their events, eight events at a time. Memory: 4 + 2 + 12 · planes bytes per event. Immutable;
/// thread-safe.</para>
/// </remarks>
public sealed class LocalLinearKernelReweighter
{
    private const double GaussianCutoff = 5.0;
    private const double SingularPivot = 1e-6;
    private const double MaxTilt = 5;
    private const int TiltIterations = 50;
    private const int Lanes = KernelReweighter.Lanes;

    private readonly Kernel _kernel;
    private readonly int _d, _bins;
    private readonly double[] _pointU;     // M × d, design points in distance coordinates, sorted by axis 0
    private readonly double[] _pointU0;    // axis-0 coordinate of each sorted point
    private readonly double[] _pointTheta; // M × d, the same points in parameter units
    private readonly int[] _eventStart;    // M + 1, events of sorted point p: [start[p], start[p] + count_p), start[p] a multiple of 8
    private readonly int[] _eventCount;    // M, events per sorted point
    private readonly float[] _weight;      // M w_i: the point's own estimate per event (0 in the padding)
    private readonly LifetimeColumns _columns;

    /// <summary>Indexes <paramref name="events"/> by the design point each sits at.</summary>
    /// <param name="events">Events of a joint sample over <paramref name="designPoints"/>, each with θ_i exactly equal to one
    /// design point and weight equal to its point's simulation weight divided by the number of points M.</param>
    /// <param name="designPoints">Every simulated point θ_p (length d each, parameter units), also those that selected no event; 1 or more.</param>
    /// <param name="kernel">Kernel over the distance coordinates (its dimension d = the events' parameters).</param>
    /// <param name="regression">Local-linear (default) or local-constant weights.</param>
    /// <exception cref="ArgumentException">Dimension mismatch, no design points, an invalid point, or an event not at a design point.</exception>
    public LocalLinearKernelReweighter(ReweightingEvents events, IReadOnlyList<double[]> designPoints, Kernel kernel,
        KernelRegression regression = KernelRegression.LocalLinear)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(designPoints);
        ArgumentNullException.ThrowIfNull(kernel);
        if (!Enum.IsDefined(regression)) throw new ArgumentOutOfRangeException(nameof(regression), regression, $"regression = {regression} is not defined");
        if (kernel.Dimension != events.ParameterCount)
            throw new ArgumentException($"the kernel has {kernel.Dimension} axes but the events {events.ParameterCount} parameters", nameof(kernel));
        if (designPoints.Count == 0) throw new ArgumentException("designPoints is empty", nameof(designPoints));
        int d = events.ParameterCount, m = designPoints.Count, n = events.Count;
        (_kernel, _d, _bins, Regression) = (kernel, d, events.BinCount, regression);

        var index = new Dictionary<(long, long, long, long), int>();
        var key = new long[4];
        for (int p = 0; p < m; p++)
        {
            var t = designPoints[p] ?? throw new ArgumentException($"designPoints[{p}] is null", nameof(designPoints));
            if (t.Length != d) throw new ArgumentException($"designPoints[{p}] has {t.Length} entries; the events have {d} parameters", nameof(designPoints));
            for (int k = 0; k < d; k++)
                if (!double.IsFinite(t[k]) || (kernel.Scale(k) == DistanceScale.Log10 && !(t[k] > 0)))
                    throw new ArgumentOutOfRangeException(nameof(designPoints), t[k], $"designPoints[{p}][{k}] = {t[k]} must be finite (and > 0 on a log axis)");
            index.TryAdd(Key(t), p);
        }
        (long, long, long, long) Key(ReadOnlySpan<double> t)
        {
            Array.Clear(key);
            for (int k = 0; k < t.Length; k++) key[k] = BitConverter.DoubleToInt64Bits(t[k]);
            return (key[0], key[1], key[2], key[3]);
        }

        // Sort the design by axis-0 coordinate; group the events by point (stable).
        var order = Enumerable.Range(0, m).OrderBy(p => ParameterDistance.Coordinate(designPoints[p][0], kernel.Scale(0))).ToArray();
        var sortedOf = new int[m];
        for (int s = 0; s < m; s++) sortedOf[order[s]] = s;
        _pointU = new double[m * d];
        _pointU0 = new double[m];
        _pointTheta = new double[m * d];
        for (int s = 0; s < m; s++)
            for (int k = 0; k < d; k++)
            {
                double t = designPoints[order[s]][k];
                _pointTheta[s * d + k] = t;
                _pointU[s * d + k] = ParameterDistance.Coordinate(t, kernel.Scale(k));
                if (k == 0) _pointU0[s] = _pointU[s * d];
            }
        var theta = events.Theta;
        var pointOf = new int[n];
        _eventCount = new int[m];
        int planes = 0;
        for (int i = 0; i < n; i++)
        {
            if (!index.TryGetValue(Key(theta.Slice(i * d, d)), out int p))
                throw new ArgumentException($"event {i} at θ = ({string.Join(", ", theta.Slice(i * d, d).ToArray())}) is not one of the {m} design points", nameof(events));
            pointOf[i] = sortedOf[p];
            _eventCount[pointOf[i]]++;
            planes = Math.Max(planes, events.Offset[i + 1] - events.Offset[i]);
        }
        // Each point's events start on a block of eight lanes (the padding has weight 0 and ε = 0: adds exactly 0), sorted
        // by decreasing number of crossings so that blocks of events with fewer crossings skip the empty planes; stable.
        _eventStart = new int[m + 1];
        for (int s = 0; s < m; s++) _eventStart[s + 1] = _eventStart[s] + (_eventCount[s] + Lanes - 1) / Lanes * Lanes;
        int padded = _eventStart[m] + Lanes;
        _weight = new float[padded];
        _columns = new LifetimeColumns(padded, planes, _bins);
        int Group(int i) => pointOf[i] * (planes + 1) + planes - (events.Offset[i + 1] - events.Offset[i]);
        var next = new int[m * (planes + 1)];
        for (int i = 0; i < n; i++) next[Group(i)]++;
        for (int s = 0; s < m; s++)
            for (int g = s * (planes + 1), position = _eventStart[s]; g < (s + 1) * (planes + 1); g++) (next[g], position) = (position, position + next[g]);
        for (int i = 0; i < n; i++)
        {
            int e = next[Group(i)]++;
            _weight[e] = (float)(events.Weight[i] * m);
            _columns.Bins[e] = events.Bin[i];
            for (int j = 0, x = events.Offset[i]; x + j < events.Offset[i + 1]; j++)
            {
                _columns.Entry(j)[e] = events.ProperEntry[x + j];
                _columns.Length(j)[e] = (float)((double)events.ProperExit[x + j] - events.ProperEntry[x + j]);
                _columns.Efficiency(j)[e] = events.Efficiency[x + j];
            }
        }
        PointCount = m;
    }

    private LocalLinearKernelReweighter(LocalLinearKernelReweighter other, Kernel kernel, KernelRegression regression)
    {
        (_kernel, _d, _bins, Regression, PointCount) = (kernel, other._d, other._bins, regression, other.PointCount);
        (_pointU, _pointU0, _pointTheta, _eventStart, _eventCount) = (other._pointU, other._pointU0, other._pointTheta, other._eventStart, other._eventCount);
        (_weight, _columns) = (other._weight, other._columns);
    }

    /// <summary>The reweighter for a joint sample generated by <see cref="JointSampleGenerator"/>: its design points are
    /// regenerated from the metadata's recipe.</summary>
    /// <param name="sample">The joint sample.</param>
    /// <param name="kernel">Kernel over the distance coordinates, one axis per sample axis.</param>
    /// <param name="regression">Local-linear (default) or local-constant weights.</param>
    /// <exception cref="ArgumentException">The kernel does not match, or an event is not at a point of the recipe.</exception>
    public static LocalLinearKernelReweighter ForSample(JointSample sample, Kernel kernel, KernelRegression regression = KernelRegression.LocalLinear)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var points = Enumerable.Range(0, sample.Metadata.PointCount).Select(p => JointSampleGenerator.MassPoint(sample.Metadata, p)).ToArray();
        return new LocalLinearKernelReweighter(sample.Events, points, kernel, regression);
    }

    /// <summary>The same sample with another kernel (e.g. other bandwidths) or regression; shares the indexed events.</summary>
    /// <exception cref="ArgumentException">The kernel's dimension differs.</exception>
    public LocalLinearKernelReweighter With(Kernel kernel, KernelRegression regression)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        if (kernel.Dimension != _d) throw new ArgumentException($"the kernel has {kernel.Dimension} axes; the sample {_d}", nameof(kernel));
        if (!Enum.IsDefined(regression)) throw new ArgumentOutOfRangeException(nameof(regression), regression, $"regression = {regression} is not defined");
        return new LocalLinearKernelReweighter(this, kernel, regression);
    }

    /// <summary>The kernel.</summary>
    public Kernel Kernel => _kernel;

    /// <summary>The weights used.</summary>
    public KernelRegression Regression { get; }

    /// <summary>Number of design (mass) points M.</summary>
    public int PointCount { get; }

    /// <summary>Number of kernel parameters d.</summary>
    public int Dimension => _d;

    /// <summary>Number of analysis bins.</summary>
    public int BinCount => _bins;

    /// <summary>The expected signal per bin at one point, with what it rests on.</summary>
    /// <param name="theta">Query point θ̄ (length d; &gt; 0 on log axes), parameter units.</param>
    /// <param name="couplingScale">Exact coupling ratio s to the sample's reference couplings; finite, ≥ 0.</param>
    /// <param name="properDecayLengthCm">c τ₀ at θ̄, cm; &gt; 0 (+∞: no decays).</param>
    /// <param name="expected">Receives μ_b ≥ 0; length <see cref="BinCount"/>.</param>
    /// <param name="sumOfSquares">Receives Σ ω² per bin; length <see cref="BinCount"/>, or empty.</param>
    /// <returns>Signal summed over bins, its MC error, the effective sample size, the mass points inside the kernel and the flag.</returns>
    /// <exception cref="ArgumentException">Wrong lengths or an argument outside its range.</exception>
    public KernelPrediction Predict(ReadOnlySpan<double> theta, double couplingScale, double properDecayLengthCm, Span<double> expected, Span<double> sumOfSquares)
    {
        CheckTheta(theta);
        KernelReweighter.CheckScalars(couplingScale, properDecayLengthCm);
        if (expected.Length != _bins) throw new ArgumentException($"expected has {expected.Length} entries for {_bins} bins", nameof(expected));
        if (sumOfSquares.Length != 0 && sumOfSquares.Length != _bins)
            throw new ArgumentException($"sumOfSquares has {sumOfSquares.Length} entries for {_bins} bins (or pass it empty)", nameof(sumOfSquares));
        return PredictCore(theta, couplingScale, properDecayLengthCm, expected, sumOfSquares, -1);
    }

    /// <summary>The expected signal per bin at many points, in parallel over the points; each point's result is
    /// identical to <see cref="Predict"/>'s, whatever the number of threads.</summary>
    /// <param name="thetas">Query points, row-major m × d (parameter units).</param>
    /// <param name="couplingScales">Coupling ratio per point, length m; finite, ≥ 0.</param>
    /// <param name="properDecayLengthsCm">c τ₀ per point, cm, length m; &gt; 0.</param>
    /// <param name="expected">Receives μ ≥ 0, row-major m × <see cref="BinCount"/>.</param>
    /// <param name="sumOfSquares">Receives Σ ω², m × <see cref="BinCount"/>, or empty.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; ≥ 1, or −1 for all cores.</param>
    /// <returns>Per point: signal, MC error, effective sample size, mass points inside the kernel and the flag.</returns>
    /// <exception cref="ArgumentException">Inconsistent lengths or an invalid query.</exception>
    public KernelPrediction[] PredictMany(ReadOnlySpan<double> thetas, ReadOnlySpan<double> couplingScales, ReadOnlySpan<double> properDecayLengthsCm,
        Span<double> expected, Span<double> sumOfSquares, int maxDegreeOfParallelism = -1)
    {
        int m = couplingScales.Length;
        KernelReweighter.CheckBatch(_d, _bins, thetas.Length, properDecayLengthsCm.Length, m, expected.Length, sumOfSquares.Length, maxDegreeOfParallelism);
        for (int p = 0; p < m; p++)
        {
            CheckTheta(thetas.Slice(p * _d, _d));
            KernelReweighter.CheckScalars(couplingScales[p], properDecayLengthsCm[p]);
        }
        var (t, s, c) = (thetas.ToArray(), couplingScales.ToArray(), properDecayLengthsCm.ToArray());
        var mu = new double[m * _bins];
        var w2 = sumOfSquares.Length == 0 ? null : new double[m * _bins];
        var result = new KernelPrediction[m];
        Parallel.For(0, m, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, p =>
            result[p] = PredictCore(t.AsSpan(p * _d, _d), s[p], c[p], mu.AsSpan(p * _bins, _bins), w2 is null ? [] : w2.AsSpan(p * _bins, _bins), -1));
        mu.CopyTo(expected);
        w2?.CopyTo(sumOfSquares);
        return result;
    }

    private void CheckTheta(ReadOnlySpan<double> theta)
    {
        if (theta.Length != _d) throw new ArgumentException($"theta has {theta.Length} entries; the sample has {_d} parameters", nameof(theta));
        for (int k = 0; k < _d; k++)
            if (!double.IsFinite(theta[k]) || (_kernel.Scale(k) == DistanceScale.Log10 && !(theta[k] > 0)))
                throw new ArgumentOutOfRangeException(nameof(theta), theta[k], $"theta[{k}] = {theta[k]} must be finite (and > 0 on a log axis)");
    }

    /// <summary>Design point <paramref name="sorted"/> (in the internal order, 0 ≤ sorted &lt; M), parameter units.</summary>
    internal ReadOnlySpan<double> PointTheta(int sorted) => _pointTheta.AsSpan(sorted * _d, _d);

    /// <summary>The dedicated-simulation estimate of one design point alone: Y_p summed over bins and its Σ w².</summary>
    internal (double Signal, double SumOfSquares) PointEstimate(int sorted, double couplingScale, double properDecayLengthCm)
    {
        Span<double> y = stackalloc double[_bins];
        Span<double> v = stackalloc double[_bins];
        PointSums(sorted, couplingScale, 1 / properDecayLengthCm, t_batch ??= new LifetimeBatch(), y, v);
        double sum = 0, squares = 0;
        for (int b = 0; b < _bins; b++) (sum, squares) = (sum + y[b], squares + v[b]);
        return (sum, squares);
    }

    [ThreadStatic] private static LifetimeBatch? t_batch;

    /// <summary>Y_{p,b} = Σ_{i∈p, in b} M w_i s w_τ,i and V_{p,b} = Σ (same)² of sorted point <paramref name="sorted"/> at
    /// 1/(c τ₀) = <paramref name="kappa"/>: its events in blocks of eight on float lanes (<see cref="LifetimeBatch"/>,
    /// the kernel-density index's kernel), summed in double in the index order.</summary>
    private void PointSums(int sorted, double couplingScale, double kappa, LifetimeBatch batch, Span<double> y, Span<double> v)
    {
        batch.Begin(_columns, kappa);
        for (int s = _eventStart[sorted], end = s + _eventCount[sorted]; s < end; s += Lanes)
        {
            var weight = Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(_weight), (nuint)s);
            batch.Add(s, weight);
        }
        batch.Finish(couplingScale, y, v);
    }

    /// <summary>The prediction, leaving out design point <paramref name="exclude"/> (sorted index; −1: none).</summary>
    internal KernelPrediction PredictCore(ReadOnlySpan<double> theta, double couplingScale, double properDecayLengthCm,
        Span<double> expected, Span<double> sumOfSquares, int exclude)
    {
        int d = _d;
        Span<double> q = stackalloc double[d];
        Span<double> reach = stackalloc double[d];
        Span<double> distance = stackalloc double[d];
        double radius = _kernel.Shape == KernelShape.Epanechnikov ? 1.0 : GaussianCutoff;
        for (int k = 0; k < d; k++)
        {
            q[k] = ParameterDistance.Coordinate(theta[k], _kernel.Scale(k));
            reach[k] = radius * _kernel.Bandwidth(k);
        }

        // The design points with a non-zero kernel weight: their sorted index, K_p and x_p = (u_p − ū)/h.
        int first = LowerBound(_pointU0, q[0] - reach[0]);
        var points = new List<int>();
        var kernelWeight = new List<double>();
        var scaled = new List<double>();
        for (int p = first; p < _pointU0.Length && _pointU0[p] <= q[0] + reach[0]; p++)
        {
            bool inside = true;
            for (int k = 0; k < d; k++)
            {
                distance[k] = q[k] - _pointU[p * d + k];
                inside &= Math.Abs(distance[k]) <= reach[k];
            }
            if (!inside) continue;
            double kp = _kernel.DensityUnchecked(distance);
            if (!(kp > 0)) continue;
            if (p == exclude) continue;
            points.Add(p);
            kernelWeight.Add(kp);
            for (int k = 0; k < d; k++) scaled.Add(-distance[k] / _kernel.Bandwidth(k));
        }
        int count = points.Count;
        var mu = new double[_bins];
        var w2 = new double[_bins];
        bool fellBack = false;
        if (count > 0)
        {
            // Each point's own estimate at the query's couplings and c τ₀: Y_{j,b}, its Σ w² V_{j,b} and Σ_b Y_{j,b}.
            var y = new double[count * _bins];
            var v = new double[count * _bins];
            var total = new double[count];
            double kappa = 1 / properDecayLengthCm;
            var batch = t_batch ??= new LifetimeBatch();
            for (int j = 0; j < count; j++)
            {
                PointSums(points[j], couplingScale, kappa, batch, y.AsSpan(j * _bins, _bins), v.AsSpan(j * _bins, _bins));
                for (int b = 0; b < _bins; b++) total[j] += y[j * _bins + b];
            }
            // Row 0 of hat: the weights ℓ_j of the level; rows 1..d: of the slopes per half-width.
            var hat = new double[(d + 1) * count];
            bool linear = Regression != KernelRegression.LocalConstant && LocalLinearWeights(kernelWeight, scaled, hat);
            fellBack = Regression != KernelRegression.LocalConstant && !linear;
            if (!linear)
            {
                double s0 = kernelWeight.Sum();
                for (int j = 0; j < count; j++) hat[j] = kernelWeight[j] / s0;
            }
            var tilt = new double[count];
            Array.Fill(tilt, 1.0);
            if (linear && Regression == KernelRegression.LogLinear)
            {
                // β ← β + b̃/ã from the local-linear level ã and slopes b̃ of the tilted totals, until the tilted values
                // have no slope left (a power law: one step to within the fit's curvature, exact at the fixed point).
                Span<double> beta = stackalloc double[d];
                for (int iteration = 0; iteration < TiltIterations; iteration++)
                {
                    double level = 0;
                    for (int j = 0; j < count; j++) level += hat[j] * tilt[j] * total[j];
                    if (!(level > 0)) break;
                    double change = 0;
                    for (int k = 0; k < d; k++)
                    {
                        double slope = 0;
                        for (int j = 0; j < count; j++) slope += hat[(k + 1) * count + j] * tilt[j] * total[j];
                        double next = Math.Clamp(beta[k] + slope / level, -MaxTilt, MaxTilt);
                        change = Math.Max(change, Math.Abs(next - beta[k]));
                        beta[k] = next;
                    }
                    for (int j = 0; j < count; j++)
                    {
                        double exponent = 0;
                        for (int k = 0; k < d; k++) exponent -= beta[k] * scaled[j * d + k];
                        tilt[j] = Math.Exp(exponent);
                    }
                    if (change < 1e-12) break;
                }
            }
            for (int j = 0; j < count; j++)
            {
                double f = hat[j] * tilt[j];
                for (int b = 0; b < _bins; b++)
                {
                    mu[b] += f * y[j * _bins + b];
                    w2[b] += f * f * v[j * _bins + b];
                }
            }
        }
        double signal = 0, variance = 0;
        for (int b = 0; b < _bins; b++)
        {
            expected[b] = Math.Max(0, mu[b]);
            if (sumOfSquares.Length != 0) sumOfSquares[b] = w2[b];
            signal += expected[b];
            variance += w2[b];
        }
        double ess = variance > 0 ? signal * signal / variance : 0;
        bool flagged = count < KernelPrediction.MinimumMassPoints(d) || fellBack;
        return new KernelPrediction(signal, Math.Sqrt(variance), ess, count, flagged);
    }

    /// <summary>The local-linear hat matrix H = A⁻¹ Xᵀ K (row c, point j at <c>hat[c · count + j]</c>) with
    /// A = Σ K_p x_p x_pᵀ, x_p = (1, scaled_p): row 0 gives the level's weights ℓ_j, rows 1..d the slopes' (per
    /// half-width); false if A is numerically singular (a pivot below 10⁻⁶ Σ K_p in the scaled coordinates, |x| ≤ 5).</summary>
    private bool LocalLinearWeights(List<double> kernelWeight, List<double> scaled, double[] hat)
    {
        int d = _d, r = d + 1, count = kernelWeight.Count;
        if (count < r) return false;
        var a = new double[r, 2 * r];   // augmented with the identity
        double s0 = 0;
        Span<double> x = stackalloc double[r];
        for (int j = 0; j < count; j++)
        {
            x[0] = 1;
            for (int k = 0; k < d; k++) x[k + 1] = scaled[j * d + k];
            for (int u = 0; u < r; u++)
                for (int v = 0; v < r; v++) a[u, v] += kernelWeight[j] * x[u] * x[v];
            s0 += kernelWeight[j];
        }
        for (int u = 0; u < r; u++) a[u, r + u] = 1;
        // Gauss–Jordan elimination with partial pivoting.
        for (int col = 0; col < r; col++)
        {
            int pivot = col;
            for (int row = col + 1; row < r; row++)
                if (Math.Abs(a[row, col]) > Math.Abs(a[pivot, col])) pivot = row;
            if (!(Math.Abs(a[pivot, col]) > SingularPivot * s0)) return false;
            if (pivot != col)
                for (int v = 0; v < 2 * r; v++) (a[col, v], a[pivot, v]) = (a[pivot, v], a[col, v]);
            for (int row = 0; row < r; row++)
            {
                if (row == col) continue;
                double f = a[row, col] / a[col, col];
                if (f == 0) continue;
                for (int v = col; v < 2 * r; v++) a[row, v] -= f * a[col, v];
            }
        }
        for (int c = 0; c < r; c++)
            for (int j = 0; j < count; j++)
            {
                double h = 0;
                for (int v = 0; v < r; v++) h += a[c, r + v] / a[c, c] * (v == 0 ? 1 : scaled[j * d + v - 1]);
                hat[c * count + j] = kernelWeight[j] * h;
            }
        return true;
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) low = mid + 1;
            else high = mid;
        }
        return low;
    }
}
