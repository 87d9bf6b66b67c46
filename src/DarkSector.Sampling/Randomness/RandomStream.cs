namespace DarkSector.Sampling.Randomness;

/// <summary>
/// A deterministic stream of uniform random numbers identified by (seed, stream index): the same pair always gives
/// the same sequence, different stream indices give statistically independent sequences. Counter-based
/// (Philox4x32-10), so any number of streams can be created in any order without coordination.
/// </summary>
/// <remarks>
/// Position k of stream s under seed S is Philox4x32-10(counter = (k_lo, k_hi, s_lo, s_hi), key = (S_lo, S_hi))
/// (Salmon et al., SC'11). Each 128-bit block gives two doubles u = (w >> 11)·2⁻⁵³ in [0, 1), w a 64-bit word,
/// so every double has 53 random bits. A stream has 2⁶⁴ blocks; there are 2⁶⁴ streams per seed.
/// This is a mutable value type: pass it by <c>ref</c>; a copy continues the same sequence independently.
/// Not thread-safe: give each batch (never each thread) its own stream, e.g. <c>Create(seed, batchIndex)</c>.
/// Allocation-free.
/// </remarks>
public struct RandomStream
{
    private const double TwoToMinus53 = 1.0 / 9007199254740992.0;

    private readonly uint _key0, _key1, _stream0, _stream1;
    private ulong _block;
    private ulong _word0, _word1;
    private int _available; // unused 64-bit words left from the current block: 0, 1 or 2

    private RandomStream(ulong seed, ulong streamIndex)
    {
        _key0 = (uint)seed;
        _key1 = (uint)(seed >> 32);
        _stream0 = (uint)streamIndex;
        _stream1 = (uint)(streamIndex >> 32);
        _block = 0;
        _word0 = _word1 = 0;
        _available = 0;
    }

    /// <summary>The stream with index <paramref name="streamIndex"/> of seed <paramref name="seed"/>, at its start.</summary>
    /// <param name="seed">Any 64-bit value.</param>
    /// <param name="streamIndex">Any 64-bit value; e.g. the index of a batch of work.</param>
    public static RandomStream Create(ulong seed, ulong streamIndex) => new(seed, streamIndex);

    /// <summary>The next uniform double in [0, 1) (53 random bits).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * TwoToMinus53;

    /// <summary>The next uniform 64-bit unsigned integer (one half of a Philox block).</summary>
    public ulong NextUInt64()
    {
        if (_available == 0) Refill();
        return _available-- == 2 ? _word0 : _word1;
    }

    /// <summary>Fills <paramref name="destination"/> with uniform doubles in [0, 1), the same numbers successive
    /// <see cref="NextDouble"/> calls would give.</summary>
    public void Fill(Span<double> destination)
    {
        int i = 0;
        while (i < destination.Length && _available > 0) destination[i++] = NextDouble();
        if (System.Runtime.Intrinsics.X86.Avx2.IsSupported)
        {
            // Four blocks per step with AVX2 (Philox4x32.Block4: same output) while the low counter word does not wrap.
            Span<ulong> words = stackalloc ulong[8];
            for (; i + 7 < destination.Length && (uint)_block <= uint.MaxValue - 3; i += 8)
            {
                Philox4x32.Block4((uint)_block, (uint)(_block >> 32), _stream0, _stream1, _key0, _key1, words);
                _block += 4;
                for (int j = 0; j < 8; j++) destination[i + j] = (words[j] >> 11) * TwoToMinus53;
            }
        }
        for (; i + 3 < destination.Length; i += 4)
        {
            // Blocks _block and _block + 1 together (Philox4x32.Block2: same output, twice the throughput).
            ulong next = _block + 1;
            uint a0 = (uint)_block, a1 = (uint)(_block >> 32), a2 = _stream0, a3 = _stream1;
            uint b0 = (uint)next, b1 = (uint)(next >> 32), b2 = _stream0, b3 = _stream1;
            Philox4x32.Block2(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, _key0, _key1);
            _block += 2;
            destination[i] = ((((ulong)a0 << 32) | a1) >> 11) * TwoToMinus53;
            destination[i + 1] = ((((ulong)a2 << 32) | a3) >> 11) * TwoToMinus53;
            destination[i + 2] = ((((ulong)b0 << 32) | b1) >> 11) * TwoToMinus53;
            destination[i + 3] = ((((ulong)b2 << 32) | b3) >> 11) * TwoToMinus53;
        }
        for (; i + 1 < destination.Length; i += 2)
        {
            uint c0 = (uint)_block, c1 = (uint)(_block >> 32), c2 = _stream0, c3 = _stream1;
            Philox4x32.Block(ref c0, ref c1, ref c2, ref c3, _key0, _key1);
            _block++;
            destination[i] = ((((ulong)c0 << 32) | c1) >> 11) * TwoToMinus53;
            destination[i + 1] = ((((ulong)c2 << 32) | c3) >> 11) * TwoToMinus53;
        }
        if (i < destination.Length) destination[i] = NextDouble();
    }

    private void Refill()
    {
        uint c0 = (uint)_block, c1 = (uint)(_block >> 32), c2 = _stream0, c3 = _stream1;
        Philox4x32.Block(ref c0, ref c1, ref c2, ref c3, _key0, _key1);
        _block++;
        _word0 = ((ulong)c0 << 32) | c1;
        _word1 = ((ulong)c2 << 32) | c3;
        _available = 2;
    }
}
