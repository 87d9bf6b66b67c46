using System.Diagnostics;

namespace DarkSector.Sampling.Likelihoods;

/// <summary>In-place Cholesky factorisation and quadratic forms on row-major spans (hot path, no allocation).</summary>
/// <remarks>Golub and Van Loan, Matrix Computations, 4th ed., algorithm 4.2.1 (row-oriented Cholesky–Banachiewicz).</remarks>
internal static class DenseCholesky
{
    /// <summary>Largest dimension whose scratch matrix is taken from the stack.</summary>
    public const int StackLimit = 64;

    /// <summary>Replaces the lower triangle of the symmetric n × n <paramref name="a"/> by L with A = L Lᵀ.</summary>
    /// <returns>false if A is not (numerically) positive definite.</returns>
    public static bool TryFactor(Span<double> a, int n)
    {
        Debug.Assert(a.Length >= n * n);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double sum = a[i * n + j];
                for (int k = 0; k < j; k++) sum -= a[i * n + k] * a[j * n + k];
                if (i == j)
                {
                    if (!(sum > 0)) return false;
                    a[i * n + i] = Math.Sqrt(sum);
                }
                else
                {
                    a[i * n + j] = sum / a[j * n + j];
                }
            }
        }
        return true;
    }

    /// <summary>rᵀ (L Lᵀ)⁻¹ r = |L⁻¹ r|², overwriting <paramref name="r"/> with L⁻¹ r.</summary>
    public static double QuadraticForm(ReadOnlySpan<double> lower, int n, Span<double> r)
    {
        Debug.Assert(lower.Length >= n * n && r.Length >= n);
        double chi2 = 0;
        for (int i = 0; i < n; i++)
        {
            double sum = r[i];
            int row = i * n;
            for (int k = 0; k < i; k++) sum -= lower[row + k] * r[k];
            double y = sum / lower[row + i];
            r[i] = y;
            chi2 += y * y;
        }
        return chi2;
    }
}
