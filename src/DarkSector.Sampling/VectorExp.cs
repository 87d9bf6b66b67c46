using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace DarkSector.Sampling;

/// <summary>
/// exp(x) for x ≤ 0 over spans, vectorised, with the same result for an element wherever it sits in the span (the
/// vector lanes and the scalar tail run the same operations in the same order), so that sums built from it are
/// bit-identical for any batching and any number of threads.
/// </summary>
/// <remarks>
/// <para>Cody-Waite reduction x = k ln 2 + r, k = ⌊x log₂e + ½⌋, ln 2 split into a 32-bit head and a tail (Cody and
/// Waite, "Software Manual for the Elementary Functions", 1980, ch. 6), |r| ≤ ½ ln 2; then e^r by its Taylor series to
/// r¹³/13! (truncation ≤ (½ ln 2)¹⁴/14! ≈ 4·10⁻¹⁸ relative) in Horner form, and 2^k from the exponent bits. Measured
/// against Math.Exp: ≤ 4·10⁻¹⁶ relative on [−708, 0] (VectorExpTests). Inputs below −708 (e^x &lt; 3.3·10⁻³⁰⁸) give
/// 0; inputs must not be NaN or positive (the callers pass −κ·distance ≤ 0).</para>
/// </remarks>
internal static class VectorExp
{
    private const double Log2E = 1.4426950408889634;
    private const double Ln2Head = 0.693147180369123816490;   // 32 significant bits: k·Ln2Head is exact for |k| < 2^21
    private const double Ln2Tail = 1.90821492927058770002e-10;
    private const double Lowest = -708.0;

    /// <summary>Writes exp(x[i]) to <paramref name="result"/>[i]; the spans have equal length.</summary>
    public static void Exp(ReadOnlySpan<double> x, Span<double> result)
    {
        if (result.Length < x.Length) throw new ArgumentException("result is shorter than x", nameof(result));
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
            for (; i <= x.Length - Vector256<double>.Count; i += Vector256<double>.Count)
                Exp(Vector256.Create(x.Slice(i, Vector256<double>.Count))).CopyTo(result.Slice(i));
        for (; i < x.Length; i++) result[i] = Exp(x[i]);
    }

    /// <summary>exp(x) for one x ≤ 0, the same operations as the vector lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Exp(double x)
    {
        if (x < Lowest) return 0;
        double k = Math.Floor(x * Log2E + 0.5);
        double r = (x - k * Ln2Head) - k * Ln2Tail;
        double p = Series(r);
        return p * BitConverter.Int64BitsToDouble(((long)k + 1023) << 52);
    }

    private static Vector256<double> Exp(Vector256<double> x)
    {
        var low = Vector256.LessThan(x, Vector256.Create(Lowest));
        var clamped = Vector256.ConditionalSelect(low, Vector256<double>.Zero, x);
        var k = Vector256.Floor(clamped * Vector256.Create(Log2E) + Vector256.Create(0.5));
        var r = (clamped - k * Vector256.Create(Ln2Head)) - k * Vector256.Create(Ln2Tail);
        var p = Series(r);
        var scale = Vector256.ShiftLeft(Vector256.ConvertToInt64(k) + Vector256.Create(1023L), 52).AsDouble();
        return Vector256.ConditionalSelect(low, Vector256<double>.Zero, p * scale);
    }

    // Σ_{n=0}^{13} r^n/n! in Horner form; the scalar and vector forms below must stay operation for operation equal.
    private const double C2 = 1.0 / 2, C3 = 1.0 / 6, C4 = 1.0 / 24, C5 = 1.0 / 120, C6 = 1.0 / 720, C7 = 1.0 / 5040,
        C8 = 1.0 / 40320, C9 = 1.0 / 362880, C10 = 1.0 / 3628800, C11 = 1.0 / 39916800, C12 = 1.0 / 479001600,
        C13 = 1.0 / 6227020800;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Series(double r) =>
        1 + r * (1 + r * (C2 + r * (C3 + r * (C4 + r * (C5 + r * (C6 + r * (C7 + r * (C8 + r * (C9 + r * (C10 + r * (C11 + r * (C12 + r * C13))))))))))));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Series(Vector256<double> r)
    {
        var p = Vector256.Create(C13);
        p = Vector256.Create(C12) + r * p;
        p = Vector256.Create(C11) + r * p;
        p = Vector256.Create(C10) + r * p;
        p = Vector256.Create(C9) + r * p;
        p = Vector256.Create(C8) + r * p;
        p = Vector256.Create(C7) + r * p;
        p = Vector256.Create(C6) + r * p;
        p = Vector256.Create(C5) + r * p;
        p = Vector256.Create(C4) + r * p;
        p = Vector256.Create(C3) + r * p;
        p = Vector256.Create(C2) + r * p;
        p = Vector256<double>.One + r * p;
        return Vector256<double>.One + r * p;
    }
}
