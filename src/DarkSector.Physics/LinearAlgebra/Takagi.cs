using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace DarkSector.Physics.LinearAlgebra;

/// <summary>
/// Takagi factorisation Uᵀ M U = diag(m), m_i ≥ 0 ascending, of a real or complex symmetric matrix M
/// (the diagonalisation of a Majorana mass matrix; physics.md §2.3).
/// </summary>
/// <remarks>
/// <para>Method. Real input: symmetric eigen-decomposition M = O Λ Oᵀ (Math.NET), then U = O·diag(1 or i), the factor
/// i on the columns of negative eigenvalues, so that Uᵀ M U = |Λ|. Complex input: one-sided-phase Jacobi sweeps on
/// 2×2 sub-blocks. Each step first rephases rows/columns p and q so that M_pp, M_qq are real and ≥ 0, then applies
/// the unitary W = [[c, −s̄], [s, c]], s = c·t, t = κ e^{iφ}, that zeroes M_pq: the condition
/// b(1 − |t|²) − a t̄ + d t = 0 (a = M_pp, d = M_qq, b = |b| e^{iβ} = M_pq) splits into
/// tan φ = −(a − d) sin β / ((a + d) cos β) and |b| κ² + F κ − |b| = 0 with F = a cos(φ+β) − d cos(φ−β); the root
/// with |κ| ≤ 1 (rotation ≤ 45°) is taken. A congruence by a unitary keeps ‖M‖_F, so every step moves 2|M_pq|² from
/// the off-diagonal to the diagonal and the sweeps converge as in the real Jacobi method (Hahn, "Routines for the
/// diagonalization of complex matrices", physics/0607103, uses the same idea). U is a product of exactly unitary
/// factors, hence unitary to rounding.</para>
/// <para>Small values. A double-precision solver determines each value to an absolute error ~1e-16·‖M‖, so a light
/// neutrino of 1e-11 GeV beside GeV states would carry a relative error ~1e-5. Therefore the values below
/// 1e-3·m_max are refined by a Rayleigh–Ritz step: with U_l the columns of that cluster, the block
/// B = U_lᵀ M U_l is formed with compensated (error-free-transformation) dot products (Ogita, Rump, Oishi, SIAM J.
/// Sci. Comput. 26 (2005) 1955, Dot2) and factorised again. B is accurate to ~1e-16·‖B‖ and, because the Takagi
/// values are stationary under perturbations of the vectors, the error of U_l (~1e-16·‖M‖/gap) enters only at second
/// order, ~1e-32·‖M‖³/gap². The light values are thus accurate to ~1e-15 relative for the exact double input (for
/// the type-I seesaw this reproduces m_D²/M_N down to any hierarchy representable in double).</para>
/// <para>Thread-safe (no shared state).</para>
/// </remarks>
public static partial class Takagi
{
    /// <summary>Values below this fraction of the largest are refined by the Rayleigh–Ritz step.</summary>
    internal const double LightClusterFraction = 1e-3;

    /// <summary>Relative asymmetry |M_ij − M_ji| allowed in the input (relative to max |M_ij|).</summary>
    internal const double SymmetryTolerance = 1e-12;

    /// <summary>Factorises a complex symmetric matrix.</summary>
    /// <param name="matrix">Square, symmetric (Mᵀ = M to 1e-12 relative), finite entries; any unit (GeV for mass matrices).</param>
    /// <returns>U and the values m_i ≥ 0 in ascending order.</returns>
    /// <exception cref="ArgumentException">The matrix is empty, not square, not symmetric or has a non-finite entry.</exception>
    public static TakagiFactorization Factorize(Matrix<Complex> matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int n = Validate(matrix.RowCount, matrix.ColumnCount, (i, j) => matrix[i, j], nameof(matrix));
        var a = new Complex[n, n];
        bool real = true;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                a[i, j] = 0.5 * (matrix[i, j] + matrix[j, i]);
                if (a[i, j].Imaginary != 0) real = false;
            }
        if (real)
        {
            var r = new double[n, n];
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                    r[i, j] = a[i, j].Real;
            return FactorizeRealTrusted(r);
        }
        return Finish(a, JacobiTakagi(a));
    }

    /// <summary>Factorises a real symmetric matrix (U is complex: columns of negative eigenvalues carry a factor i).</summary>
    /// <param name="matrix">Square, symmetric (to 1e-12 relative), finite entries.</param>
    /// <returns>U and the values m_i = |λ_i| ≥ 0 in ascending order.</returns>
    /// <exception cref="ArgumentException">The matrix is empty, not square, not symmetric or has a non-finite entry.</exception>
    public static TakagiFactorization Factorize(Matrix<double> matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int n = Validate(matrix.RowCount, matrix.ColumnCount, (i, j) => matrix[i, j], nameof(matrix));
        var r = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                r[i, j] = 0.5 * (matrix[i, j] + matrix[j, i]);
        return FactorizeRealTrusted(r);
    }

    private static TakagiFactorization FactorizeRealTrusted(double[,] r)
    {
        int n = r.GetLength(0);
        var evd = Matrix<double>.Build.DenseOfArray(r).Evd(Symmetricity.Symmetric);
        var eigenvalues = evd.EigenValues;
        var vectors = evd.EigenVectors;
        var u = new Complex[n, n];
        for (int k = 0; k < n; k++)
        {
            Complex phase = eigenvalues[k].Real < 0 ? Complex.ImaginaryOne : Complex.One;
            for (int i = 0; i < n; i++) u[i, k] = phase * vectors[i, k];
        }
        var a = new Complex[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                a[i, j] = r[i, j];
        return Finish(a, u);
    }

    /// <summary>Sorts, refines the light cluster, and packs the result.</summary>
    private static TakagiFactorization Finish(Complex[,] m, Complex[,] u)
    {
        int n = m.GetLength(0);
        var values = TakagiValues(m, u);
        SortColumns(values, u);
        double largest = values[n - 1];
        int light = 0;
        while (light < n && values[light] < LightClusterFraction * largest) light++;
        if (light > 0 && light < n && largest > 0) RefineCluster(m, u, values, light);
        return new TakagiFactorization(values, Matrix<Complex>.Build.DenseOfArray(u));
    }

    /// <summary>
    /// Rayleigh–Ritz refinement of the first <paramref name="count"/> columns: B = U_lᵀ M U_l in compensated
    /// arithmetic, Takagi of B, U_l ← U_l W.
    /// </summary>
    private static void RefineCluster(Complex[,] m, Complex[,] u, double[] values, int count)
    {
        int n = m.GetLength(0);
        var mu = new Complex[n, count];            // M U_l, each element a compensated dot product
        var rowM = new Complex[n];
        var colU = new Complex[n];
        for (int b = 0; b < count; b++)
        {
            for (int j = 0; j < n; j++) colU[j] = u[j, b];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++) rowM[j] = m[i, j];
                mu[i, b] = CompensatedDot.Product(rowM, colU);
            }
        }
        var block = new Complex[count, count];
        var colMu = new Complex[n];
        for (int a = 0; a < count; a++)
        {
            for (int j = 0; j < n; j++) colU[j] = u[j, a];
            for (int b = 0; b < count; b++)
            {
                for (int j = 0; j < n; j++) colMu[j] = mu[j, b];
                block[a, b] = CompensatedDot.Product(colU, colMu);
            }
        }
        for (int a = 0; a < count; a++)
            for (int b = a + 1; b < count; b++)
                block[a, b] = block[b, a] = 0.5 * (block[a, b] + block[b, a]);

        var w = JacobiTakagi(block);
        var lightValues = TakagiValues(block, w);
        SortColumns(lightValues, w);
        var updated = new Complex[n, count];
        for (int i = 0; i < n; i++)
            for (int b = 0; b < count; b++)
            {
                Complex sum = Complex.Zero;
                for (int a = 0; a < count; a++) sum += u[i, a] * w[a, b];
                updated[i, b] = sum;
            }
        for (int i = 0; i < n; i++)
            for (int b = 0; b < count; b++)
                u[i, b] = updated[i, b];
        for (int b = 0; b < count; b++) values[b] = lightValues[b];
    }

    /// <summary>
    /// Diagonal of Uᵀ M U made real and non-negative by rephasing the columns of U (in place); returns |(Uᵀ M U)_kk|.
    /// </summary>
    private static double[] TakagiValues(Complex[,] m, Complex[,] u)
    {
        int n = m.GetLength(0);
        var values = new double[n];
        var mu = new Complex[n];
        for (int k = 0; k < n; k++)
        {
            for (int i = 0; i < n; i++)
            {
                Complex sum = Complex.Zero;
                for (int j = 0; j < n; j++) sum += m[i, j] * u[j, k];
                mu[i] = sum;
            }
            Complex d = Complex.Zero;
            for (int i = 0; i < n; i++) d += u[i, k] * mu[i];
            values[k] = d.Magnitude;
            if (values[k] > 0)
            {
                Complex phase = Complex.FromPolarCoordinates(1, -0.5 * d.Phase);
                for (int i = 0; i < n; i++) u[i, k] *= phase;
            }
        }
        return values;
    }

    /// <summary>Sorts the values ascending and permutes the columns of U alike (stable).</summary>
    private static void SortColumns(double[] values, Complex[,] u)
    {
        int n = values.Length;
        var order = Enumerable.Range(0, n).OrderBy(k => values[k]).ToArray();
        var sortedValues = order.Select(k => values[k]).ToArray();
        var copy = (Complex[,])u.Clone();
        int rows = u.GetLength(0);
        for (int c = 0; c < n; c++)
            for (int i = 0; i < rows; i++)
                u[i, c] = copy[i, order[c]];
        Array.Copy(sortedValues, values, n);
    }

    private static int Validate(int rows, int columns, Func<int, int, Complex> at, string name)
    {
        if (rows == 0 || rows != columns)
            throw new ArgumentException($"{name} must be a non-empty square matrix; it is {rows}x{columns}", name);
        double largest = 0;
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < rows; j++)
            {
                Complex z = at(i, j);
                if (!double.IsFinite(z.Real) || !double.IsFinite(z.Imaginary))
                    throw new ArgumentException($"{name}[{i},{j}] = {z} is not finite", name);
                largest = Math.Max(largest, z.Magnitude);
            }
        for (int i = 0; i < rows; i++)
            for (int j = i + 1; j < rows; j++)
            {
                double asym = (at(i, j) - at(j, i)).Magnitude;
                if (asym > SymmetryTolerance * largest)
                    throw new ArgumentException(
                        $"{name} must be symmetric: |{name}[{i},{j}] - {name}[{j},{i}]| = {Check.Format(asym)} exceeds {SymmetryTolerance:R} x max|entry|", name);
            }
        return rows;
    }
}
