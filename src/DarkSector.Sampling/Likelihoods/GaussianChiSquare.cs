using MathNet.Numerics.LinearAlgebra;

namespace DarkSector.Sampling.Likelihoods;

/// <summary>Gaussian χ² with a fixed covariance matrix: χ² = (n − μ)ᵀ V⁻¹ (n − μ), μ = s + b.</summary>
/// <remarks>
/// −2 ln L of a multivariate normal up to the constant ln det(2πV), which does not depend on the prediction because V
/// is fixed. V is factorised once (Math.NET Cholesky) at construction; each evaluation is one forward substitution,
/// O(n²), allocation-free for up to 64 bins. The Monte Carlo variance Σ w² is ignored (use
/// <see cref="EffectiveLikelihood"/> or <see cref="CombinedNeymanPearsonChiSquare"/> to include it). Thread-safe.
/// </remarks>
public sealed class GaussianChiSquare : IBinnedLikelihood
{
    private readonly double[] _lower;
    private readonly int _n;

    /// <summary>Creates the χ² for covariance <paramref name="covariance"/> (events²).</summary>
    /// <param name="covariance">Symmetric positive-definite n × n covariance of the counts, events².</param>
    /// <exception cref="ArgumentException">Not square, not symmetric, not finite, or not positive definite.</exception>
    public GaussianChiSquare(double[,] covariance)
    {
        CovarianceMatrix.Flatten(covariance, nameof(covariance));
        _n = covariance.GetLength(0);
        Matrix<double> factor;
        try
        {
            factor = Matrix<double>.Build.DenseOfArray(covariance).Cholesky().Factor;
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{nameof(covariance)} is not positive definite ({e.Message})", nameof(covariance), e);
        }
        _lower = new double[_n * _n];
        for (int i = 0; i < _n; i++)
            for (int j = 0; j <= i; j++)
                _lower[i * _n + j] = factor[i, j];
        for (int i = 0; i < _n; i++)
            if (!(_lower[i * _n + i] > 0) || !double.IsFinite(_lower[i * _n + i]))
                throw new ArgumentException($"{nameof(covariance)} is not positive definite (pivot {i})", nameof(covariance));
    }

    /// <inheritdoc />
    public int? BinCount => _n;

    /// <inheritdoc />
    public double MinusTwoLnL(ReadOnlySpan<double> observed, ReadOnlySpan<double> signal,
        ReadOnlySpan<double> signalSumW2, ReadOnlySpan<double> background)
    {
        BinnedInput.Validate(_n, observed, signal, signalSumW2, background);
        double[]? rented = null;
        Span<double> r = _n <= DenseCholesky.StackLimit
            ? stackalloc double[DenseCholesky.StackLimit]
            : (rented = System.Buffers.ArrayPool<double>.Shared.Rent(_n));
        r = r[.._n];
        for (int i = 0; i < _n; i++) r[i] = observed[i] - signal[i] - background[i];
        double chi2 = DenseCholesky.QuadraticForm(_lower, _n, r);
        if (rented is not null) System.Buffers.ArrayPool<double>.Shared.Return(rented);
        return chi2;
    }
}
