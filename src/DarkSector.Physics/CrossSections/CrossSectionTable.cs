namespace DarkSector.Physics.CrossSections;

/// <summary>
/// σ(E) in cm² tabulated once and interpolated, for repeated evaluation (event generation, rates, scans), with an
/// interpolation error measured against the direct integral when the table is built.
/// </summary>
/// <remarks>
/// Grid: x = ln(E − E_th), uniform from x_lo = ln(10⁻⁶ (E_max − E_th)) to ln(E_max − E_th), so that the steep rise
/// just above threshold is resolved. Values: y = ln σ when σ &gt; 0 at every node (σ is then close to a power of
/// E − E_th near threshold and smooth in x), otherwise y = σ. Interpolation: 4-point Lagrange (local cubic) in x,
/// error O(h⁴). Building starts with 33 nodes and doubles the grid (the previous midpoints become nodes, so no
/// evaluation is wasted) until the largest relative deviation between the interpolant and the direct σ at all
/// interval midpoints is below the requested tolerance (deviations are taken relative to max σ on the grid where σ
/// is not positive everywhere). Between E_th and the first node, ln σ is extrapolated linearly in x (a power law in
/// E − E_th; σ there is below σ(E_th + 10⁻⁶ (E_max − E_th))). Immutable; thread-safe; lookup allocation-free.
/// </remarks>
public sealed class CrossSectionTable
{
    private const double LowerOffsetFraction = 1e-6;
    private const int InitialNodes = 33;
    private const int MaxNodes = 16385;

    private readonly double[] _y;
    private readonly double _x0, _inverseStep, _lastIndex;
    private readonly bool _logValues;

    private CrossSectionTable(double threshold, double maxEnergy, double x0, double step, double[] y, bool logValues, double error)
    {
        ThresholdEnergyGeV = threshold;
        MaxEnergyGeV = maxEnergy;
        _x0 = x0;
        _inverseStep = 1.0 / step;
        _y = y;
        _lastIndex = y.Length - 1;
        _logValues = logValues;
        MeasuredMaxRelativeError = error;
    }

    /// <summary>Threshold energy E_th in GeV: σ = 0 at and below it.</summary>
    public double ThresholdEnergyGeV { get; }

    /// <summary>Largest tabulated energy E_max in GeV.</summary>
    public double MaxEnergyGeV { get; }

    /// <summary>Number of grid nodes.</summary>
    public int NodeCount => _y.Length;

    /// <summary>Largest relative deviation of the interpolant from the direct σ found at the interval midpoints of the final grid.</summary>
    public double MeasuredMaxRelativeError { get; }

    /// <summary>Tabulates <see cref="IUpscatteringCrossSection.TotalCm2"/> of <paramref name="process"/> from its threshold to <paramref name="maxEnergyGeV"/>.</summary>
    /// <param name="process">The process.</param>
    /// <param name="maxEnergyGeV">E_max in GeV; &gt; threshold.</param>
    /// <param name="relativeTolerance">Interpolation tolerance; in [1e-9, 0.1].</param>
    /// <exception cref="ArgumentOutOfRangeException">E_max not above threshold, or tolerance out of range.</exception>
    /// <exception cref="DarkSectorException">The tolerance is not reached with 16385 nodes.</exception>
    public static CrossSectionTable Create(IUpscatteringCrossSection process, double maxEnergyGeV, double relativeTolerance = 1e-4)
    {
        ArgumentNullException.ThrowIfNull(process);
        return Create(process.TotalCm2, process.Kinematics.ThresholdEnergyGeV, maxEnergyGeV, relativeTolerance);
    }

    /// <summary>Tabulates an arbitrary σ(E) (cm²) that vanishes at and below <paramref name="thresholdGeV"/>, e.g. a sum of processes.</summary>
    /// <param name="sigmaCm2">σ(E) in cm², ≥ 0 and finite above threshold.</param>
    /// <param name="thresholdGeV">E_th in GeV; ≥ 0.</param>
    /// <param name="maxEnergyGeV">E_max in GeV; &gt; E_th.</param>
    /// <param name="relativeTolerance">Interpolation tolerance; in [1e-9, 0.1].</param>
    /// <exception cref="ArgumentOutOfRangeException">Bad limits or tolerance; σ negative or not finite.</exception>
    /// <exception cref="DarkSectorException">The tolerance is not reached with 16385 nodes.</exception>
    public static CrossSectionTable Create(Func<double, double> sigmaCm2, double thresholdGeV, double maxEnergyGeV, double relativeTolerance = 1e-4)
    {
        ArgumentNullException.ThrowIfNull(sigmaCm2);
        Check.NonNegative(thresholdGeV);
        Check.InRange(maxEnergyGeV, thresholdGeV * (1 + 1e-12) + double.Epsilon, double.MaxValue);
        Check.InRange(relativeTolerance, 1e-9, 0.1);

        double span = maxEnergyGeV - thresholdGeV;
        double x0 = Math.Log(LowerOffsetFraction * span), x1 = Math.Log(span);
        double Sigma(double x) => Check.NonNegative(sigmaCm2(thresholdGeV + Math.Exp(x)), "sigma(E)");

        int n = InitialNodes;
        var values = new double[n];
        for (int i = 0; i < n; i++) values[i] = Sigma(x0 + (x1 - x0) * i / (n - 1));
        while (true)
        {
            double step = (x1 - x0) / (n - 1);
            var middles = new double[n - 1];
            for (int i = 0; i < n - 1; i++) middles[i] = Sigma(x0 + (i + 0.5) * step);
            bool logValues = values.All(v => v > 0);
            var table = new CrossSectionTable(thresholdGeV, maxEnergyGeV, x0, step, Transform(values, logValues), logValues, 0);
            double scale = logValues ? 0 : Math.Max(values.Max(), middles.Max());
            double error = 0;
            for (int i = 0; i < n - 1; i++)
            {
                double exact = middles[i];
                double denominator = logValues ? exact : scale;
                if (denominator > 0) error = Math.Max(error, Math.Abs(table.Interpolate(x0 + (i + 0.5) * step) - exact) / denominator);
            }
            if (error <= relativeTolerance)
                return new CrossSectionTable(thresholdGeV, maxEnergyGeV, x0, step, Transform(values, logValues), logValues, error);
            if (2 * n - 1 > MaxNodes)
                throw new DarkSectorException($"sigma(E) table: interpolation error {Check.Format(error)} exceeds the tolerance {Check.Format(relativeTolerance)} with {n} nodes");
            var merged = new double[2 * n - 1];
            for (int i = 0; i < n - 1; i++) { merged[2 * i] = values[i]; merged[2 * i + 1] = middles[i]; }
            merged[^1] = values[^1];
            values = merged;
            n = merged.Length;
        }
    }

    /// <summary>σ(E) in cm² by interpolation; 0 at or below threshold.</summary>
    /// <param name="energyGeV">Neutrino energy in GeV; ≤ <see cref="MaxEnergyGeV"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">Energy not finite or above <see cref="MaxEnergyGeV"/>.</exception>
    public double Cm2(double energyGeV)
    {
        if (!(energyGeV <= MaxEnergyGeV)) throw OutOfRange(energyGeV);
        double offset = energyGeV - ThresholdEnergyGeV;
        if (!(offset > 0)) return 0.0;
        return Interpolate(Math.Log(offset));
    }

    private double Interpolate(double x)
    {
        double t = (x - _x0) * _inverseStep;
        var y = _y;
        double value;
        if (t < 0)
        {
            value = y[0] + t * (y[1] - y[0]);
            if (!_logValues) return Math.Max(0.0, value);
        }
        else
        {
            // Cubic through nodes i−1 … i+2 with i = ⌊t⌋, shifted inwards at the ends.
            int i = (int)Math.Min(t, _lastIndex - 1);
            i = Math.Clamp(i, 1, y.Length - 3);
            double s = t - i;
            double ym = y[i - 1], y0 = y[i], y1 = y[i + 1], y2 = y[i + 2];
            double sm = s + 1, s1 = s - 1, s2 = s - 2;
            value = (-ym * s * s1 * s2 + 3 * y0 * sm * s1 * s2 - 3 * y1 * sm * s * s2 + y2 * sm * s * s1) * (1.0 / 6.0);
            if (!_logValues) return value;
        }
        return Math.Exp(value);
    }

    private static double[] Transform(double[] values, bool logValues) =>
        logValues ? values.Select(v => Math.Log(v)).ToArray() : (double[])values.Clone();

    private ArgumentOutOfRangeException OutOfRange(double energyGeV) =>
        new(nameof(energyGeV), energyGeV, $"energyGeV = {Check.Format(energyGeV)} is outside the table (-inf, {Check.Format(MaxEnergyGeV)}]");
}
