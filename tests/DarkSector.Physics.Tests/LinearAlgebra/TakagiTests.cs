using System.Numerics;
using DarkSector.Physics.LinearAlgebra;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;
using MathNet.Numerics.LinearAlgebra;

namespace DarkSector.Physics.Tests.LinearAlgebra;

public class TakagiTests
{
    /// <summary>Size 1..8 and a seed for the entries.</summary>
    private static readonly Gen<(int Size, int Seed, int Decades)> Cases =
        from size in Gen.Choose(1, 8)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from decades in Gen.Choose(0, 6)
        select (size, seed, decades);

    /// <summary>Random symmetric matrix with entries of log-uniform magnitude over <paramref name="decades"/> decades and random sign/phase.</summary>
    internal static Matrix<Complex> RandomSymmetric(int n, int seed, int decades, bool complex)
    {
        var random = new Random(seed);
        var m = Matrix<Complex>.Build.Dense(n, n);
        for (int i = 0; i < n; i++)
            for (int j = i; j < n; j++)
            {
                double magnitude = Math.Pow(10, -decades * random.NextDouble());
                Complex z = complex
                    ? Complex.FromPolarCoordinates(magnitude, 2 * Math.PI * random.NextDouble())
                    : (random.NextDouble() < 0.5 ? -magnitude : magnitude);
                m[i, j] = m[j, i] = z;
            }
        return m;
    }

    /// <summary>max |U†U − I|.</summary>
    internal static double UnitarityDefect(Matrix<Complex> u)
    {
        var d = u.ConjugateTranspose() * u - Matrix<Complex>.Build.DenseIdentity(u.RowCount);
        return d.Enumerate().Max(z => z.Magnitude);
    }

    /// <summary>max |(UᵀMU)_ij − δ_ij m_i| / max m.</summary>
    internal static double DiagonalDefect(Matrix<Complex> m, TakagiFactorization t)
    {
        var u = t.Unitary;
        var d = u.Transpose() * m * u;
        double largest = Math.Max(t.Values[^1], double.Epsilon);
        double worst = 0;
        for (int i = 0; i < d.RowCount; i++)
            for (int j = 0; j < d.ColumnCount; j++)
                worst = Math.Max(worst, (d[i, j] - (i == j ? t.Values[i] : 0)).Magnitude / largest);
        return worst;
    }

    private static bool IsValid(Matrix<Complex> m, TakagiFactorization t)
    {
        bool ascending = t.Values.Zip(t.Values.Skip(1)).All(p => p.First <= p.Second) && t.Values[0] >= 0;
        return ascending && UnitarityDefect(t.Unitary) <= 1e-12 && DiagonalDefect(m, t) <= 1e-12;
    }

    [Property] // U unitary to 1e-12, UᵀMU diagonal to 1e-12 of the largest value, sizes 1..8
    public Property ComplexSymmetric_IsDiagonalisedByAUnitary() =>
        Prop.ForAll(Arb.From(Cases), c =>
        {
            var m = RandomSymmetric(c.Size, c.Seed, c.Decades, complex: true);
            return IsValid(m, Takagi.Factorize(m));
        });

    [Property] // same tolerances, real input through the real entry point
    public Property RealSymmetric_IsDiagonalisedByAUnitary() =>
        Prop.ForAll(Arb.From(Cases), c =>
        {
            var m = RandomSymmetric(c.Size, c.Seed, c.Decades, complex: false);
            var real = m.Map(z => z.Real);
            return IsValid(m, Takagi.Factorize(real)) && IsValid(m, Takagi.Factorize(m));
        });

    [Property] // values are the singular values of M (independent: Math.NET SVD), 1e-12 of the largest
    public Property Values_AreTheSingularValues() =>
        Prop.ForAll(Arb.From(Cases), c =>
        {
            var m = RandomSymmetric(c.Size, c.Seed, c.Decades, complex: true);
            var t = Takagi.Factorize(m);
            var sv = m.Svd(computeVectors: false).S.Select(z => z.Real).OrderBy(x => x).ToArray();
            return sv.Select((s, i) => Math.Abs(s - t.Values[i])).Max() <= 1e-12 * sv[^1];
        });

    [Theory] // degenerate values: M = Q* D Q† with a random unitary Q; values recovered to 1e-12, U unitary, diagonal
    [InlineData(new[] { 1.0, 1.0, 2.0 })]
    [InlineData(new[] { 0.0, 0.0, 3.0, 3.0 })]
    [InlineData(new[] { 0.5, 0.5, 0.5, 0.5, 0.5 })]
    [InlineData(new[] { 0.0, 0.0 })]
    public void DegenerateValues_AreResolved(double[] values)
    {
        int n = values.Length;
        var random = new Random(42);
        var g = Matrix<Complex>.Build.Dense(n, n, (_, _) => new Complex(random.NextDouble() - 0.5, random.NextDouble() - 0.5));
        var q = g.QR().Q;
        var m = q.Conjugate() * Matrix<Complex>.Build.DenseOfDiagonalArray(values.Select(v => new Complex(v, 0)).ToArray()) * q.ConjugateTranspose();
        m = 0.5 * (m + m.Transpose());
        var t = Takagi.Factorize(m);
        for (int i = 0; i < n; i++) Assert.Equal(values.OrderBy(v => v).ElementAt(i), t.Values[i], 1e-12);
        Assert.True(UnitarityDefect(t.Unitary) <= 1e-12);
        if (values.Max() > 0) Assert.True(DiagonalDefect(m, t) <= 1e-12);
    }

    [Theory] // 2x2 type-I seesaw [[0, m_D],[m_D, M]]: light value vs the closed form 2m_D²/(M + √(M² + 4m_D²)), 1e-6 relative
    [InlineData(1e-1)]
    [InlineData(1e-5)]
    [InlineData(1e-9)]
    [InlineData(1e-11)]
    [InlineData(1e-13)]
    public void LightValue_OfTwoByTwoSeesaw_MatchesClosedForm(double lightGeV)
    {
        const double heavy = 1.0;
        double mD = Math.Sqrt(lightGeV * heavy);
        var real = Matrix<double>.Build.DenseOfArray(new[,] { { 0, mD }, { mD, heavy } });
        double exact = 2 * mD * mD / (heavy + Math.Sqrt(heavy * heavy + 4 * mD * mD));
        Assert.Equal(1, Takagi.Factorize(real).Values[0] / exact, 1e-6);
        // complex phases do not change the values
        var complex = Matrix<Complex>.Build.DenseOfArray(new[,]
        {
            { Complex.Zero, Complex.FromPolarCoordinates(mD, 0.7) },
            { Complex.FromPolarCoordinates(mD, 0.7), Complex.FromPolarCoordinates(heavy, -1.1) },
        });
        var t = Takagi.Factorize(complex);
        Assert.Equal(1, t.Values[0] / exact, 1e-6);
        Assert.True(DiagonalDefect(complex, t) <= 1e-12);
    }

    [Property] // random hierarchies m_D = 10^-(1..7) M, M in [0.1, 10] GeV, random phases: light value vs the 2x2 closed form, 1e-6 relative
    public Property LightValue_OfRandomSeesawHierarchies_MatchesClosedForm() =>
        Prop.ForAll(Arb.From(from decades in Gen.Choose(10, 70) from heavy in Gen.Choose(1, 100) from phase in Gen.Choose(0, 628)
                             select (Ratio: Math.Pow(10, -decades / 10.0), Heavy: heavy / 10.0, Phase: phase / 100.0)), c =>
        {
            double mD = c.Ratio * c.Heavy;
            var z = Complex.FromPolarCoordinates(mD, c.Phase);
            var m = Matrix<Complex>.Build.DenseOfArray(new[,] { { Complex.Zero, z }, { z, Complex.FromPolarCoordinates(c.Heavy, -c.Phase / 3) } });
            double exact = 2 * mD * mD / (c.Heavy + Math.Sqrt(c.Heavy * c.Heavy + 4 * mD * mD));
            return Math.Abs(Takagi.Factorize(m).Values[0] / exact - 1) <= 1e-6;
        });

    [Theory] // 3 active x 3 sterile: the three light values vs the seesaw matrix m_ν = −m_D M_N⁻¹ m_Dᵀ (its singular values), 1e-6 relative
    [InlineData(1e-9, false)]
    [InlineData(1e-11, false)]
    [InlineData(1e-13, false)]
    [InlineData(1e-11, true)]
    [InlineData(1e-13, true)]
    public void LightValues_OfThreeFlavourSeesaw_MatchTheSeesawFormula(double lightScaleGeV, bool complex)
    {
        var random = new Random(7);
        double[] heavy = [0.3, 1.1, 4.0];
        var mD = Matrix<Complex>.Build.Dense(3, 3, (_, k) =>
        {
            double magnitude = Math.Sqrt(lightScaleGeV * heavy[k]) * (0.5 + random.NextDouble());
            return complex ? Complex.FromPolarCoordinates(magnitude, 2 * Math.PI * random.NextDouble()) : magnitude * (random.NextDouble() < 0.5 ? -1 : 1);
        });
        var m = Matrix<Complex>.Build.Dense(6, 6);
        for (int a = 0; a < 3; a++)
            for (int k = 0; k < 3; k++)
                m[a, 3 + k] = m[3 + k, a] = mD[a, k];
        for (int k = 0; k < 3; k++) m[3 + k, 3 + k] = heavy[k];
        var seesaw = -mD * Matrix<Complex>.Build.DenseOfDiagonalArray(heavy.Select(h => new Complex(1 / h, 0)).ToArray()) * mD.Transpose();
        // Math.NET's SVD has absolute cut-offs: factorise the rescaled (order-one) seesaw matrix and scale back
        var expected = (seesaw / lightScaleGeV).Svd(computeVectors: false).S.Select(z => z.Real * lightScaleGeV).OrderBy(x => x).ToArray();
        var t = Takagi.Factorize(m);
        for (int i = 0; i < 3; i++) Assert.Equal(1, t.Values[i] / expected[i], 1e-6);
        Assert.True(UnitarityDefect(t.Unitary) <= 1e-12);
    }

    [Fact]
    public void NonSymmetricInput_IsRejectedNamingTheEntry()
    {
        var m = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 2.0 }, { 2.5, 1.0 } });
        var e = Assert.Throws<ArgumentException>(() => Takagi.Factorize(m));
        Assert.Contains("symmetric", e.Message);
    }

    [Fact]
    public void NonFiniteInput_IsRejected()
    {
        var m = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, double.NaN }, { double.NaN, 1.0 } });
        Assert.Throws<ArgumentException>(() => Takagi.Factorize(m));
    }
}
