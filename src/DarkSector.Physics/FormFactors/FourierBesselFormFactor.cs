using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DarkSector.Physics.FormFactors;

/// <summary>
/// Charge form factor from a Fourier-Bessel expansion of the measured charge density,
/// ρ(r) = Σ_n a_n j0(nπr/R) for r ≤ R, 0 beyond.
/// </summary>
/// <remarks>
/// <para>F(Q) = N · sin(QR)/(QR) · Σ_{n=1}^{n_max} (−1)^n a_n / (n²π² − Q²R²) with N fixed by F(0) = 1
/// (physics.md §3; H. De Vries, C.W. De Jager, C. De Vries, At. Data Nucl. Data Tables 36, 495 (1987)); Q = √Q²
/// and Q·R made dimensionless with ħc.</para>
/// <para>At QR = mπ the m-th term is 0/0 (removable). With δ = QR − mπ the m-th term is evaluated as
/// sinc(QR)·(−1)^m a_m/(m²π² − Q²R²) = −a_m sinc(δ)/(QR (2mπ + δ)), which has no cancellation, so F is smooth
/// and exact there: F(mπ/R) = −N a_m/(2m²π²).</para>
/// <para>⟨r²⟩ = R² Σ (−1)^n a_n (6 − n²π²)/(n⁴π⁴) / Σ (−1)^{n+1} a_n/(n²π²) (moments of ρ).</para>
/// <para>Immutable, thread-safe; evaluation is allocation-free (one √, one sin, n_max divisions, four at a time with AVX).</para>
/// </remarks>
public sealed class FourierBesselFormFactor : INuclearFormFactor
{
    private readonly double _radiusPerGeV;   // R/ħc in GeV⁻¹
    private readonly double[] _weights;      // N (−1)^n a_n
    private readonly double[] _normalised;   // N a_n
    private readonly double[] _poles;        // n²π²
    private readonly double[] _paddedWeights; // _weights padded with zeros to a multiple of 4 (SIMD path)
    private readonly double[] _paddedPoles;   // _poles padded with −1 (never a zero denominator)

    /// <summary>Creates the form factor from the cut-off radius and the coefficients a_1, a_2, ... .</summary>
    /// <param name="radiusFm">Cut-off radius R in fm; &gt; 0.</param>
    /// <param name="coefficients">a_n (any unit: the normalisation cancels it), n = 1, 2, ...; finite, at least one non-zero.</param>
    /// <exception cref="ArgumentOutOfRangeException">R not positive, or a coefficient not finite.</exception>
    /// <exception cref="ArgumentException">The expansion has zero or negative total charge.</exception>
    public FourierBesselFormFactor(double radiusFm, ReadOnlySpan<double> coefficients)
    {
        RadiusFm = Check.Positive(radiusFm);
        int count = 0;
        for (int i = 0; i < coefficients.Length; i++)
        {
            Check.Finite(coefficients[i], $"coefficients[{i}]");
            if (coefficients[i] != 0) count = i + 1;
        }
        Coefficients = Array.AsReadOnly(coefficients.ToArray());
        _radiusPerGeV = radiusFm / PhysicalConstants.HbarCGeVFm;

        double charge = 0, second = 0; // Σ (−1)^{n+1} a_n/(n²π²) and Σ (−1)^n a_n (6 − n²π²)/(n⁴π⁴)
        for (int n = 1; n <= count; n++)
        {
            double k2 = n * n * Math.PI * Math.PI;
            double sign = (n & 1) == 0 ? 1.0 : -1.0;
            charge -= sign * coefficients[n - 1] / k2;
            second += sign * coefficients[n - 1] * (6.0 - k2) / (k2 * k2);
        }
        if (!(charge > 0))
            throw new ArgumentException($"the Fourier-Bessel coefficients give a total charge {Check.Format(charge)} (must be > 0)", nameof(coefficients));
        RmsRadiusFm = radiusFm * Math.Sqrt(second / charge);

        // F(0) = N Σ (−1)^n a_n/(n²π²) = −N·charge = 1.
        double norm = -1.0 / charge;
        _weights = new double[count];
        _normalised = new double[count];
        _poles = new double[count];
        for (int n = 1; n <= count; n++)
        {
            double sign = (n & 1) == 0 ? 1.0 : -1.0;
            _poles[n - 1] = n * n * Math.PI * Math.PI;
            _normalised[n - 1] = norm * coefficients[n - 1];
            _weights[n - 1] = sign * _normalised[n - 1];
        }
        int padded = (count + 3) / 4 * 4;
        _paddedWeights = new double[padded];
        _paddedPoles = new double[padded];
        Array.Fill(_paddedPoles, -1.0);
        _weights.CopyTo(_paddedWeights, 0);
        _poles.CopyTo(_paddedPoles, 0);
    }

    /// <summary>Always <see cref="FormFactorModel.FourierBessel"/>.</summary>
    public FormFactorModel Model => FormFactorModel.FourierBessel;

    /// <summary>Cut-off radius R in fm.</summary>
    public double RadiusFm { get; }

    /// <summary>The coefficients a_n as given.</summary>
    public IReadOnlyList<double> Coefficients { get; }

    /// <inheritdoc />
    public double RmsRadiusFm { get; }

    /// <inheritdoc />
    public double Evaluate(double q2GeV2)
    {
        FormFactorGuard.CheckQ2(q2GeV2);
        return EvaluateUnchecked(q2GeV2);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double EvaluateUnchecked(double q2GeV2)
    {
        double x2 = q2GeV2 * _radiusPerGeV * _radiusPerGeV;
        double x = Math.Sqrt(x2);
        int m = (int)(x * (1.0 / Math.PI) + 0.5); // nearest pole index (saturates for huge x)
        double sum = Vector256.IsHardwareAccelerated ? SumVectorised(x2, m) : SumScalar(x2, m);
        return Combine(x, m, sum);
    }

    /// <summary>The scalar reference evaluation (the SIMD path must agree with it; tested).</summary>
    internal double EvaluateScalar(double q2GeV2)
    {
        double x2 = q2GeV2 * _radiusPerGeV * _radiusPerGeV;
        double x = Math.Sqrt(x2);
        int m = (int)(x * (1.0 / Math.PI) + 0.5);
        return Combine(x, m, SumScalar(x2, m));
    }

    /// <summary>F from the regular part of the sum and the analytic nearest-pole term (see the remarks).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Combine(double x, int m, double sum)
    {
        double f = FormFactorGuard.Sinc(x) * sum;
        if (m >= 1 && m <= _weights.Length)
        {
            double delta = x - m * Math.PI;
            f -= _normalised[m - 1] * FormFactorGuard.Sinc(delta) / (x * (2.0 * m * Math.PI + delta));
        }
        return f;
    }

    /// <summary>Σ over n ≠ m of w_n/(n²π² − x²): the terms before and after the nearest pole, no branch in the loops.</summary>
    private double SumScalar(double x2, int m)
    {
        ReadOnlySpan<double> weights = _weights, poles = _poles;
        int count = weights.Length;
        int split = Math.Min(m - 1, count);
        double sum = 0, sumAfter = 0;
        for (int i = 0; i < split; i++) sum += weights[i] / (poles[i] - x2);
        for (int i = Math.Max(m, 0); i < count; i++) sumAfter += weights[i] / (poles[i] - x2);
        return sum + sumAfter;
    }

    /// <summary>The same sum four terms at a time; the lane of the nearest pole is masked out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double SumVectorised(double x2, int m)
    {
        ref double weights = ref MemoryMarshal.GetArrayDataReference(_paddedWeights);
        ref double poles = ref MemoryMarshal.GetArrayDataReference(_paddedPoles);
        var vx2 = Vector256.Create(x2);
        var skip = Vector256.Create((double)(m - 1));
        var index = Vector256.Create(0.0, 1.0, 2.0, 3.0);
        var four = Vector256.Create(4.0);
        var acc = Vector256<double>.Zero;
        for (nuint i = 0; i < (nuint)_paddedWeights.Length; i += 4)
        {
            var mask = Vector256.Equals(index, skip);
            var denominator = Vector256.ConditionalSelect(mask, Vector256<double>.One, Vector256.LoadUnsafe(ref poles, i) - vx2);
            acc += Vector256.AndNot(Vector256.LoadUnsafe(ref weights, i), mask) / denominator;
            index += four;
        }
        return Vector256.Sum(acc);
    }
}
