using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace DarkSector.Sampling;

/// <summary>
/// e^x (x ≤ 0) and 1 − e^{−y} (y ≥ 0) in single precision on eight lanes at once, for the lifetime weights of the
/// kernel reweighter. Every lane runs the same operations, so a value does not depend on its lane or on the other lanes.
/// </summary>
/// <remarks>
/// <para>Cody-Waite reduction x = k ln 2 + r, k = ⌊x log₂e + ½⌋, |r| ≤ ½ ln 2 (1 + 2⁻²⁰), with ln 2 split into a 9-bit
/// head (k·head is exact for |k| ≤ 2¹⁵) and a tail, each step one fused multiply-add (Cody and Waite, "Software Manual for
/// the Elementary Functions", 1980, ch. 6; the constants of Cephes expf, Moshier 1992). Then q = e^r − 1 by its Taylor
/// series to r⁷/7! in Horner form (truncation r⁸/8! ≤ 6·10⁻⁹ absolute, ≤ 1.6·10⁻⁸ relative to |q|), and
/// e^x = 2^k + 2^k q, e^x − 1 = 2^k q + (2^k − 1), each one fused multiply-add with 2^k built from the exponent bits.</para>
/// <para>Error bound (stated and tested against Math.Exp in VectorExpTests, over the whole domain): relative
/// ≤ 3·2⁻²⁴ ≈ 1.8·10⁻⁷ for e^x on [−87.3, 0] (x below −87.33, where e^x &lt; 2⁻¹²⁶, gives exactly 0: absolute error
/// &lt; 1.2·10⁻³⁸); relative ≤ 4·2⁻²⁴ ≈ 2.4·10⁻⁷ for 1 − e^{−y} on [0, ∞) (no cancellation: the k = 0 branch is the
/// series itself). This is the error for the float argument as given: an argument rounded to float has relative
/// error 2⁻²⁴, which e^x turns into a relative error |x|·2⁻²⁴ — the callers state that part.</para>
/// <para>Inputs must not be NaN; x &gt; 0 or y &lt; 0 are outside the domain (the callers pass −κ·distance ≤ 0).</para>
/// </remarks>
internal static class VectorExp
{
    private const float Log2E = 1.44269504088896341f;
    private const float Ln2Head = 0.693359375f;          // 355/512: 9 significant bits
    private const float Ln2Tail = -2.12194440e-4f;       // ln 2 − Ln2Head
    /// <summary>Below this argument e^x &lt; 2⁻¹²⁶ (the smallest normal float) and is returned as 0.</summary>
    internal const float Lowest = -87.33f;

    private const float C2 = 1f / 2, C3 = 1f / 6, C4 = 1f / 24, C5 = 1f / 120, C6 = 1f / 720, C7 = 1f / 5040;

    /// <summary>e^x on each lane, x ≤ 0; 0 for x &lt; <see cref="Lowest"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Exp(Vector256<float> x)
    {
        var low = Vector256.LessThan(x, Vector256.Create(Lowest));
        var (scale, q) = Reduce(Vector256.Max(x, Vector256.Create(Lowest)));
        return Vector256.AndNot(Vector256.FusedMultiplyAdd(scale, q, scale), low);
    }

    /// <summary>1 − e^{−y} = −expm1(−y) on each lane, y ≥ 0, with full relative precision for small y.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> OneMinusExpNegative(Vector256<float> y)
    {
        // below Lowest, 1 − e^{−y} = 1 in float; the clamp keeps 2^k a normal number
        var (scale, q) = Reduce(Vector256.Max(-y, Vector256.Create(Lowest)));
        return -Vector256.FusedMultiplyAdd(scale, q, scale - Vector256<float>.One);
    }

    /// <summary>x = k ln 2 + r → (2^k, e^r − 1), for Lowest ≤ x ≤ 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<float> Scale, Vector256<float> Q) Reduce(Vector256<float> x)
    {
        var k = Vector256.Floor(Vector256.FusedMultiplyAdd(x, Vector256.Create(Log2E), Vector256.Create(0.5f)));
        var r = Vector256.FusedMultiplyAdd(k, Vector256.Create(-Ln2Head), x);
        r = Vector256.FusedMultiplyAdd(k, Vector256.Create(-Ln2Tail), r);
        var p = Vector256.FusedMultiplyAdd(r, Vector256.Create(C7), Vector256.Create(C6));
        p = Vector256.FusedMultiplyAdd(r, p, Vector256.Create(C5));
        p = Vector256.FusedMultiplyAdd(r, p, Vector256.Create(C4));
        p = Vector256.FusedMultiplyAdd(r, p, Vector256.Create(C3));
        p = Vector256.FusedMultiplyAdd(r, p, Vector256.Create(C2));
        p = Vector256.FusedMultiplyAdd(r, p, Vector256<float>.One);
        var q = r * p;   // r + r²/2 + … + r⁷/7!
        var scale = Vector256.ShiftLeft(Vector256.ConvertToInt32(k) + Vector256.Create(127), 23).AsSingle();
        return (scale, q);
    }
}
