using System.Runtime.CompilerServices;

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
