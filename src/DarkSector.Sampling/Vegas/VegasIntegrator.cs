using DarkSector.Physics;
using DarkSector.Sampling.Randomness;

namespace DarkSector.Sampling.Vegas;

/// <summary>
/// VEGAS+ adaptive Monte Carlo integration (Lepage 1978; Lepage 2021, "vegas enhanced"): an adaptive map of the
/// variables combined with adaptive stratified sampling over hypercubes of the unit y-space.
/// </summary>
/// <remarks>
/// Each iteration splits y-space into N_h = Π_d s_d hypercubes, s_d = ⌊((1 − f_a) n / 2)^{1/D}⌋ (or one more on the
/// first axes, so that N_h ≈ (1 − f_a) n/2), and gives hypercube h n_h = n_min + ⌊f_a n σ_h^β / Σ σ^β⌋ points, with
/// n_min = (1 − f_a) n / N_h ≥ 2 and σ_h² the variance of f J in h from the previous iteration (Lepage 2021 §3,
/// eqs. 16–20, as implemented in vegas). The estimate is I = Σ_h ⟨f J⟩_h / N_h with variance Σ_h Var_h(f J)/(N_h² n_h);
/// (f J / N_h)² trains the map (<see cref="AdaptiveMap"/>).
/// Determinism: the points of an iteration are laid out hypercube by hypercube and cut into batches of a fixed size
/// (2048 points, independent of the machine); batch b of pass k draws from <see cref="RandomStream"/>(seed, k·2³² + b),
/// and all sums run sequentially in point order after the parallel evaluation. The same seed and settings therefore give
/// bit-identical results for any number of threads. The pass counter k continues across calls on one integrator, so a
/// new integrator with the same seed and the same calls reproduces a run. Not thread-safe (one run at a time).
/// </remarks>
internal sealed partial class VegasIntegrator
{
    internal const int BatchSize = 2048;
    private readonly AdaptiveMap _map;
    private int[] _strata = [];
    private int _hypercubes;
    private double[] _sigma = [];
    private double _sumSigma;
    private int _minPerHypercube;
    private ulong _pass;
    private double[] _values = [];
    private ushort[] _increments = [];
    private int[] _perCube = [];
    private long[] _start = [];
    private readonly System.Collections.Concurrent.ConcurrentBag<Workspace> _workspaces = []; // reused across passes (each ~300 kB: LOH)

    /// <summary>Creates an integrator over the domain of <paramref name="map"/> (copied; the integrator adapts its own copy).</summary>
    /// <param name="map">Initial map, e.g. a reloaded adapted map or <see cref="AdaptiveMap.UnitHypercube"/>.</param>
    public VegasIntegrator(AdaptiveMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        _map = map.Clone();
    }

    /// <summary>Creates an integrator over the unit hypercube [0, 1)^<paramref name="dimension"/>.</summary>
    /// <param name="dimension">Number of variables; ≥ 1.</param>
    public VegasIntegrator(int dimension) : this(AdaptiveMap.UnitHypercube(dimension)) { }

    /// <summary>An independent copy of the adaptation state (map, stratification with its σ_h, pass counter) without the
    /// pass buffers: the copy's later passes are bit-identical to the ones this integrator would run next.</summary>
    public VegasIntegrator Clone()
    {
        var copy = new VegasIntegrator(_map.Clone())
        {
            _strata = (int[])_strata.Clone(), _hypercubes = _hypercubes, _sigma = (double[])_sigma.Clone(), _sumSigma = _sumSigma,
            _minPerHypercube = _minPerHypercube, _pass = _pass,
        };
        return copy;
    }

    /// <summary>The current (adapted) map; save it with <see cref="AdaptiveMap.Save"/> to reuse the adaptation.</summary>
    public AdaptiveMap Map => _map;

    /// <summary>Number of variables.</summary>
    public int Dimension => _map.Dimension;

    /// <summary>Runs the warm-up iterations, then the production iterations, and returns their weighted average.</summary>
    /// <typeparam name="TIntegrand">The integrand type; a struct gets a specialised loop.</typeparam>
    /// <param name="integrand">The function; its dimension must equal <see cref="Dimension"/>.</param>
    /// <param name="options">Iterations, evaluations, damping, seed.</param>
    /// <param name="progress">Optional observer told about each finished iteration (from the calling thread).</param>
    /// <exception cref="ArgumentException">Dimension mismatch.</exception>
    /// <exception cref="DarkSectorException">The integrand returned a non-finite value.</exception>
    public VegasResult Integrate<TIntegrand>(TIntegrand integrand, VegasOptions options, IProgress<VegasIteration>? progress = null)
        where TIntegrand : IBatchIntegrand
    {
        CheckIntegrand(integrand, options);
        var iterations = new List<VegasIteration>(options.WarmupIterations + options.Iterations);
        for (int k = 0; k < options.WarmupIterations + options.Iterations; k++)
        {
            bool warmup = k < options.WarmupIterations;
            int n = warmup ? options.WarmupEvaluations : options.Evaluations;
            var (integral, variance, count) = RunPass(integrand, n, options, adapt: warmup || options.AdaptDuringProduction, null, null);
            var iteration = new VegasIteration(k, warmup, integral, Math.Sqrt(variance), count);
            iterations.Add(iteration);
            progress?.Report(iteration);
        }
        return VegasResult.Combine(iterations);
    }

    /// <summary>
    /// Draws about <paramref name="evaluations"/> weighted points from the current map and stratification, without
    /// adapting; Σ w_i estimates the integral (see <see cref="VegasSample"/>).
    /// </summary>
    /// <param name="integrand">The function; its dimension must equal <see cref="Dimension"/>.</param>
    /// <param name="evaluations">Approximate number of points; ≥ 2.</param>
    /// <param name="options">Seed, parallelism, β and adaptive fraction (iteration counts are ignored).</param>
    /// <exception cref="DarkSectorException">The integrand returned a non-finite value.</exception>
    public VegasSample Sample<TIntegrand>(TIntegrand integrand, int evaluations, VegasOptions options)
        where TIntegrand : IBatchIntegrand
    {
        CheckIntegrand(integrand, options);
        Check.AtLeast(evaluations, 2);
        double[]? points = null, weights = null;
        var (integral, variance, _) = RunPass(integrand, evaluations, options, adapt: false, p => points = p, w => weights = w, keepStrata: true);
        return new VegasSample(Dimension, points!, weights!, integral, Math.Sqrt(variance));
    }

    private void CheckIntegrand<TIntegrand>(TIntegrand integrand, VegasOptions options) where TIntegrand : IBatchIntegrand
    {
        ArgumentNullException.ThrowIfNull(integrand);
        ArgumentNullException.ThrowIfNull(options);
        if (integrand.Dimension != Dimension)
            throw new ArgumentException($"integrand dimension = {integrand.Dimension} must equal the map dimension {Dimension}", nameof(integrand));
    }

    /// <summary>Chooses strata per axis, increments per axis and the minimum points per hypercube for n evaluations (vegas' rules).</summary>
    private void Configure(int n, VegasOptions options)
    {
        int dim = Dimension;
        double fraction = options.Beta > 0 ? options.AdaptiveFraction : 0.0;
        double target = Math.Max(1.0, (1 - fraction) * n / 2.0);
        int ns = Math.Max(1, (int)(Math.Pow(target, 1.0 / dim) * (1 + 1e-12)));
        int extra = (int)((Math.Log(target) - dim * Math.Log(ns)) / Math.Log(1 + 1.0 / ns) + 1e-9);
        extra = Math.Clamp(extra, 0, dim);
        var strata = new int[dim];
        for (int d = 0; d < dim; d++) strata[d] = d < extra ? ns + 1 : ns;
        if (!strata.AsSpan().SequenceEqual(_strata))
        {
            _strata = strata;
            long cubes = 1;
            foreach (int s in strata) cubes *= s;
            _hypercubes = checked((int)cubes);
            _sigma = new double[_hypercubes];
            Array.Fill(_sigma, 1.0);
            _sumSigma = _hypercubes;
        }
        int ni = Math.Max(1, Math.Min(n / 10, options.MaxIncrementsPerAxis));
        for (int d = 0; d < dim; d++)
        {
            int ninc = ni >= _strata[d] ? ni / _strata[d] * _strata[d] : Math.Min(_strata[d], 65535);
            _map.SetIncrements(d, ninc);
        }
        _minPerHypercube = _hypercubes == 1 ? n : Math.Max(2, (int)((1 - fraction) * n / _hypercubes));
    }

    /// <summary>Lays out the points of a pass of about n evaluations hypercube by hypercube (<c>_perCube</c>, <c>_start</c>);
    /// returns the number of points.</summary>
    private int Layout(int n, VegasOptions options, bool keepStrata)
    {
        // Sampling after adaptation keeps the learned strata and their σ_h if n can give every hypercube 2 points.
        if (keepStrata && _hypercubes > 1 && n >= 2 * _hypercubes)
            _minPerHypercube = Math.Max(2, (int)((1 - (options.Beta > 0 ? options.AdaptiveFraction : 0.0)) * n / _hypercubes));
        else Configure(n, options);
        int dim = Dimension, cubes = _hypercubes;
        bool adaptiveStrata = options.Beta > 0 && cubes > 1 && _sumSigma > 0;
        double perSigma = adaptiveStrata ? options.AdaptiveFraction * n / _sumSigma : 0.0;
        if (_start.Length != cubes + 1) // reused while the stratification stays (the binary search needs the exact length)
        {
            _perCube = new int[cubes];
            _start = new long[cubes + 1];
        }
        var perCube = _perCube;
        var start = _start;
        int uniform = Math.Max(2, n / cubes);
        for (int h = 0; h < cubes; h++)
        {
            long count = adaptiveStrata ? _minPerHypercube + (long)(_sigma[h] * perSigma) : uniform;
            perCube[h] = (int)Math.Min(count, 1_000_000_000L);
            start[h + 1] = start[h] + perCube[h];
        }
        long total = start[cubes];
        if (total * dim > Array.MaxLength) throw new DarkSectorException($"VEGAS pass of {total} points × {dim} dimensions is too large; reduce the evaluations");
        return (int)total;
    }

    /// <summary>One pass over all hypercubes: parallel evaluation in fixed batches, then sequential sums in point order.</summary>
    private (double Integral, double Variance, long Count) RunPass<TIntegrand>(
        TIntegrand integrand, int n, VegasOptions options, bool adapt, Action<double[]>? keepPoints, Action<double[]>? keepWeights,
        bool keepStrata = false)
        where TIntegrand : IBatchIntegrand
    {
        int points = Layout(n, options, keepStrata);
        int dim = Dimension, cubes = _hypercubes;
        var perCube = _perCube;
        var start = _start;
        if (_values.Length < points) _values = new double[points];
        if (_increments.Length < points * dim) _increments = new ushort[points * dim];
        double[]? xs = keepPoints is null ? null : new double[points * dim];

        ulong seed = options.Seed, pass = _pass++;
        int batches = (points + BatchSize - 1) / BatchSize;
        var values = _values;
        var increments = _increments;
        var strata = _strata;
        var map = _map;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };
        var workspaces = _workspaces;
        Parallel.For(0, batches, parallel,
            () => workspaces.TryTake(out var work) ? work : new Workspace(dim),
            (b, _, work) =>
            {
                var stream = RandomStream.Create(seed, (pass << 32) | (uint)b);
                EvaluateBatch(integrand, map, strata, start, b, points, ref stream, work, values, increments, xs, 0);
                return work;
            },
            workspaces.Add);

        // Sequential reduction in point order: identical for any thread count.
        double dv = 1.0 / cubes, integral = 0, variance = 0, sumSigma = 0, halfBeta = options.Beta / 2;
        bool train = adapt && options.Alpha > 0, learnStrata = adapt && options.Beta > 0 && cubes > 1;
        double[]? weights = keepWeights is null ? null : new double[points];
        var (trainSum, trainCount) = train ? map.TrainingAccumulators() : (null!, null!);
        for (int h = 0; h < cubes; h++)
        {
            int m = perCube[h];
            long s = start[h];
            double sum = 0, sum2 = 0;
            for (long i = s; i < s + m; i++)
            {
                double v = values[i];
                if (!double.IsFinite(v)) throw NonFinite(v, xs, i, dim);
                double fdv = v * dv, wf = fdv / m;
                sum += wf;
                sum2 += wf * wf;
                if (weights is not null) weights[i] = wf;
                if (train)
                {
                    double f2 = fdv * fdv;
                    for (int d = 0; d < dim; d++)
                    {
                        int inc = increments[i * dim + d];
                        trainSum[d][inc] += f2;
                        trainCount[d][inc] += 1;
                    }
                }
            }
            integral += sum;
            double spread = sum2 * m - sum * sum;
            double cubeVariance = spread / (m - 1);
            variance += 1e-14 * sum2 > cubeVariance ? 1e-14 * sum2 : cubeVariance;
            if (learnStrata)
            {
                _sigma[h] = Math.Pow(Math.Abs(spread), halfBeta);
                sumSigma += _sigma[h];
            }
        }
        if (learnStrata) _sumSigma = sumSigma;
        if (train) map.Adapt(options.Alpha);
        if (xs is not null) keepPoints!(xs);
        if (weights is not null) keepWeights!(weights);
        return (integral, variance, points);
    }

    private static DarkSectorException NonFinite(double v, double[]? xs, long i, int dim) =>
        new($"the integrand returned {v} (not finite) at point {i}" +
            (xs is null ? "" : " x = (" + string.Join(", ", xs.AsSpan((int)(i * dim), dim).ToArray()) + ")"));

    private static void EvaluateBatch<TIntegrand>(
        TIntegrand integrand, AdaptiveMap map, int[] strata, long[] start, int batch, int points, ref RandomStream stream,
        Workspace work, double[] values, ushort[] increments, double[]? xs, int offset)
        where TIntegrand : IBatchIntegrand
    {
        // offset: index of the first point the arrays hold (0 for a whole pass, the batch's first point for one batch)
        int dim = strata.Length;
        int first = batch * BatchSize, count = Math.Min(BatchSize, points - first);
        // Hypercube of the first point: last h with start[h] <= first.
        int h = Array.BinarySearch(start, (long)first);
        if (h < 0) h = ~h - 1;
        while (start[h + 1] <= first) h++;
        Decode(h, strata, work.Coordinates);
        var x = work.X;
        var uniforms = work.Uniforms.AsSpan(0, count * dim);
        stream.Fill(uniforms);
        for (int k = 0; k < count; k++)
        {
            int i = first + k;
            while (start[h + 1] <= i) Decode(++h, strata, work.Coordinates);
            double jac = 1;
            for (int d = 0; d < dim; d++)
            {
                double y = (work.Coordinates[d] + uniforms[k * dim + d]) / strata[d];
                x[k * dim + d] = map.MapAxis(d, y, out double j, out int inc);
                jac *= j;
                increments[(i - offset) * dim + d] = (ushort)inc;
            }
            work.Jacobian[k] = jac;
        }
        var f = work.F.AsSpan(0, count);
        integrand.Evaluate(x.AsSpan(0, count * dim), f);
        for (int k = 0; k < count; k++) values[first - offset + k] = f[k] * work.Jacobian[k];
        if (xs is not null) x.AsSpan(0, count * dim).CopyTo(xs.AsSpan((first - offset) * dim));
    }

    private static void Decode(int h, int[] strata, int[] coordinates)
    {
        for (int d = 0; d < strata.Length; d++)
        {
            coordinates[d] = h % strata[d];
            h /= strata[d];
        }
    }

    private sealed class Workspace(int dim)
    {
        public readonly double[] X = new double[BatchSize * dim];
        public readonly double[] Uniforms = new double[BatchSize * dim];
        public readonly double[] Jacobian = new double[BatchSize];
        public readonly double[] F = new double[BatchSize];
        public readonly int[] Coordinates = new int[dim];
    }
}
