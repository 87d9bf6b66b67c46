using DarkSector.Physics.Production;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;
using Xunit;

namespace DarkSector.Physics.Tests.Production;

public sealed class KaonDecayTests
{
    private const double Mk = 0.493677, Mmu = 0.1056583755;

    [Fact]
    public void Ratio_TendsToMixingForMasslessHnl() =>
        Assert.Equal(1e-4, KaonDecay.HnlToNeutrinoWidthRatio(1e-7, 1e-4), 1e-4 * 1e-9);   // O(m_N²/m_μ²) ~ 1e-12

    [Fact]
    public void Ratio_VanishesAtThreshold()
    {
        double threshold = Mk - Mmu;
        Assert.Equal(0.0, KaonDecay.HnlToNeutrinoWidthRatio(threshold, 1e-4));
        Assert.Equal(0.0, KaonDecay.HnlToNeutrinoWidthRatio(0.45, 1e-4));
        // Approaches 0 as √λ ∝ √(threshold − m_N): quartering the distance halves the ratio (relative 1e-3).
        double near = KaonDecay.HnlToNeutrinoWidthRatio(threshold - 1e-8, 1e-4);
        double nearer = KaonDecay.HnlToNeutrinoWidthRatio(threshold - 0.25e-8, 1e-4);
        Assert.True(near > 0);
        Assert.Equal(0.5, nearer / near, 1e-3);
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.2)]
    [InlineData(0.35)]
    public void Ratio_MatchesShrockFormInDimensionfulVariables(double mN)
    {
        // Shrock 1981: Γ(K → μ N) ∝ |U|² [m_K²(m_μ² + m_N²) − (m_μ² − m_N²)²] λ^{1/2}(m_K², m_μ², m_N²), so the
        // ratio to the m_N = 0 rate is written in GeV without the mass-ratio variables (relative 1e-12).
        double F(double m)
        {
            double l = Math.Pow(Mk * Mk - Mmu * Mmu - m * m, 2) - 4 * Mmu * Mmu * m * m;
            return (Mk * Mk * (Mmu * Mmu + m * m) - Math.Pow(Mmu * Mmu - m * m, 2)) * Math.Sqrt(l);
        }
        double expected = 2e-3 * F(mN) / F(0);
        Assert.Equal(expected, KaonDecay.HnlToNeutrinoWidthRatio(mN, 2e-3), 1e-12 * expected);
    }

    [Property]
    public Property Ratio_IsLinearInMixing() =>
        Prop.ForAll(Arb.From(from m in Gen.Choose(0, 380) from k in Gen.Choose(1, 1000) select (m / 1000.0, k / 1000.0)), x =>
        {
            double one = KaonDecay.HnlToNeutrinoWidthRatio(x.Item1, 1.0);
            return Math.Abs(KaonDecay.HnlToNeutrinoWidthRatio(x.Item1, x.Item2) - x.Item2 * one) <= 1e-14 * one;
        });

    [Fact]
    public void BadInput_NamesTheParameter()
    {
        Assert.Contains("mixingUmu2", Assert.Throws<ArgumentOutOfRangeException>(() => KaonDecay.HnlToNeutrinoWidthRatio(0.1, 1.5)).Message);
        Assert.Contains("hnlMassGeV", Assert.Throws<ArgumentOutOfRangeException>(() => KaonDecay.HnlToNeutrinoWidthRatio(double.NaN, 0.1)).Message);
    }
}
