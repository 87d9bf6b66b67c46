using System.Runtime.CompilerServices;

namespace DarkSector.Physics.FormFactors;

/// <summary>
/// A form factor tabulated on a uniform Q² grid and interpolated with four-point (cubic) Lagrange polynomials: a
/// fast stand-in for an exact model in hot loops such as coherent dσ/dQ² (targets.md).
/// </summary>
/// <remarks>
/// <para>Nodes Q²_k = k·Q²_max/n, k = 0..n, hold the exact values; between them F is the cubic through the four
/// nearest nodes (at the ends, the four end nodes). The interpolation error is O(h⁴ F⁗); with the defaults
/// (Q²_max = 1 GeV², n = 8192) it is below 1e-8 in absolute terms for every tabulated nucleus, including Pb208
/// (tested). F(0) is exact. Above Q²_max the exact model is evaluated.</para>
/// <para>Immutable, thread-safe; evaluation is allocation-free (no √, no transcendental function). Memory: 8(n + 1) bytes.</para>
/// </remarks>
public sealed class TabulatedFormFactor : INuclearFormFactor
{
    /// <summary>Default upper end of the table, Q²_max = 1 GeV² (Q = 1 GeV, past the coherent range).</summary>
    public const double DefaultMaxQ2GeV2 = 1.0;

    /// <summary>Default number of grid intervals.</summary>
    public const int DefaultIntervals = 8192;

    private readonly double[] _values;
    private readonly double _inverseStep;
    private readonly int _lastStart; // largest first index of a four-node stencil

    /// <summary>Tabulates <paramref name="exact"/> on [0, <paramref name="maxQ2GeV2"/>] with <paramref name="intervals"/> intervals.</summary>
    /// <param name="exact">The model to tabulate.</param>
    /// <param name="maxQ2GeV2">Q²_max in GeV²; &gt; 0.</param>
    /// <param name="intervals">Number of grid intervals n; ≥ 3.</param>
    /// <exception cref="ArgumentOutOfRangeException">Q²_max not positive or n &lt; 3.</exception>
    public TabulatedFormFactor(INuclearFormFactor exact, double maxQ2GeV2 = DefaultMaxQ2GeV2, int intervals = DefaultIntervals)
    {
        ArgumentNullException.ThrowIfNull(exact);
        Exact = exact;
        MaxQ2GeV2 = Check.Positive(maxQ2GeV2);
        Check.AtLeast(intervals, 3);
        double step = maxQ2GeV2 / intervals;
        _inverseStep = 1.0 / step;
        _values = new double[intervals + 1];
        for (int k = 0; k <= intervals; k++) _values[k] = exact.Evaluate(k == intervals ? maxQ2GeV2 : k * step);
        _lastStart = intervals - 3;
    }

    /// <summary>The exact model behind the table.</summary>
    public INuclearFormFactor Exact { get; }

    /// <summary>Upper end of the table in GeV²; above it the exact model is evaluated.</summary>
    public double MaxQ2GeV2 { get; }

    /// <summary>The model of <see cref="Exact"/>.</summary>
    public FormFactorModel Model => Exact.Model;

    /// <summary>The rms radius of <see cref="Exact"/> in fm.</summary>
    public double RmsRadiusFm => Exact.RmsRadiusFm;

    /// <inheritdoc />
    public double Evaluate(double q2GeV2)
    {
        FormFactorGuard.CheckQ2(q2GeV2);
        return q2GeV2 < MaxQ2GeV2 ? Interpolate(q2GeV2) : Exact.Evaluate(q2GeV2);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Interpolate(double q2)
    {
        double t = q2 * _inverseStep;
        int start = Math.Clamp((int)t - 1, 0, _lastStart);   // nodes start .. start+3
        double u = t - (start + 1);                          // position relative to node start+1, in [−1, 2]
        ReadOnlySpan<double> f = _values.AsSpan(start, 4);
        double um1 = u - 1, um2 = u - 2, up1 = u + 1;
        return (-u * um1 * um2 * f[0] + 3 * up1 * um1 * um2 * f[1] - 3 * up1 * u * um2 * f[2] + up1 * u * um1 * f[3]) * (1.0 / 6.0);
    }
}
