using System.Globalization;
using DarkSector.Physics;
using DarkSector.Sampling.Geometry;

namespace DarkSector.Sampling.Reweighting;

/// <summary>
/// The per-event inputs of parameter-space reweighting (method.md, "Weights"): the sampled parameters θ_i that change
/// the kinematics (e.g. m_N, m_Z'), the weight at the reference couplings, the prior q(θ_i), the analysis bin, and the
/// passages of the N line of flight through the fiducial volumes with its βγ, from which the lifetime weight is
/// recomputed at any c τ₀.
/// </summary>
/// <remarks>
/// The weight w_i is the product of every factor that does not depend on the query point: generator weight ×
/// branching ratio × exposure, at the couplings of generation (a query multiplies by the exact coupling ratio).
/// Crossings are stored as proper-time distances a_ij/βγ_i and b_ij/βγ_i (cm, single precision, relative rounding
/// 6·10⁻⁸) with the selection efficiency ε_ij for a decay in that crossing, so that the lifetime weight times the
/// selection, w_τ,i·w_eff,i = Σ_j ε_ij [exp(−a_ij/(βγ_i cτ₀)) − exp(−b_ij/(βγ_i cτ₀))], costs two exponentials per
/// crossing and follows the decay point when c τ₀ moves the decays from one fiducial volume to another (method.md,
/// "Weights"). Memory: 8 B per parameter, 8 B weight, 8 B prior, 2 B bin, 4 B offset and 12 B per crossing — about
/// 50 B per event with (m_N, m_Z') and one crossing, on top of (and independent of) the <see cref="Events.EventSample"/>.
/// Not thread-safe for writing.
/// </remarks>
public sealed partial class ReweightingEvents
{
    private double[] _theta;       // row-major n × d
    private double[] _weight;
    private double[] _prior;
    private ushort[] _bin;
    private int[] _offset;         // n + 1 entries
    private float[] _entry;        // a_ij / βγ_i, cm
    private float[] _exit;         // b_ij / βγ_i, cm
    private float[] _efficiency;   // ε_ij: selection efficiency for a decay in crossing j
    private int _crossings;

    /// <summary>Creates an empty set.</summary>
    /// <param name="parameterCount">Number of kernel parameters d per event; 1 to 4.</param>
    /// <param name="binCount">Number of analysis bins; 1 to 65 535.</param>
    /// <param name="measure">Measure of the prior density passed to <see cref="Add"/>.</param>
    /// <param name="capacity">Initial capacity in events; ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument outside its range.</exception>
    public ReweightingEvents(int parameterCount, int binCount, PriorMeasure measure = PriorMeasure.LogParameters, int capacity = 0)
    {
        Check.InRange(parameterCount, 1, 4);
        Check.InRange(binCount, 1, ushort.MaxValue);
        Check.AtLeast(capacity, 0);
        if (!Enum.IsDefined(measure)) throw new ArgumentOutOfRangeException(nameof(measure), measure, $"measure = {measure} is not defined");
        (ParameterCount, BinCount, Measure) = (parameterCount, binCount, measure);
        _theta = new double[capacity * parameterCount];
        _weight = new double[capacity];
        _prior = new double[capacity];
        _bin = new ushort[capacity];
        _offset = new int[capacity + 1];
        _entry = new float[capacity];
        _exit = new float[capacity];
        _efficiency = new float[capacity];
    }

    /// <summary>Number of kernel parameters d.</summary>
    public int ParameterCount { get; }

    /// <summary>Number of analysis bins.</summary>
    public int BinCount { get; }

    /// <summary>Measure of the stored prior densities.</summary>
    public PriorMeasure Measure { get; }

    /// <summary>Number of events.</summary>
    public int Count { get; private set; }

    /// <summary>Bytes held per event (averaged over the stored crossings).</summary>
    public double BytesPerEvent => Count == 0 ? 0 : (Count * (8.0 * ParameterCount + 8 + 8 + 2 + 4) + 12.0 * _crossings) / Count;

    /// <summary>Appends one event.</summary>
    /// <param name="theta">Its kernel parameters θ_i (length d; &gt; 0, in the units the queries use, e.g. GeV).</param>
    /// <param name="weight">w_i at the generation couplings (generator × BR × exposure, and any selection factor not
    /// given per crossing); finite, ≥ 0.</param>
    /// <param name="prior">q(θ_i) in <see cref="Measure"/>; finite, &gt; 0.</param>
    /// <param name="bin">Analysis bin, 0 to <see cref="BinCount"/> − 1.</param>
    /// <param name="betaGamma">βγ = |p_N|/m_N of the N; finite, &gt; 0.</param>
    /// <param name="crossings">Passages of the N line of flight through the fiducial volumes, cm from the production
    /// point (disjoint, from a ray query; parts at negative distance are clipped to 0).</param>
    /// <param name="efficiencies">Selection efficiency ε_j in [0, 1] for a decay in each crossing (same length as
    /// <paramref name="crossings"/>), or empty for ε_j = 1.</param>
    /// <exception cref="ArgumentException">Wrong parameter count or an argument outside its range.</exception>
    internal void Add(ReadOnlySpan<double> theta, double weight, double prior, int bin, double betaGamma, ReadOnlySpan<RaySegment> crossings,
        ReadOnlySpan<float> efficiencies = default)
    {
        if (theta.Length != ParameterCount)
            throw new ArgumentException($"theta has {theta.Length} entries; expected {ParameterCount}", nameof(theta));
        for (int k = 0; k < theta.Length; k++)
            if (!(theta[k] > 0) || !double.IsFinite(theta[k]))
                throw new ArgumentOutOfRangeException(nameof(theta), theta[k], $"theta[{k}] = {Format(theta[k])} must be finite and > 0");
        if (!double.IsFinite(weight) || weight < 0)
            throw new ArgumentOutOfRangeException(nameof(weight), weight, $"weight = {Format(weight)} must be finite and >= 0");
        Check.Positive(prior);
        Check.InRange(bin, 0, BinCount - 1);
        Check.Positive(betaGamma);
        if (efficiencies.Length != 0 && efficiencies.Length != crossings.Length)
            throw new ArgumentException($"efficiencies has {efficiencies.Length} entries for {crossings.Length} crossings (or pass it empty)", nameof(efficiencies));
        foreach (float e in efficiencies)
            if (!(e >= 0 && e <= 1))
                throw new ArgumentOutOfRangeException(nameof(efficiencies), e, $"efficiency = {Format(e)} must be in [0, 1]");
        if (Count == _weight.Length) Resize(Math.Max(16, 2 * Count));
        int n = 0;
        foreach (var s in crossings)
        {
            double a = Math.Max(0, s.Entry), b = s.Exit;
            if (b > a) n++;
        }
        if (_crossings + n > _entry.Length)
        {
            int size = Math.Max(_crossings + n, 2 * _entry.Length);
            Array.Resize(ref _entry, size);
            Array.Resize(ref _exit, size);
            Array.Resize(ref _efficiency, size);
        }
        for (int j = 0; j < crossings.Length; j++)
        {
            double a = Math.Max(0, crossings[j].Entry), b = crossings[j].Exit;
            if (!(b > a)) continue;
            _entry[_crossings] = (float)(a / betaGamma);
            _exit[_crossings] = (float)(b / betaGamma);
            _efficiency[_crossings] = efficiencies.Length == 0 ? 1f : efficiencies[j];
            _crossings++;
        }
        int i = Count++;
        theta.CopyTo(_theta.AsSpan(i * ParameterCount, ParameterCount));
        _weight[i] = weight;
        _prior[i] = prior;
        _bin[i] = (ushort)bin;
        _offset[i + 1] = _crossings;
    }

    /// <summary>The expected signal per bin for a sample generated at one parameter point (no kernel):
    /// μ_b = Σ_{i in b} w_i · s · Σ_j ε_ij [exp(−a_ij/(βγ_i cτ₀)) − exp(−b_ij/(βγ_i cτ₀))].</summary>
    /// <remarks>Exact coupling and lifetime reweighting at fixed masses (method.md, "Weights"); θ and the prior are ignored.</remarks>
    /// <param name="couplingScale">Coupling ratio s to the generation point; finite, ≥ 0.</param>
    /// <param name="properDecayLengthCm">c τ₀, cm; &gt; 0 (+∞ allowed).</param>
    /// <param name="expected">Receives μ_b; length <see cref="BinCount"/>.</param>
    /// <param name="sumOfSquares">Receives Σ w² per bin; same length, or empty.</param>
    /// <exception cref="ArgumentException">Wrong lengths or an argument outside its range.</exception>
    public void PredictAtSampledPoint(double couplingScale, double properDecayLengthCm, Span<double> expected, Span<double> sumOfSquares)
    {
        KernelReweighter.CheckScalars(couplingScale, properDecayLengthCm);
        if (expected.Length != BinCount) throw new ArgumentException($"expected has {expected.Length} entries for {BinCount} bins", nameof(expected));
        if (sumOfSquares.Length != 0 && sumOfSquares.Length != BinCount)
            throw new ArgumentException($"sumOfSquares has {sumOfSquares.Length} entries for {BinCount} bins (or pass it empty)", nameof(sumOfSquares));
        expected.Clear();
        sumOfSquares.Clear();
        double inverse = 1.0 / properDecayLengthCm;
        for (int i = 0; i < Count; i++)
        {
            double p = 0;
            for (int j = _offset[i]; j < _offset[i + 1]; j++)
            {
                double a = _entry[j] * inverse, b = _exit[j] * inverse;
                p += _efficiency[j] * Math.Exp(-a) * -StableMath.ExpM1(a - b);
            }
            double w = _weight[i] * couplingScale * p;
            expected[_bin[i]] += w;
            if (sumOfSquares.Length != 0) sumOfSquares[_bin[i]] += w * w;
        }
    }

    /// <summary>Appends all events of <paramref name="other"/> (same parameter count, bins and measure), in order.</summary>
    /// <exception cref="ArgumentException">The shapes differ.</exception>
    public void AddRange(ReweightingEvents other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.ParameterCount != ParameterCount || other.BinCount != BinCount || other.Measure != Measure)
            throw new ArgumentException($"other has {other.ParameterCount} parameters, {other.BinCount} bins, {other.Measure}; this {ParameterCount}, {BinCount}, {Measure}", nameof(other));
        int n = other.Count;
        if (Count + n > _weight.Length) Resize(Math.Max(Count + n, 2 * _weight.Length));
        if (_crossings + other._crossings > _entry.Length)
        {
            Array.Resize(ref _entry, _crossings + other._crossings);
            Array.Resize(ref _exit, _crossings + other._crossings);
            Array.Resize(ref _efficiency, _crossings + other._crossings);
        }
        other.Theta.CopyTo(_theta.AsSpan(Count * ParameterCount));
        other.Weight.CopyTo(_weight.AsSpan(Count));
        other.Prior.CopyTo(_prior.AsSpan(Count));
        other.Bin.CopyTo(_bin.AsSpan(Count));
        other.ProperEntry.CopyTo(_entry.AsSpan(_crossings));
        other.ProperExit.CopyTo(_exit.AsSpan(_crossings));
        other.Efficiency.CopyTo(_efficiency.AsSpan(_crossings));
        for (int i = 0; i < n; i++) _offset[Count + i + 1] = _crossings + other._offset[i + 1];
        Count += n;
        _crossings += other._crossings;
    }

    internal ReadOnlySpan<double> Theta => _theta.AsSpan(0, Count * ParameterCount);
    internal ReadOnlySpan<double> Weight => _weight.AsSpan(0, Count);
    internal ReadOnlySpan<double> Prior => _prior.AsSpan(0, Count);
    internal ReadOnlySpan<ushort> Bin => _bin.AsSpan(0, Count);
    internal ReadOnlySpan<int> Offset => _offset.AsSpan(0, Count + 1);
    internal ReadOnlySpan<float> ProperEntry => _entry.AsSpan(0, _crossings);
    internal ReadOnlySpan<float> ProperExit => _exit.AsSpan(0, _crossings);
    internal ReadOnlySpan<float> Efficiency => _efficiency.AsSpan(0, _crossings);

    private void Resize(int capacity)
    {
        Array.Resize(ref _theta, capacity * ParameterCount);
        Array.Resize(ref _weight, capacity);
        Array.Resize(ref _prior, capacity);
        Array.Resize(ref _bin, capacity);
        Array.Resize(ref _offset, capacity + 1);
    }

    private static string Format(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
