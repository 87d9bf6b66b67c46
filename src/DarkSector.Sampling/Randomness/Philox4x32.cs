using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace DarkSector.Sampling.Randomness;

/// <summary>
/// The Philox4x32-10 counter-based bijection: a 128-bit counter and a 64-bit key map to 128 random bits.
/// </summary>
/// <remarks>
/// Salmon, Moraes, Dror, Shaw, "Parallel random numbers: as easy as 1, 2, 3", SC'11 (2011), Fig. 2 and §4:
/// ten rounds of (hi, lo) = mulhilo(M, c) with M0 = 0xD2511F53, M1 = 0xCD9E8D57, the key bumped by the Weyl
/// constants W0 = 0x9E3779B9, W1 = 0xBB67AE85 between rounds. Stateless; thread-safe.
/// </remarks>
internal static class Philox4x32
{
    private const uint M0 = 0xD2511F53, M1 = 0xCD9E8D57, W0 = 0x9E3779B9, W1 = 0xBB67AE85;

    /// <summary>Encrypts counter (c0..c3) with key (k0, k1) in place.</summary>
    /// <remarks>The ten rounds are written out (no loop, no branch): the JIT keeps the state in registers.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Block(ref uint c0, ref uint c1, ref uint c2, ref uint c3, uint k0, uint k1)
    {
        uint x0 = c0, x1 = c1, x2 = c2, x3 = c3;
        Round(ref x0, ref x1, ref x2, ref x3, k0, k1);
        Round(ref x0, ref x1, ref x2, ref x3, k0 += W0, k1 += W1);
        Round(ref x0, ref x1, ref x2, ref x3, k0 += W0, k1 += W1);
        Round(ref x0, ref x1, ref x2, ref x3, k0 += W0, k1 += W1);
        Round(ref x0, ref x1, ref x2, ref x3, k0 += W0, k1 += W1);
        Round(ref x0, ref x1, ref x2, ref x3, k0 += W0, k1 += W1);
        Round(ref x0, ref x1, ref x2, ref x3, k0 += W0, k1 += W1);
        Round(ref x0, ref x1, ref x2, ref x3, k0 += W0, k1 += W1);
        Round(ref x0, ref x1, ref x2, ref x3, k0 += W0, k1 += W1);
        Round(ref x0, ref x1, ref x2, ref x3, k0 + W0, k1 + W1);
        c0 = x0; c1 = x1; c2 = x2; c3 = x3;
    }

    /// <summary>
    /// Encrypts two counters with the same key, interleaved: the same results as two <see cref="Block"/> calls, but the
    /// two independent multiply chains overlap in the pipeline (a single block is latency-bound).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Block2(ref uint a0, ref uint a1, ref uint a2, ref uint a3, ref uint b0, ref uint b1, ref uint b2, ref uint b3, uint k0, uint k1)
    {
        uint x0 = a0, x1 = a1, x2 = a2, x3 = a3, y0 = b0, y1 = b1, y2 = b2, y3 = b3;
        for (int round = 0; round < 10; round++)
        {
            Round(ref x0, ref x1, ref x2, ref x3, k0, k1);
            Round(ref y0, ref y1, ref y2, ref y3, k0, k1);
            k0 += W0;
            k1 += W1;
        }
        a0 = x0; a1 = x1; a2 = x2; a3 = x3;
        b0 = y0; b1 = y1; b2 = y2; b3 = y3;
    }

    /// <summary>
    /// Encrypts the four counters (c0 + j, c1, c2, c3) for j = 0..3 (c0 + j without carry into c1: the caller guarantees
    /// it) with one key using AVX2 (four lanes of 64 bits, the 32-bit words in their low halves); the same results as four
    /// <see cref="Block"/> calls. Writes the 128-bit outputs of block j as (hi, lo) 64-bit words to
    /// <paramref name="words"/>[2j], [2j + 1]: hi = (x0 &lt;&lt; 32) | x1, lo = (x2 &lt;&lt; 32) | x3.
    /// </summary>
    /// <remarks>Only when <see cref="Avx2.IsSupported"/>.</remarks>
    public static void Block4(uint c0, uint c1, uint c2, uint c3, uint k0, uint k1, Span<ulong> words)
    {
        var low = Vector256.Create(0xFFFF_FFFFUL);
        var m0 = Vector256.Create((ulong)M0).AsUInt32();
        var m1 = Vector256.Create((ulong)M1).AsUInt32();
        var x0 = Vector256.Create((ulong)c0, (ulong)(c0 + 1), (ulong)(c0 + 2), (ulong)(c0 + 3));
        var x1 = Vector256.Create((ulong)c1);
        var x2 = Vector256.Create((ulong)c2);
        var x3 = Vector256.Create((ulong)c3);
        for (int round = 0; round < 10; round++)
        {
            var p0 = Avx2.Multiply(x0.AsUInt32(), m0);   // M0 · x0 (64-bit products of the low words)
            var p1 = Avx2.Multiply(x2.AsUInt32(), m1);   // M1 · x2
            x0 = Avx2.ShiftRightLogical(p1, 32) ^ x1 ^ Vector256.Create((ulong)k0);
            x1 = p1 & low;
            x2 = Avx2.ShiftRightLogical(p0, 32) ^ x3 ^ Vector256.Create((ulong)k1);
            x3 = p0 & low;
            k0 += W0;
            k1 += W1;
        }
        var hi = Avx2.ShiftLeftLogical(x0, 32) | x1;
        var lo = Avx2.ShiftLeftLogical(x2, 32) | x3;
        // interleave to (hi0, lo0, hi1, lo1, ...)
        words[0] = hi.GetElement(0); words[1] = lo.GetElement(0);
        words[2] = hi.GetElement(1); words[3] = lo.GetElement(1);
        words[4] = hi.GetElement(2); words[5] = lo.GetElement(2);
        words[6] = hi.GetElement(3); words[7] = lo.GetElement(3);
    }

    /// <summary>One round: (hi, lo) = mulhilo(M, c); x0 = hi1 ^ x1 ^ k0, x1 = lo1, x2 = hi0 ^ x3 ^ k1, x3 = lo0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(ref uint x0, ref uint x1, ref uint x2, ref uint x3, uint k0, uint k1)
    {
        ulong p0 = (ulong)M0 * x0;
        ulong p1 = (ulong)M1 * x2;
        x0 = (uint)(p1 >> 32) ^ x1 ^ k0;
        x1 = (uint)p1;
        x2 = (uint)(p0 >> 32) ^ x3 ^ k1;
        x3 = (uint)p0;
    }
}
