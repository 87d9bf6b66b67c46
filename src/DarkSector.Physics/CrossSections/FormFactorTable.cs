using DarkSector.Physics.FormFactors;

namespace DarkSector.Physics.CrossSections;

/// <summary>
/// A nuclear form factor tabulated on a uniform grid in Q = √Q² and interpolated by local cubics, for hot loops
/// (coherent dσ/dQ²); the interpolation error is measured against the exact form factor when the table is built.
/// </summary>
/// <remarks>
/// F(Q) is smooth and even in Q. The grid starts at 129 nodes on [0, Q_max] and is doubled (old midpoints become nodes)
/// until the largest |F_interp − F| at all interval midpoints is below the absolute tolerance (default 1e-7, i.e. ≤ 2e-7
/// relative in F² near Q = 0 where F ≈ 1). Beyond Q_max the exact form factor is evaluated. Model independent.
/// Immutable; allocation-free lookup; thread-safe.
/// </remarks>
internal sealed class FormFactorTable : INuclearFormFactor
{
    private readonly INuclearFormFactor _exact;
    private readonly double[] _values;
    private readonly double _step, _inverseStep, _maxQ;

    private FormFactorTable(INuclearFormFactor exact, double[] values, double maxQ, double error)
    {
        _exact = exact;
        _values = values;
        _maxQ = maxQ;
        _step = maxQ / (values.Length - 1);
        _inverseStep = 1 / _step;
        MeasuredMaxError = error;
    }

    /// <summary>Largest |F_interp − F| found at the midpoints of the final grid.</summary>
    public double MeasuredMaxError { get; }

    /// <summary>Number of nodes.</summary>
    public int NodeCount => _values.Length;

    /// <inheritdoc/>
    public FormFactorModel Model => _exact.Model;

    /// <inheritdoc/>
    public double RmsRadiusFm => _exact.RmsRadiusFm;

    /// <summary>Tabulates <paramref name="exact"/> on [0, <paramref name="maxQGeV"/>] to an absolute error ≤ <paramref name="tolerance"/>.</summary>
    /// <exception cref="DarkSectorException">The tolerance is not reached with 65537 nodes.</exception>
    public static FormFactorTable Create(INuclearFormFactor exact, double maxQGeV = 2.0, double tolerance = 1e-7)
    {
        ArgumentNullException.ThrowIfNull(exact);
        Check.Positive(maxQGeV);
        Check.InRange(tolerance, 1e-13, 0.1);
        if (exact is FormFactorTable table) return table;
        int n = 129;
        var values = new double[n];
        for (int i = 0; i < n; i++) { double q = maxQGeV * i / (n - 1); values[i] = exact.Evaluate(q * q); }
        while (true)
        {
            var candidate = new FormFactorTable(exact, values, maxQGeV, 0);
            var middles = new double[n - 1];
            double error = 0;
            for (int i = 0; i < n - 1; i++)
            {
                double q = maxQGeV * (i + 0.5) / (n - 1);
                middles[i] = exact.Evaluate(q * q);
                error = Math.Max(error, Math.Abs(candidate.Interpolate(q) - middles[i]));
            }
            if (error <= tolerance) return new FormFactorTable(exact, values, maxQGeV, error);
            if (2 * n - 1 > 65537)
                throw new DarkSectorException($"form factor table: interpolation error {Check.Format(error)} exceeds {Check.Format(tolerance)} with {n} nodes");
            var merged = new double[2 * n - 1];
            for (int i = 0; i < n - 1; i++) { merged[2 * i] = values[i]; merged[2 * i + 1] = middles[i]; }
            merged[^1] = values[^1];
            values = merged;
            n = merged.Length;
        }
    }

    /// <inheritdoc/>
    public double Evaluate(double q2GeV2)
    {
        double q = Math.Sqrt(q2GeV2);
        return q < _maxQ ? Interpolate(q) : _exact.Evaluate(q2GeV2);
    }

    private double Interpolate(double q)
    {
        var y = _values;
        double t = q * _inverseStep;
        int i = Math.Clamp((int)t, 1, y.Length - 3);
        double s = t - i;
        double ym = y[i - 1], y0 = y[i], y1 = y[i + 1], y2 = y[i + 2];
        double sm = s + 1, s1 = s - 1, s2 = s - 2;
        return (-ym * s * s1 * s2 + 3 * y0 * sm * s1 * s2 - 3 * y1 * sm * s * s2 + y2 * sm * s * s1) * (1.0 / 6.0);
    }
}
