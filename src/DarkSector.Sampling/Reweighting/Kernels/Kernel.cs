using System.Runtime.CompilerServices;
using DarkSector.Physics;
using MathNet.Numerics;

namespace DarkSector.Sampling.Reweighting.Kernels;

/// <summary>
/// A d-dimensional smoothing kernel with a bandwidth and a distance scale per axis, normalised to integrate to exactly
/// 1 over the distance variables.
/// </summary>
/// <remarks>
/// With u_k = d_k/h_k (d_k the distance on axis k, h_k its bandwidth) the kernel density in distance space is
/// K(u)/Π_k h_k, where (Silverman 1986, §4.2; Scott 1992, §6.3)
/// <list type="bullet">
/// <item>product Epanechnikov: (3/4)^d Π_k (1 − u_k²) for all |u_k| &lt; 1;</item>
/// <item>spherical Epanechnikov: (d + 2)/(2 V_d) (1 − |u|²) for |u| &lt; 1, V_d = π^(d/2)/Γ(d/2 + 1) the unit-ball
/// volume (in 2-D the constant is 2/π; the public code of the seed paper uses 1/[4(1 − 1/√3)], 7.6% too small);</item>
/// <item>Gaussian (either form): (2π)^(−d/2) exp(−|u|²/2).</item>
/// </list>
/// The bandwidth h_k is the half-width of the support for the Epanechnikov kernel and the standard deviation for the
/// Gaussian. Immutable and thread-safe; evaluation allocates nothing.
/// </remarks>
public sealed class Kernel
{
    private readonly double[] _inverseBandwidth;
    private readonly DistanceScale[] _scales;
    private readonly double _normalisation; // constant times Π 1/h_k

    /// <summary>Creates a kernel.</summary>
    /// <param name="shape">Kernel profile.</param>
    /// <param name="form">Product or spherical.</param>
    /// <param name="bandwidths">Bandwidth per axis, in the distance variable (decades for <see cref="DistanceScale.Log10"/>); each &gt; 0; 1 to 16 axes.</param>
    /// <param name="scales">Distance scale per axis; same length as <paramref name="bandwidths"/>.</param>
    /// <exception cref="ArgumentException">Lengths differ or are outside 1 to 16, a bandwidth is not positive, or an enum value is undefined.</exception>
    public Kernel(KernelShape shape, KernelForm form, ReadOnlySpan<double> bandwidths, ReadOnlySpan<DistanceScale> scales)
    {
        if (!Enum.IsDefined(shape)) throw new ArgumentOutOfRangeException(nameof(shape), shape, $"shape = {shape} is not defined");
        if (!Enum.IsDefined(form)) throw new ArgumentOutOfRangeException(nameof(form), form, $"form = {form} is not defined");
        if (bandwidths.Length is < 1 or > 16)
            throw new ArgumentException($"bandwidths has {bandwidths.Length} axes; allowed 1 to 16", nameof(bandwidths));
        if (scales.Length != bandwidths.Length)
            throw new ArgumentException($"scales has {scales.Length} axes, bandwidths {bandwidths.Length}", nameof(scales));
        Shape = shape;
        Form = form;
        _inverseBandwidth = new double[bandwidths.Length];
        _scales = scales.ToArray();
        double normalisation = UnitNormalisation(shape, form, bandwidths.Length);
        for (int k = 0; k < bandwidths.Length; k++)
        {
            Check.Positive(bandwidths[k], $"bandwidths[{k}]");
            if (!Enum.IsDefined(_scales[k])) throw new ArgumentOutOfRangeException(nameof(scales), _scales[k], $"scales[{k}] is not defined");
            _inverseBandwidth[k] = 1.0 / bandwidths[k];
            normalisation *= _inverseBandwidth[k];
        }
        _normalisation = normalisation;
    }

    /// <summary>Kernel profile.</summary>
    public KernelShape Shape { get; }

    /// <summary>Product or spherical form.</summary>
    public KernelForm Form { get; }

    /// <summary>Number of axes d.</summary>
    public int Dimension => _inverseBandwidth.Length;

    /// <summary>Bandwidth of axis <paramref name="axis"/>, in its distance variable.</summary>
    /// <param name="axis">Axis index, 0 to d − 1.</param>
    public double Bandwidth(int axis) => 1.0 / _inverseBandwidth[axis];

    /// <summary>1/h_k as the density uses it (hot paths that inline the density).</summary>
    internal double InverseBandwidth(int axis) => _inverseBandwidth[axis];

    /// <summary>The density's constant times Π 1/h_k (hot paths that inline the density).</summary>
    internal double Normalisation => _normalisation;

    /// <summary>Distance scale of axis <paramref name="axis"/>.</summary>
    /// <param name="axis">Axis index, 0 to d − 1.</param>
    public DistanceScale Scale(int axis) => _scales[axis];

    /// <summary>Half-width of the support on each axis in units of its bandwidth: 1 (Epanechnikov) or +∞ (Gaussian).</summary>
    public double SupportInBandwidths => Shape == KernelShape.Epanechnikov ? 1.0 : double.PositiveInfinity;

    /// <summary>The kernel density at per-axis distances <paramref name="distances"/>, in 1/Π(distance units).</summary>
    /// <param name="distances">Distance d_k on each axis in its distance variable; length <see cref="Dimension"/>.</param>
    /// <exception cref="ArgumentException">Wrong length.</exception>
    public double Density(ReadOnlySpan<double> distances)
    {
        if (distances.Length != Dimension)
            throw new ArgumentException($"distances has {distances.Length} axes; the kernel has {Dimension}", nameof(distances));
        return DensityUnchecked(distances);
    }

    /// <summary>
    /// Kernel weight of a sample for a query point in parameter space: Density(u(query) − u(sample)) × Π_k J_k(sample_k),
    /// a density in the parameters themselves, to be divided by the prior density q(sample).
    /// </summary>
    /// <remarks>Seed paper (PRD 107 (2023) 035027) eq. for w_KDE, with the Jacobian of <see cref="ParameterDistance.Jacobian"/>.</remarks>
    /// <param name="query">Query parameter point θ̄; length <see cref="Dimension"/>; &gt; 0 on log axes.</param>
    /// <param name="sample">Sample parameter point θ_i; same length; &gt; 0 on log axes.</param>
    /// <exception cref="ArgumentException">Wrong length.</exception>
    public double Weight(ReadOnlySpan<double> query, ReadOnlySpan<double> sample)
    {
        if (query.Length != Dimension || sample.Length != Dimension)
            throw new ArgumentException($"query has {query.Length} and sample {sample.Length} axes; the kernel has {Dimension}", nameof(sample));
        return WeightUnchecked(query, sample);
    }

    /// <summary><see cref="Weight"/> without length checks (hot path).</summary>
    internal double WeightUnchecked(ReadOnlySpan<double> query, ReadOnlySpan<double> sample)
    {
        int d = Dimension;
        Span<double> distances = stackalloc double[16];
        double jacobian = 1.0;
        for (int k = 0; k < d; k++)
        {
            distances[k] = ParameterDistance.Signed(query[k], sample[k], _scales[k]);
            jacobian *= ParameterDistance.Jacobian(sample[k], _scales[k]);
        }
        double density = DensityUnchecked(distances[..d]);
        return density == 0 ? 0 : density * jacobian;
    }

    /// <summary><see cref="Density"/> without length checks (hot path).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double DensityUnchecked(ReadOnlySpan<double> distances)
    {
        var inverse = _inverseBandwidth;
        if (Shape == KernelShape.Gaussian)
        {
            double r2 = 0;
            for (int k = 0; k < distances.Length; k++)
            {
                double u = distances[k] * inverse[k];
                r2 += u * u;
            }
            return _normalisation * Math.Exp(-0.5 * r2);
        }
        if (Form == KernelForm.Product)
        {
            double product = _normalisation;
            for (int k = 0; k < distances.Length; k++)
            {
                double u = distances[k] * inverse[k];
                double f = 1 - u * u;
                if (!(f > 0)) return 0;
                product *= f;
            }
            return product;
        }
        double s = 0;
        for (int k = 0; k < distances.Length; k++)
        {
            double u = distances[k] * inverse[k];
            s += u * u;
        }
        return s < 1 ? _normalisation * (1 - s) : 0;
    }

    /// <summary>Normalisation constant of the kernel in scaled distance u (unit bandwidths).</summary>
    internal static double UnitNormalisation(KernelShape shape, KernelForm form, int d) => shape switch
    {
        KernelShape.Gaussian => Math.Pow(2 * Math.PI, -0.5 * d),
        _ when form == KernelForm.Product => Math.Pow(0.75, d),
        _ => (d + 2) / (2 * UnitBallVolume(d)),
    };

    /// <summary>Volume of the unit ball in d dimensions, π^(d/2)/Γ(d/2 + 1).</summary>
    internal static double UnitBallVolume(int d) => Math.Pow(Math.PI, 0.5 * d) / SpecialFunctions.Gamma(0.5 * d + 1);
}
