using DarkSector.Physics.Models.DarkSeesaw;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;

namespace DarkSector.Physics.Tests.Models.DarkSeesaw;

public class DarkSeesawSpectrumTests
{
    /// <summary>The paper's benchmark shape: one active flavour, n = 3, d = 1, M_N diagonal (GeV).</summary>
    internal static DarkSeesawParameters Benchmark(double lambdaRScale = 1.0) => new(
        diracMassGeV: new[,] { { 1e-5, 2e-5, 3e-5 } },
        sterileMassGeV: new[,] { { 0.12, 0, 0 }, { 0, 0.25, 0 }, { 0, 0, 0.6 } },
        lambdaLGeV: new[,] { { 0.02 }, { 0.03 }, { 0.05 } },
        lambdaRGeV: new[,] { { 0.04 * lambdaRScale }, { -0.01 * lambdaRScale }, { 0.02 * lambdaRScale } },
        darkMassGeV: new[,] { { 0.3 } },
        zPrimeMassGeV: 1.25, epsilon: Math.Sqrt(4.6e-4), alphaD: 0.39);

    /// <summary>Random parameter points with n_a = 1..3, n = 1..3, d = 1..2 (masses 0.01–1 GeV, M_D ≤ 1e-3 GeV).</summary>
    private static readonly Gen<DarkSeesawParameters> Points =
        from nA in Gen.Choose(1, 3)
        from n in Gen.Choose(1, 3)
        from d in Gen.Choose(1, 2)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select RandomPoint(nA, n, d, seed);

    internal static DarkSeesawParameters RandomPoint(int nA, int n, int d, int seed)
    {
        var r = new Random(seed);
        double U(double lo, double hi) => lo + (hi - lo) * r.NextDouble();
        var mD = new double[nA, n];
        var mN = new double[n, n];
        var lL = new double[n, d];
        var lR = new double[n, d];
        var mX = new double[d, d];
        for (int a = 0; a < nA; a++) for (int i = 0; i < n; i++) mD[a, i] = U(-1e-3, 1e-3);
        for (int i = 0; i < n; i++) for (int j = i; j < n; j++) mN[i, j] = mN[j, i] = i == j ? U(0.05, 1) : U(-0.05, 0.05);
        for (int i = 0; i < n; i++) for (int k = 0; k < d; k++) { lL[i, k] = U(-0.1, 0.1); lR[i, k] = U(-0.1, 0.1); }
        for (int k = 0; k < d; k++) for (int l = 0; l < d; l++) mX[k, l] = k == l ? U(0.05, 1) : U(-0.05, 0.05);
        return new DarkSeesawParameters(mD, mN, lL, lR, mX, 1.25, 0.02, 0.3);
    }

    [Property] // Σ_jk |V_jk|² = 2d to 1e-12 (V = P_L − P_R with orthogonal rank-d projectors)
    public Property ZPrimeVertex_SumRule_IsTwiceTheNumberOfDarkFermions() =>
        Prop.ForAll(Arb.From(Points), p =>
        {
            var s = DarkSeesawSpectrum.Compute(p);
            double sum = 0;
            for (int j = 0; j < s.StateCount; j++)
                for (int k = 0; k < s.StateCount; k++)
                    sum += s.ZPrimeVertexSquared(j, k);
            return Math.Abs(sum - 2 * p.DarkCount) <= 1e-12;
        });

    [Property] // Σ_i |U_αi|² = 1 for every active α, and Σ_i C_ii = n_a, to 1e-12
    public Property ActiveMixings_AreUnitary() =>
        Prop.ForAll(Arb.From(Points), p =>
        {
            var s = DarkSeesawSpectrum.Compute(p);
            bool rows = p.ActiveFlavours.All(f => Math.Abs(Enumerable.Range(0, s.StateCount).Sum(i => s.MixingSquared(f, i)) - 1) <= 1e-12);
            double trace = Enumerable.Range(0, s.StateCount).Sum(i => s.ZVertex(i, i).Real);
            return rows && Math.Abs(trace - p.ActiveCount) <= 1e-12;
        });

    [Fact] // V and C are Hermitian, H symmetric, to 1e-14
    public void Vertices_HaveTheirSymmetries()
    {
        var s = DarkSeesawSpectrum.Compute(Benchmark());
        for (int i = 0; i < s.StateCount; i++)
            for (int j = 0; j < s.StateCount; j++)
            {
                Assert.True((s.ZPrimeVertex(i, j) - System.Numerics.Complex.Conjugate(s.ZPrimeVertex(j, i))).Magnitude < 1e-14);
                Assert.True((s.ZVertex(i, j) - System.Numerics.Complex.Conjugate(s.ZVertex(j, i))).Magnitude < 1e-14);
                Assert.True((s.HiggsVertex(i, j) - s.HiggsVertex(j, i)).Magnitude < 1e-14);
            }
    }

    [Theory] // one active, one sterile, M_D ≪ M_N: m_light = M_D²/M_N and |U_μ4|² = M_D²/M_N² (1e-6 relative; corrections O(M_D²/M_N²))
    [InlineData(1e-4, 1.0)]
    [InlineData(1e-6, 0.1)]
    [InlineData(3e-7, 1.0)]   // m_light = 9e-14 GeV
    public void SeesawLimit_GivesTypeOneMassAndMixing(double mD, double mN)
    {
        // the dark pair (M_X = 10 GeV, Λ = 0) decouples and sits above the sterile state
        var p = new DarkSeesawParameters(new[,] { { mD } }, new[,] { { mN } }, new[,] { { 0.0 } }, new[,] { { 0.0 } }, new[,] { { 10.0 } },
            1.25, 0.01, 0.3);
        var s = DarkSeesawSpectrum.Compute(p);
        Assert.Equal("nu1", s.StateName(0));
        Assert.Equal("N4", s.StateName(1));
        Assert.Equal(1, s.MassesGeV[0] / (mD * mD / mN), 1e-6);
        Assert.Equal(1, s.MixingSquared(LeptonFlavour.Muon, 1) / (mD * mD / (mN * mN)), 1e-6);
        Assert.Equal(mN, s.MassesGeV[1], 1e-6 * mN);
    }

    [Fact] // masses, |U_μi|², |V_ij|² unchanged (1e-10 relative to the largest of each) when N → O N with a rotation O
    public void PhysicalOutputs_AreInvariantUnderASterileBasisRotation()
    {
        var p = Benchmark();
        double t1 = 0.4, t2 = -1.1;
        var o = Matmul(Rotation(3, 0, 1, t1), Rotation(3, 1, 2, t2));      // orthogonal 3×3
        var rotated = new DarkSeesawParameters(
            Matmul(p.DiracMassGeV, o), Matmul(Matmul(Transpose(o), p.SterileMassGeV), o),
            Matmul(Transpose(o), p.LambdaLGeV), Matmul(Transpose(o), p.LambdaRGeV), p.DarkMassGeV,
            p.ZPrimeMassGeV, p.Epsilon, p.AlphaDark);
        var a = DarkSeesawSpectrum.Compute(p);
        var b = DarkSeesawSpectrum.Compute(rotated);
        for (int i = 0; i < a.StateCount; i++)
        {
            Assert.Equal(1, b.MassesGeV[i] / a.MassesGeV[i], 1e-10);
            Assert.Equal(a.MixingSquared(LeptonFlavour.Muon, i), b.MixingSquared(LeptonFlavour.Muon, i), 1e-10);
            for (int j = 0; j < a.StateCount; j++)
                Assert.Equal(a.ZPrimeVertexSquared(i, j), b.ZPrimeVertexSquared(i, j), 1e-10);
        }
    }

    [Fact] // Λ_L = Λ_R (M_X symmetric): states are even or odd under ν_DL ↔ ν_DR and V vanishes between states of equal parity (1e-12)
    public void LeftRightSymmetricCouplings_SwitchOffZPrimeVertexBetweenStatesOfEqualParity()
    {
        var p = new DarkSeesawParameters(
            new[,] { { 1e-5, 2e-5, 3e-5 } }, new[,] { { 0.12, 0, 0 }, { 0, 0.25, 0 }, { 0, 0, 0.6 } },
            new[,] { { 0.02 }, { 0.03 }, { 0.05 } }, new[,] { { 0.02 }, { 0.03 }, { 0.05 } }, new[,] { { 0.3 } },
            1.25, 0.02, 0.3);
        var s = DarkSeesawSpectrum.Compute(p);
        var u = s.Diagonalisation!;
        int dl = 4, dr = 5;      // rows of ν_DL^c and ν_DR in the basis (ν_μ^c, N1..N3, ν_DL^c, ν_DR)
        var parity = new int[s.StateCount];
        for (int i = 0; i < s.StateCount; i++)
        {
            var even = (u[dl, i] - u[dr, i]).Magnitude;
            var odd = (u[dl, i] + u[dr, i]).Magnitude;
            Assert.True(Math.Min(even, odd) < 1e-12, $"state {i} has no definite parity");
            parity[i] = even <= odd ? +1 : -1;
        }
        Assert.Equal(+1, parity[0]);   // the light neutrino and every state with active admixture are even
        int pairs = 0;
        for (int i = 0; i < s.StateCount; i++)
            for (int j = 0; j < s.StateCount; j++)
                if (parity[i] == parity[j])
                {
                    Assert.True(s.ZPrimeVertexSquared(i, j) < 1e-24);
                    pairs++;
                }
        Assert.True(pairs > s.StateCount);
        // the sum rule still holds: all |V|² sits between even and odd states
        double sum = 0;
        for (int i = 0; i < s.StateCount; i++) for (int j = 0; j < s.StateCount; j++) sum += s.ZPrimeVertexSquared(i, j);
        Assert.Equal(2.0, sum, 1e-12);
    }

    [Fact] // Benchmark: 6 states, 1 light with m_ν ≈ 1e-11-ish scale, names as the issue specifies
    public void Benchmark_HasOneLightAndFiveHeavyStatesNamedInAscendingMass()
    {
        var s = DarkSeesawSpectrum.Compute(Benchmark());
        Assert.Equal(6, s.StateCount);
        Assert.Equal(["nu1", "N4", "N5", "N6", "N7", "N8"], Enumerable.Range(0, 6).Select(s.StateName));
        Assert.True(s.MassesGeV[0] < 1e-8 && s.MassesGeV[1] > 1e-2);
        Assert.Equal(2, s.IndexOf("n5"));
        Assert.Throws<KeyNotFoundException>(() => s.IndexOf("N9"));
    }

    [Theory] // one active, one sterile (dark pair decoupled): |H_νN| = Y cos 2θ, |H_νν| = Y sin 2θ with Y = √2 M_D/v, tan 2θ = 2M_D/M_N (1e-10)
    [InlineData(1e-3, 0.1)]
    [InlineData(0.03, 0.1)]
    public void HiggsVertex_MatchesTwoStateRotation(double mD, double mN)
    {
        var p = new DarkSeesawParameters(new[,] { { mD } }, new[,] { { mN } }, new[,] { { 0.0 } }, new[,] { { 0.0 } }, new[,] { { 10.0 } },
            1.25, 0.01, 0.3);
        var s = DarkSeesawSpectrum.Compute(p);
        double y = Math.Sqrt(2) * mD / PhysicalConstants.HiggsVevGeV;
        double twoTheta = Math.Atan(2 * mD / mN);
        Assert.Equal(y * Math.Cos(twoTheta), s.HiggsVertex(0, 1).Magnitude, 1e-10 * y);
        Assert.Equal(y * Math.Sin(twoTheta), s.HiggsVertex(0, 0).Magnitude, 1e-10 * y);
        Assert.Equal(0.0, s.DarkScalarVertex(0, 1, 10.0).Magnitude, 1e-15);
    }

    [Fact] // Dual scenario: m5 = m4(1+Δ); |V_μ4|² = |U_μ4|²; Σ_i |U_μi|² = 1 (1e-15)
    public void MicroBooNEDualScenario_BuildsTheTwoHnlSpectrum()
    {
        var dual = new MicroBooNEDualScenario { M4GeV = 0.1, Delta = 0.5, ZPrimeMassGeV = 0.03, Epsilon = 1e-3, Umu4 = 1e-3, Umu5 = 2e-3 };
        var s = dual.Spectrum();
        Assert.Equal(0.15, s.MassesGeV[2], 1e-15);
        Assert.Equal(1e-6, s.ZPrimeVertexSquared(0, 1), 1e-18);
        Assert.Equal(4e-6, s.MixingSquared(LeptonFlavour.Muon, 2), 1e-18);
        Assert.Equal(1, Enumerable.Range(0, 3).Sum(i => s.MixingSquared(LeptonFlavour.Muon, i)), 1e-15);
        Assert.Equal(4 / (4 * Math.PI), dual.AlphaDark, 1e-15);
        Assert.Throws<ArgumentOutOfRangeException>(() => dual with { Delta = -1 });
    }

    [Fact]
    public void BadParameters_AreRejectedNamingTheParameter()
    {
        var e = Assert.Throws<ArgumentException>(() => new DarkSeesawParameters(
            new[,] { { 1e-5 } }, new[,] { { 0.1 } }, new[,] { { 0.1, 0.2 } }, new[,] { { 0.1 } }, new[,] { { 0.3 } }, 1.25, 0.01, 0.3));
        Assert.Contains("lambdaLGeV", e.Message);
        var f = Assert.Throws<ArgumentOutOfRangeException>(() => new DarkSeesawParameters(
            new[,] { { 1e-5 } }, new[,] { { 0.1 } }, new[,] { { 0.1 } }, new[,] { { 0.1 } }, new[,] { { 0.3 } }, double.NaN, 0.01, 0.3));
        Assert.Contains("zPrimeMassGeV", f.Message);
    }

    private static double[,] Rotation(int n, int p, int q, double angle)
    {
        var r = new double[n, n];
        for (int i = 0; i < n; i++) r[i, i] = 1;
        r[p, p] = r[q, q] = Math.Cos(angle);
        r[p, q] = -Math.Sin(angle);
        r[q, p] = Math.Sin(angle);
        return r;
    }

    private static double[,] Matmul(double[,] a, double[,] b)
    {
        var c = new double[a.GetLength(0), b.GetLength(1)];
        for (int i = 0; i < a.GetLength(0); i++)
            for (int j = 0; j < b.GetLength(1); j++)
                for (int k = 0; k < a.GetLength(1); k++)
                    c[i, j] += a[i, k] * b[k, j];
        return c;
    }

    private static double[,] Transpose(double[,] a)
    {
        var t = new double[a.GetLength(1), a.GetLength(0)];
        for (int i = 0; i < a.GetLength(0); i++) for (int j = 0; j < a.GetLength(1); j++) t[j, i] = a[i, j];
        return t;
    }
}
