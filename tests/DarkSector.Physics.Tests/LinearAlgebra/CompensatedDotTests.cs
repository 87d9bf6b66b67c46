using System.Numerics;
using DarkSector.Physics.LinearAlgebra;

namespace DarkSector.Physics.Tests.LinearAlgebra;

/// <summary>
/// <see cref="CompensatedDot"/> on dot products whose exact value plain double arithmetic loses entirely: a product
/// (1 + e)(1 − e) − 1 = −e² (e = 2⁻³⁰, the rounding error of one product) and a sum 1e16 + 1 − 1e16 = 1 (the rounding
/// error of one addition), in each of the four real/imaginary combinations of Σ x_k y_k; all exact in double.
/// </summary>
public sealed class CompensatedDotTests
{
    private static readonly double E = Math.Pow(2, -30);

    [Fact] // plain arithmetic gives 0 for each of these; the compensated sum gives the exact values
    public void ProductRoundingErrors_AreRecovered()
    {
        Assert.Equal(new Complex(-E * E, 0), CompensatedDot.Product([1 + E, -1], [1 - E, 1]));
        Assert.Equal(new Complex(E * E, 0), CompensatedDot.Product([new(0, 1 + E), new(0, 1)], [new(0, 1 - E), new(0, -1)]));
        Assert.Equal(new Complex(0, -E * E), CompensatedDot.Product([new(0, 1 + E), new(0, -1)], [1 - E, 1]));
        Assert.Equal(new Complex(0, -E * E), CompensatedDot.Product([1 + E, -1], [new(0, 1 - E), new(0, 1)]));
    }

    [Fact] // 1e16 + 1 − 1e16: the 1 is lost by a plain sum (spacing of doubles at 1e16 is 2); compensated: exactly 1
    public void SumRoundingErrors_AreRecovered()
    {
        Assert.Equal(new Complex(1, 0), CompensatedDot.Product([1e16, 1, -1e16], [1, 1, 1]));
        Assert.Equal(new Complex(0, 1), CompensatedDot.Product([new(0, 1e16), new(0, 1), new(0, -1e16)], [1, 1, 1]));
        Assert.Equal(new Complex(-1, 0), CompensatedDot.Product([new(0, 1e16), new(0, 1), new(0, -1e16)], [Complex.ImaginaryOne, Complex.ImaginaryOne, Complex.ImaginaryOne]));
    }

    [Fact] // an ordinary product: (1 + 2i)(3 − i) + (−2 + i)(i) = 5 + 5i − 1 − 2i = 4 + 3i, exact
    public void OrdinaryProduct_IsExact() =>
        Assert.Equal(new Complex(4, 3), CompensatedDot.Product([new(1, 2), new(-2, 1)], [new(3, -1), Complex.ImaginaryOne]));
}
