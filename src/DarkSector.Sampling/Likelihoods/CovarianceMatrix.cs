using System.Globalization;

namespace DarkSector.Sampling.Likelihoods;

/// <summary>Validation and flattening of user-supplied covariance matrices.</summary>
internal static class CovarianceMatrix
{
    /// <summary>Row-major copy of a square, finite, symmetric matrix (symmetry to 1e-10 relative to the diagonal scale).</summary>
    /// <exception cref="ArgumentException">Not square, not finite or not symmetric.</exception>
    public static double[] Flatten(double[,] matrix, string name)
    {
        ArgumentNullException.ThrowIfNull(matrix, name);
        int n = matrix.GetLength(0);
        if (n == 0 || matrix.GetLength(1) != n)
            throw new ArgumentException($"{name} must be a non-empty square matrix; it is {n} × {matrix.GetLength(1)}", name);
        var flat = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                double v = matrix[i, j];
                if (!double.IsFinite(v))
                    throw new ArgumentException($"{name}[{i}, {j}] = {v.ToString("R", CultureInfo.InvariantCulture)} is not finite", name);
                flat[i * n + j] = v;
            }
        for (int i = 0; i < n; i++)
            for (int j = 0; j < i; j++)
            {
                double scale = Math.Sqrt(Math.Abs(flat[i * n + i] * flat[j * n + j]));
                if (Math.Abs(flat[i * n + j] - flat[j * n + i]) > 1e-10 * Math.Max(scale, double.Epsilon))
                    throw new ArgumentException($"{name} is not symmetric: [{i}, {j}] = {flat[i * n + j]} but [{j}, {i}] = {flat[j * n + i]}", name);
            }
        return flat;
    }
}
