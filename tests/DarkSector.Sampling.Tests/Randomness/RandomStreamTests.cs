using DarkSector.Sampling.Randomness;

namespace DarkSector.Sampling.Tests.Randomness;

public class RandomStreamTests
{
    [Theory] // Known-answer vectors of Philox4x32-10 from Random123 (kat_vectors): bit-exact
    [InlineData(0u, 0u, 0u, 0u, 0u, 0u, 0x6627e8d5u, 0xe169c58du, 0xbc57ac4cu, 0x9b00dbd8u)]
    [InlineData(0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0x408f276du, 0x41c83b0eu, 0xa20bc7c6u, 0x6d5451fdu)]
    [InlineData(0x243f6a88u, 0x85a308d3u, 0x13198a2eu, 0x03707344u, 0xa4093822u, 0x299f31d0u, 0xd16cfe09u, 0x94fdccebu, 0x5001e420u, 0x24126ea1u)]
    public void Philox_MatchesRandom123KnownAnswers(uint c0, uint c1, uint c2, uint c3, uint k0, uint k1, uint r0, uint r1, uint r2, uint r3)
    {
        Philox4x32.Block(ref c0, ref c1, ref c2, ref c3, k0, k1);
        Assert.Equal((r0, r1, r2, r3), (c0, c1, c2, c3));
    }

    [Fact] // exact: the interleaved (Block2) and AVX2 (Block4) forms give the four scalar blocks bit for bit, also across
           // the 2^32 wrap of the low counter word (without carry: Fill uses Block4 only where no wrap occurs)
    public void MultiBlockForms_EqualScalarBlocks()
    {
        foreach (var (c0, c1, k0, k1) in new[] { (0u, 0u, 0u, 0u), (0x243f6a88u, 0x85a308d3u, 0xa4093822u, 0x299f31d0u), (0xfffffffcu, 7u, 1u, 2u) })
        {
            var expected = new uint[16];
            for (int j = 0; j < 4; j++)
            {
                uint a0 = c0 + (uint)j, a1 = c1, a2 = 0x13198a2eu, a3 = 0x03707344u;
                Philox4x32.Block(ref a0, ref a1, ref a2, ref a3, k0, k1);
                (expected[4 * j], expected[4 * j + 1], expected[4 * j + 2], expected[4 * j + 3]) = (a0, a1, a2, a3);
            }
            uint x0 = c0, x1 = c1, x2 = 0x13198a2eu, x3 = 0x03707344u, y0 = c0 + 1, y1 = c1, y2 = 0x13198a2eu, y3 = 0x03707344u;
            Philox4x32.Block2(ref x0, ref x1, ref x2, ref x3, ref y0, ref y1, ref y2, ref y3, k0, k1);
            Assert.Equal(expected[..8], new[] { x0, x1, x2, x3, y0, y1, y2, y3 });
            if (!System.Runtime.Intrinsics.X86.Avx2.IsSupported) continue;
            var words = new ulong[8];
            Philox4x32.Block4(c0, c1, 0x13198a2eu, 0x03707344u, k0, k1, words);
            for (int j = 0; j < 4; j++)
            {
                Assert.Equal(((ulong)expected[4 * j] << 32) | expected[4 * j + 1], words[2 * j]);
                Assert.Equal(((ulong)expected[4 * j + 2] << 32) | expected[4 * j + 3], words[2 * j + 1]);
            }
        }
    }

    [Fact] // exact: same (seed, stream) gives the same sequence; Fill equals NextDouble
    public void SameSeedAndStream_GiveIdenticalSequences()
    {
        var a = RandomStream.Create(42, 7);
        var b = RandomStream.Create(42, 7);
        var filled = new double[1001];
        b.Fill(filled);
        for (int i = 0; i < filled.Length; i++) Assert.Equal(a.NextDouble(), filled[i]);
        var c = RandomStream.Create(42, 7);
        var rest = new double[1000];
        Assert.Equal(filled[0], c.NextDouble()); // a Fill that starts inside a block continues the same sequence
        c.Fill(rest);
        Assert.Equal(filled[1..], rest);
    }

    [Fact] // different streams or seeds share no value among the first 1000 (a coincidence has probability ~1e-10)
    public void DifferentStreamsAndSeeds_Differ()
    {
        double[] Draw(ulong seed, ulong stream)
        {
            var r = RandomStream.Create(seed, stream);
            var v = new double[1000];
            r.Fill(v);
            return v;
        }
        var baseline = Draw(1, 0).ToHashSet();
        Assert.Equal(0, Draw(1, 1).Count(baseline.Contains));
        Assert.Equal(0, Draw(2, 0).Count(baseline.Contains));
        Assert.Equal(0, Draw(1, 1UL << 32).Count(baseline.Contains));
    }

    [Fact] // 100 bins, 1e6 draws: chi² with 99 dof has mean 99 and sd 14; accept below 99 + 5 sd = 169; values in [0, 1)
    public void Uniforms_PassChiSquareHistogramTest()
    {
        var r = RandomStream.Create(12345, 3);
        var counts = new int[100];
        for (int i = 0; i < 1_000_000; i++)
        {
            double u = r.NextDouble();
            Assert.True(u >= 0 && u < 1);
            counts[(int)(u * 100)]++;
        }
        double expected = 10_000, chi2 = counts.Sum(c => (c - expected) * (c - expected) / expected);
        Assert.True(chi2 < 169, $"chi2 = {chi2}");
    }

    [Fact] // pairs (u_i, u_{i+1}) on a 20×20 grid: chi² with 399 dof (sd 28) below 399 + 5 sd = 540
    public void SuccessivePairs_AreUncorrelated()
    {
        var r = RandomStream.Create(99, 0);
        var counts = new int[400];
        for (int i = 0; i < 400_000; i++) counts[(int)(r.NextDouble() * 20) * 20 + (int)(r.NextDouble() * 20)]++;
        double chi2 = counts.Sum(c => (c - 1000.0) * (c - 1000.0) / 1000.0);
        Assert.True(chi2 < 540, $"chi2 = {chi2}");
    }
}
