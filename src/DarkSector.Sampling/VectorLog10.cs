using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace DarkSector.Sampling;

/// <summary>
/// log10 x in double precision on four lanes at once, for the coordinates of the kernel reweighter's index (one
/// logarithm per event and mass axis, 4·10⁶ events: Math.Log10 is a scalar call of ≈ 15–20 ns, this ≈ 1–2 ns).
/// Every lane runs the same operations, so a value does not depend on its lane or on the other lanes.
/// </summary>
/// <remarks>
/// <para>Reduction from the exponent bits: x = 2^e m with m ∈ [√½, √2) (subnormal x first scaled by 2⁵⁴), f = m − 1
/// (exact by Sterbenz's lemma), then ln(1 + f) by the fdlibm kernel (Sun Microsystems' e_log.c, 1993: s = f/(2 + f),
/// ln(1 + f) = f − (f²/2 − s (f²/2 + R(s²))), R a degree-7 minimax polynomial in s² with |error| &lt; 2⁻⁵⁸·⁴⁵ on the
/// reduced range, constants Lg1…Lg7), ln x = e ln2_hi + (ln(1 + f) + e ln2_lo) with ln 2 split so that e ln2_hi is
/// exact, and log10 x = ln x · (1/ln 10) in one final rounding.</para>
/// <para>Error bound (stated and tested against Math.Log10 in VectorLog10Tests, over the positive doubles and densely
/// over [10⁻⁴, 10⁴]): |û − log10 x| ≤ 2⁻⁵¹ max(1, |log10 x|) ≈ 4.4·10⁻¹⁶ max(1, |log10 x|), a few ulp. For the kernel
/// index that is ≤ 10⁻¹⁵ decades, 10⁻⁷ of the float32 rounding of an offset in a cell of ≥ 10⁻⁴ decades.</para>
/// <para>Inputs must be finite and &gt; 0 (the callers' contract; <see cref="Reweighting.ReweightingEvents"/> checks it).</para>
/// </remarks>
internal static class VectorLog10
{
    private const double Lg1 = 6.666666666666735130e-01, Lg2 = 3.999999999940941908e-01, Lg3 = 2.857142874366239149e-01,
        Lg4 = 2.222219843214978396e-01, Lg5 = 1.818357216161805012e-01, Lg6 = 1.531383769920937332e-01,
        Lg7 = 1.479819860511658591e-01;
    private const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
    private const double InverseLn10 = 0.43429448190325182765;
    private const double SmallestNormal = 2.2250738585072014e-308;
    private const double TwoTo54 = 18014398509481984.0;
    private const double Sqrt2 = 1.4142135623730951;
    private const double TwoTo52 = 4503599627370496.0;

    /// <summary>log10 x on each lane; x finite and &gt; 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Log10(Vector256<double> x)
    {
        var subnormal = Vector256.LessThan(x, Vector256.Create(SmallestNormal));
        x = Vector256.ConditionalSelect(subnormal, x * Vector256.Create(TwoTo54), x);
        var bits = x.AsUInt64();
        var biased = Vector256.ShiftRightLogical(bits, 52);   // x > 0: no sign bit
        var m = ((bits & Vector256.Create(0x000F_FFFF_FFFF_FFFFUL)) | Vector256.Create(0x3FF0_0000_0000_0000UL)).AsDouble();
        var high = Vector256.GreaterThanOrEqual(m, Vector256.Create(Sqrt2));
        m = Vector256.ConditionalSelect(high, m * Vector256.Create(0.5), m);
        // e = biased − 1023 (+1 where m was halved, −54 where x was scaled), as a double via the 2⁵² trick (0 ≤ biased < 2¹¹)
        var e = (biased | Vector256.Create(0x4330_0000_0000_0000UL)).AsDouble() - Vector256.Create(TwoTo52 + 1023);
        e += (high.AsUInt64() & Vector256.Create(1.0).AsUInt64()).AsDouble();
        e -= (subnormal.AsUInt64() & Vector256.Create(54.0).AsUInt64()).AsDouble();

        var f = m - Vector256<double>.One;
        var s = f / (Vector256.Create(2.0) + f);
        var z = s * s;
        var w = z * z;
        var t1 = w * Vector256.FusedMultiplyAdd(w, Vector256.FusedMultiplyAdd(w, Vector256.Create(Lg6), Vector256.Create(Lg4)), Vector256.Create(Lg2));
        var t2 = z * Vector256.FusedMultiplyAdd(w, Vector256.FusedMultiplyAdd(w, Vector256.FusedMultiplyAdd(w, Vector256.Create(Lg7), Vector256.Create(Lg5)), Vector256.Create(Lg3)), Vector256.Create(Lg1));
        var r = t1 + t2;
        var halfSquare = Vector256.Create(0.5) * f * f;
        var log1p = f - (halfSquare - s * (halfSquare + r));
        var ln = Vector256.FusedMultiplyAdd(e, Vector256.Create(Ln2Hi), Vector256.FusedMultiplyAdd(e, Vector256.Create(Ln2Lo), log1p));
        return ln * Vector256.Create(InverseLn10);
    }

    /// <summary>log10 of <paramref name="x"/>[i] into <paramref name="result"/>[i], four at a time (the tail padded
    /// with 1): the same value as <see cref="Log10(Vector256{double})"/> lane by lane.</summary>
    public static void Log10(ReadOnlySpan<double> x, Span<double> result)
    {
        int i = 0;
        for (; i + 4 <= x.Length; i += 4) Log10(Vector256.Create(x.Slice(i, 4))).CopyTo(result.Slice(i, 4));
        if (i == x.Length) return;
        Span<double> tail = [1.0, 1.0, 1.0, 1.0];
        x[i..].CopyTo(tail);
        var v = Log10(Vector256.Create<double>(tail));
        for (int l = 0; i + l < x.Length; l++) result[i + l] = v.GetElement(l);
    }
}
