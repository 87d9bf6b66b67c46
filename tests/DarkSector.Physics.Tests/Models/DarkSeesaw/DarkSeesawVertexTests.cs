using DarkSector.Physics.Models.DarkSeesaw;

namespace DarkSector.Physics.Tests.Models.DarkSeesaw;

/// <summary>
/// Vertices of <see cref="DarkSeesawSpectrum"/> against closed forms in limits where the mass matrix decouples:
/// with Λ_L = Λ_R = 0 the dark block (two Dirac masses m_X) gives two pseudo-Dirac pairs whose Z' current is purely
/// off-diagonal (|V_12| = 1, V_11 = V_22 = 0: a vector current of a Dirac fermion in its Majorana basis), the
/// active-sterile 2×2 seesaw [[0, m_D],[m_D, M]] carries no Z' charge, and its Higgs vertex follows from the mixing
/// angle tan 2θ = 2m_D/M: (v/√2)|H_νν| = (v/√2)|H_NN| = m_D sin 2θ, (v/√2)|H_νN| = m_D cos 2θ. The dark-scalar vertex is
/// symmetric and ∝ 1/v_Φ; lookups by index and name are refused outside the spectrum.
/// </summary>
public sealed class DarkSeesawVertexTests
{
    private const double MD = 0.01, MN = 1.0;

    private static DarkSeesawSpectrum Decoupled() => DarkSeesawSpectrum.Compute(new DarkSeesawParameters(
        diracMassGeV: new[,] { { MD } }, sterileMassGeV: new[,] { { MN } },
        lambdaLGeV: new double[1, 2], lambdaRGeV: new double[1, 2],
        darkMassGeV: new[,] { { 0.3, 0 }, { 0, 0.5 } }, zPrimeMassGeV: 0.2, epsilon: 1e-3, alphaD: 0.25));

    private static DarkSeesawSpectrum Coupled() => DarkSeesawSpectrum.Compute(new DarkSeesawParameters(
        diracMassGeV: new[,] { { MD } }, sterileMassGeV: new[,] { { MN } },
        lambdaLGeV: new[,] { { 0.05, 0.02 } }, lambdaRGeV: new[,] { { 0.01, 0.04 } },
        darkMassGeV: new[,] { { 0.3, 0.02 }, { 0.01, 0.5 } }, zPrimeMassGeV: 0.2, epsilon: 1e-3, alphaD: 0.25));

    [Fact] // masses (ascending): ν = m_D²-ish, 0.3, 0.3, 0.5, 0.5, N; the dark pairs' V: diagonal 0, off-diagonal modulus 1; ν and N: V = 0; 1e-12
    public void DecoupledDarkBlock_HasAnOffDiagonalZPrimeCurrent()
    {
        var s = Decoupled();
        Assert.Equal(6, s.StateCount);
        double[] expected = [0, 0.3, 0.3, 0.5, 0.5, 0];
        for (int i = 1; i <= 4; i++) Assert.Equal(expected[i], s.MassesGeV[i], 1e-12);
        foreach (var (a, b) in new[] { (1, 2), (3, 4) })
        {
            Assert.Equal(0, s.ZPrimeVertex(a, a).Magnitude, 1e-12);
            Assert.Equal(0, s.ZPrimeVertex(b, b).Magnitude, 1e-12);
            Assert.Equal(1, s.ZPrimeVertex(a, b).Magnitude, 1e-12);
        }
        Assert.Equal(0, s.ZPrimeVertex(1, 3).Magnitude, 1e-12);
        for (int j = 0; j < 6; j++)
        {
            Assert.Equal(0, s.ZPrimeVertex(0, j).Magnitude, 1e-12);
            Assert.Equal(0, s.ZPrimeVertex(5, j).Magnitude, 1e-12);
        }
    }

    [Fact] // 2×2 seesaw: (v/√2)|H| = m_D sin 2θ on the diagonal, m_D cos 2θ off it, tan 2θ = 2m_D/M; dark states have no Higgs vertex; 1e-9
    public void SeesawHiggsVertex_FollowsTheMixingAngle()
    {
        var s = Decoupled();
        double scale = PhysicalConstants.HiggsVevGeV / Math.Sqrt(2);
        double root = Math.Sqrt(MN * MN + 4 * MD * MD);
        double sin2 = 2 * MD / root, cos2 = MN / root;
        Assert.Equal(1, scale * s.HiggsVertex(0, 0).Magnitude / (MD * sin2), 1e-9);
        Assert.Equal(1, scale * s.HiggsVertex(5, 5).Magnitude / (MD * sin2), 1e-9);
        Assert.Equal(1, scale * s.HiggsVertex(0, 5).Magnitude / (MD * cos2), 1e-9);
        Assert.Equal(0, s.HiggsVertex(1, 2).Magnitude, 1e-15);
        Assert.Equal(0, s.DarkScalarVertex(0, 5, 10).Magnitude, 1e-15);   // Λ = 0: no dark-scalar coupling
    }

    [Fact] // Λ ≠ 0: S is symmetric (S_ij = S_ji to 1e-15 of its largest element), non-zero, and scales as 1/v_Φ exactly
    public void DarkScalarVertex_IsSymmetricAndInverseInTheDarkVev()
    {
        var s = Coupled();
        double largest = 0;
        for (int i = 0; i < s.StateCount; i++)
            for (int j = 0; j < s.StateCount; j++)
                largest = Math.Max(largest, s.DarkScalarVertex(i, j, 10).Magnitude);
        Assert.True(largest > 1e-4);
        for (int i = 0; i < s.StateCount; i++)
            for (int j = 0; j < s.StateCount; j++)
            {
                Assert.True((s.DarkScalarVertex(i, j, 10) - s.DarkScalarVertex(j, i, 10)).Magnitude <= 1e-15 * largest, $"S[{i},{j}]");
                Assert.True((s.DarkScalarVertex(i, j, 10) - 2 * s.DarkScalarVertex(i, j, 20)).Magnitude <= 1e-15 * largest, $"1/v at [{i},{j}]");
            }
        Assert.Equal("darkVevGeV", Assert.Throws<ArgumentOutOfRangeException>(() => s.DarkScalarVertex(0, 1, 0)).ParamName);
    }

    [Fact] // Z' vertex, any Λ: V = U†PU with P = diag(0, 0, 1, 1, −1, −1) is Hermitian with eigenvalues ±1 (twice) and 0: Tr V = 0, Tr V² = 4; 1e-12
    public void ZPrimeVertex_IsUnitarilySimilarToTheChargeMatrix()
    {
        var s = Coupled();
        System.Numerics.Complex trace = 0, trace2 = 0;
        for (int i = 0; i < 6; i++)
        {
            trace += s.ZPrimeVertex(i, i);
            for (int j = 0; j < 6; j++)
            {
                trace2 += s.ZPrimeVertex(i, j) * s.ZPrimeVertex(j, i);
                Assert.True((s.ZPrimeVertex(i, j) - System.Numerics.Complex.Conjugate(s.ZPrimeVertex(j, i))).Magnitude <= 1e-12);
            }
        }
        Assert.Equal(0, trace.Magnitude, 1e-12);
        Assert.Equal(4, trace2.Real, 1e-12);
    }

    [Fact] // lookups outside the spectrum are refused naming the index and the range; unknown names list the states
    public void Lookups_AreRefusedOutsideTheSpectrum()
    {
        var s = Decoupled();
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => s.ZVertex(6, 0));
        Assert.Equal("index", e.ParamName);
        Assert.StartsWith("state index 6 is outside [0, 5]", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => s.Mixing(LeptonFlavour.Muon, 6));
        Assert.Throws<ArgumentOutOfRangeException>(() => s.StateName(-1));
        Assert.Throws<ArgumentNullException>(() => s.IndexOf(null!));
        var k = Assert.Throws<KeyNotFoundException>(() => s.IndexOf("N9"));
        Assert.StartsWith("no state 'N9'; the states are ", k.Message);
        Assert.Contains(s.StateName(5), k.Message);
    }
}
