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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Block(ref uint c0, ref uint c1, ref uint c2, ref uint c3, uint k0, uint k1)
    {
        uint x0 = c0, x1 = c1, x2 = c2, x3 = c3;
        for (int round = 0; round < 10; round++)
        {
            if (round > 0) { k0 += W0; k1 += W1; }
            ulong p0 = (ulong)M0 * x0;
            ulong p1 = (ulong)M1 * x2;
            uint hi0 = (uint)(p0 >> 32), lo0 = (uint)p0, hi1 = (uint)(p1 >> 32), lo1 = (uint)p1;
            x0 = hi1 ^ x1 ^ k0;
            x1 = lo1;
            x2 = hi0 ^ x3 ^ k1;
            x3 = lo0;
        }
        c0 = x0; c1 = x1; c2 = x2; c3 = x3;
    }
}
