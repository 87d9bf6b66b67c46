using System.Numerics;

namespace DarkSector.Physics.LinearAlgebra;

public static partial class Takagi
{
    /// <summary>Largest number of Jacobi sweeps before giving up (convergence takes 5–10 for n ≤ 20).</summary>
    private const int MaximumSweeps = 100;

    /// <summary>
    /// Jacobi–Takagi sweeps on a copy of the symmetric <paramref name="matrix"/>; returns U with Uᵀ M U diagonal
    /// (diagonal phases not yet fixed). Trusted input: square and symmetric.
    /// </summary>
    internal static Complex[,] JacobiTakagi(Complex[,] matrix)
    {
        int n = matrix.GetLength(0);
        var a = (Complex[,])matrix.Clone();
        var u = new Complex[n, n];
        for (int i = 0; i < n; i++) u[i, i] = Complex.One;

        double norm2 = 0;
        foreach (var z in a) norm2 += Norm2(z);
        if (norm2 == 0) return u;

        for (int sweep = 0; sweep < MaximumSweeps; sweep++)
        {
            double off = 0;
            for (int p = 0; p < n; p++)
                for (int q = p + 1; q < n; q++)
                    off += Norm2(a[p, q]);
            if (off == 0) break;

            bool rotated = false;
            for (int p = 0; p < n - 1; p++)
                for (int q = p + 1; q < n; q++)
                {
                    Complex b = a[p, q];
                    if (b == Complex.Zero) continue;
                    // Rutishauser's test: |b| is below the last digit of both diagonal entries
                    double hundredB = 100 * b.Magnitude, app = a[p, p].Magnitude, aqq = a[q, q].Magnitude;
                    if (app + hundredB == app && aqq + hundredB == aqq)
                    {
                        a[p, q] = a[q, p] = Complex.Zero;
                        continue;
                    }
                    Rephase(a, u, p);
                    Rephase(a, u, q);
                    Rotate(a, u, p, q);
                    rotated = true;
                }
            if (!rotated) break;
        }
        return u;
    }

    /// <summary>Multiplies row and column k of A by e^{iθ} and column k of U by the same phase so that A_kk ≥ 0.</summary>
    private static void Rephase(Complex[,] a, Complex[,] u, int k)
    {
        Complex akk = a[k, k];
        if (akk == Complex.Zero || (akk.Imaginary == 0 && akk.Real > 0)) return;
        int n = a.GetLength(0);
        Complex phase = Complex.FromPolarCoordinates(1, -0.5 * akk.Phase);
        for (int j = 0; j < n; j++)
        {
            if (j == k) continue;
            a[k, j] *= phase;
            a[j, k] = a[k, j];
            u[j, k] *= phase;
        }
        u[k, k] *= phase;
        a[k, k] = akk.Magnitude;
    }

    /// <summary>Applies the unitary congruence A ← Wᵀ A W, U ← U W that zeroes A_pq (A_pp, A_qq real ≥ 0).</summary>
    private static void Rotate(Complex[,] a, Complex[,] u, int p, int q)
    {
        int n = a.GetLength(0);
        double ap = a[p, p].Real, dq = a[q, q].Real;
        Complex b = a[p, q];
        double bAbs = b.Magnitude, beta = b.Phase;
        double phi = Math.Atan2(-(ap - dq) * Math.Sin(beta), (ap + dq) * Math.Cos(beta));
        double f = ap * Math.Cos(phi + beta) - dq * Math.Cos(phi - beta);
        double root = Math.Sqrt(f * f + 4 * bAbs * bAbs);
        double kappa = 2 * bAbs / (f >= 0 ? f + root : f - root);
        double c = 1 / Math.Sqrt(1 + kappa * kappa);
        Complex s = Complex.FromPolarCoordinates(kappa * c, phi);
        Complex sBar = Complex.Conjugate(s);

        // columns: (A W)[j,p] = c A[j,p] + s A[j,q]; (A W)[j,q] = −s̄ A[j,p] + c A[j,q]
        for (int j = 0; j < n; j++)
        {
            Complex x = a[j, p], y = a[j, q];
            a[j, p] = c * x + s * y;
            a[j, q] = -sBar * x + c * y;
            Complex ux = u[j, p], uy = u[j, q];
            u[j, p] = c * ux + s * uy;
            u[j, q] = -sBar * ux + c * uy;
        }
        // rows: (Wᵀ X)[p,j] = c X[p,j] + s X[q,j]; (Wᵀ X)[q,j] = −s̄ X[p,j] + c X[q,j]
        for (int j = 0; j < n; j++)
        {
            Complex x = a[p, j], y = a[q, j];
            a[p, j] = c * x + s * y;
            a[q, j] = -sBar * x + c * y;
        }
        a[p, q] = a[q, p] = Complex.Zero;
        for (int j = 0; j < n; j++)
        {
            if (j == p || j == q) continue;
            a[p, j] = 0.5 * (a[p, j] + a[j, p]);
            a[j, p] = a[p, j];
            a[q, j] = 0.5 * (a[q, j] + a[j, q]);
            a[j, q] = a[q, j];
        }
    }

    private static double Norm2(Complex z) => z.Real * z.Real + z.Imaginary * z.Imaginary;
}
