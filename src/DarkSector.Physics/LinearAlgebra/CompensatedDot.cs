using System.Numerics;

namespace DarkSector.Physics.LinearAlgebra;

/// <summary>
/// Complex dot products Σ x_k y_k (no conjugation) in twice the working precision: every real product is split
/// exactly with a fused multiply-add (TwoProduct) and every sum with Knuth's TwoSum, the errors accumulated and added
/// at the end (Ogita, Rump, Oishi, "Accurate sum and dot product", SIAM J. Sci. Comput. 26 (2005) 1955, Alg. 5.3
/// Dot2). The result is as accurate as if computed in quadruple precision and then rounded, up to the condition number.
/// </summary>
internal static class CompensatedDot
{
    /// <summary>Σ_k x_k y_k for complex vectors of equal length.</summary>
    public static Complex Product(ReadOnlySpan<Complex> x, ReadOnlySpan<Complex> y)
    {
        System.Diagnostics.Debug.Assert(x.Length == y.Length);
        double re = 0, reErr = 0, im = 0, imErr = 0;
        for (int k = 0; k < x.Length; k++)
        {
            Accumulate(ref re, ref reErr, x[k].Real, y[k].Real);
            Accumulate(ref re, ref reErr, -x[k].Imaginary, y[k].Imaginary);
            Accumulate(ref im, ref imErr, x[k].Real, y[k].Imaginary);
            Accumulate(ref im, ref imErr, x[k].Imaginary, y[k].Real);
        }
        return new Complex(re + reErr, im + imErr);
    }

    /// <summary>sum ← fl(sum + a·b), error ← error + (rounding errors of the product and of the sum).</summary>
    private static void Accumulate(ref double sum, ref double error, double a, double b)
    {
        double product = a * b;
        double productError = Math.FusedMultiplyAdd(a, b, -product);
        double s = sum + product;
        double z = s - sum;
        double sumError = (sum - (s - z)) + (product - z);
        sum = s;
        error += productError + sumError;
    }
}
