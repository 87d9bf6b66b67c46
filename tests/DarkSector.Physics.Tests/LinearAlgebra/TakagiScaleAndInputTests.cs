using System.Numerics;
using DarkSector.Physics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra;

namespace DarkSector.Physics.Tests.LinearAlgebra;

/// <summary>
/// <see cref="Takagi"/> beyond the order-one matrices of <see cref="TakagiTests"/>: the factorisation is homogeneous
/// (M → cM scales every value by |c|), so the deep seesaw light value 2m_D²/(M + √(M² + 4m_D²)) must come out to 1e-6
/// at any overall unit (eV-scale and TeV-scale heavy states alike); the symmetry tolerance is relative to the largest
/// entry; empty, non-square, null and non-finite inputs are refused naming the matrix.
/// </summary>
public sealed class TakagiScaleAndInputTests
{
    [Theory] // heavy M = 1e-6 … 1e6 (any unit), m_D = √(1e-13) M: light value 1e-13 M to 1e-6 relative, heavy value M(1 + 1e-13)
    [InlineData(1e-6)]
    [InlineData(1e-4)]
    [InlineData(1e3)]
    [InlineData(1e6)]
    public void DeepSeesaw_IsResolvedAtAnyScale(double heavy)
    {
        double mD = Math.Sqrt(1e-13) * heavy;
        double exact = 2 * mD * mD / (heavy + Math.Sqrt(heavy * heavy + 4 * mD * mD));
        var real = Matrix<double>.Build.DenseOfArray(new[,] { { 0, mD }, { mD, heavy } });
        var t = Takagi.Factorize(real);
        Assert.Equal(1, t.Values[0] / exact, 1e-6);
        Assert.Equal(1, t.Values[1] / heavy, 1e-12);
        var z = Complex.FromPolarCoordinates(mD, 0.4);
        var complex = Matrix<Complex>.Build.DenseOfArray(new[,] { { Complex.Zero, z }, { z, Complex.FromPolarCoordinates(heavy, 1.3) } });
        Assert.Equal(1, Takagi.Factorize(complex).Values[0] / exact, 1e-6);
    }

    [Theory] // 3 active × 3 sterile, light values ~1e-13 of the heavy ones (real and complex): the factorisation is
             // homogeneous, values(cM) = |c| values(M) for c = 1e-4 and 1e4, each value to 1e-6 relative
    [InlineData(false)]
    [InlineData(true)]
    public void ThreeFlavourSeesaw_IsHomogeneous(bool complex)
    {
        var random = new Random(11);
        double[] heavy = [0.3, 1.1, 4.0];
        var m = Matrix<Complex>.Build.Dense(6, 6);
        for (int a = 0; a < 3; a++)
            for (int k = 0; k < 3; k++)
            {
                double magnitude = Math.Sqrt(1e-13 * heavy[k]) * (0.5 + random.NextDouble());
                m[a, 3 + k] = m[3 + k, a] = complex ? Complex.FromPolarCoordinates(magnitude, 2 * Math.PI * random.NextDouble()) : magnitude;
            }
        for (int k = 0; k < 3; k++) m[3 + k, 3 + k] = heavy[k];
        var reference = Takagi.Factorize(m).Values;
        foreach (double c in new[] { 1e-4, 1e4 })
        {
            var scaled = complex ? Takagi.Factorize(m * c).Values : Takagi.Factorize(m.Map(z => z.Real * c)).Values;
            for (int i = 0; i < 6; i++) Assert.Equal(1, scaled[i] / (c * reference[i]), 1e-6);
        }
    }

    [Fact] // pseudo-Dirac [[0, m],[m, 0]] (eigenvalues ±m): both Takagi values are m, U unitary and UᵀMU = diag(m, m), 1e-12
    public void PseudoDirac_HasTwoEqualNonNegativeValues()
    {
        var t = Takagi.Factorize(Matrix<double>.Build.DenseOfArray(new[,] { { 0, 2.5 }, { 2.5, 0 } }));
        Assert.Equal(2.5, t.Values[0], 1e-12);
        Assert.Equal(2.5, t.Values[1], 1e-12);
        var d = t.Unitary.Transpose() * Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 0, 2.5 }, { 2.5, 0 } }) * t.Unitary;
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 2; j++)
                Assert.True((d[i, j] - (i == j ? 2.5 : 0)).Magnitude <= 1e-12, $"(UᵀMU)[{i},{j}] = {d[i, j]}");
    }

    [Fact] // asymmetry is judged against max|entry|: 1e-11 on entries of 1e3 (1e-14 relative) is accepted even with a zero
           // entry present, and the values are those of the symmetrised matrix; 1e-8 on the same entries (1e-11) is refused
    public void SymmetryTolerance_IsRelativeToTheLargestEntry()
    {
        var nearly = Matrix<double>.Build.DenseOfArray(new[,] { { 0, 1000 }, { 1000 + 1e-11, 5 } });
        var t = Takagi.Factorize(nearly);
        var symmetric = Takagi.Factorize(Matrix<double>.Build.DenseOfArray(new[,] { { 0, 1000 + 0.5e-11 }, { 1000 + 0.5e-11, 5 } }));
        Assert.Equal(symmetric.Values[0], t.Values[0], 1e-9);
        Assert.Equal(symmetric.Values[1], t.Values[1], 1e-9);
        var e = Assert.Throws<ArgumentException>(() => Takagi.Factorize(Matrix<double>.Build.DenseOfArray(new[,] { { 0, 1000 }, { 1000 + 1e-8, 5 } })));
        Assert.Equal("matrix", e.ParamName);
        Assert.StartsWith("matrix must be symmetric: |matrix[0,1] - matrix[1,0]| = ", e.Message);
    }

    [Fact] // empty and non-square matrices, nulls and non-finite entries are refused naming the matrix, the shape or the entry
    public void BadInputs_AreRefusedNamingTheMatrix()
    {
        var e = Assert.Throws<ArgumentException>(() => Takagi.Factorize(Matrix<double>.Build.Dense(2, 3)));
        Assert.Equal("matrix", e.ParamName);
        Assert.StartsWith("matrix must be a non-empty square matrix; it is 2x3", e.Message);
        e = Assert.Throws<ArgumentException>(() => Takagi.Factorize(Matrix<Complex>.Build.Dense(3, 2)));
        Assert.StartsWith("matrix must be a non-empty square matrix; it is 3x2", e.Message);
        Assert.Equal("matrix", Assert.Throws<ArgumentNullException>(() => Takagi.Factorize((Matrix<double>)null!)).ParamName);
        Assert.Equal("matrix", Assert.Throws<ArgumentNullException>(() => Takagi.Factorize((Matrix<Complex>)null!)).ParamName);
        e = Assert.Throws<ArgumentException>(() => Takagi.Factorize(Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 0 }, { 0, double.PositiveInfinity } })));
        Assert.StartsWith("matrix[1,1] = ", e.Message);
        Assert.Contains("is not finite", e.Message);
    }
}
