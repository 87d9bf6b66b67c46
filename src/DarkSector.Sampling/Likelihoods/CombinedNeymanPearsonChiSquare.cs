using System.Buffers;

namespace DarkSector.Sampling.Likelihoods;

/// <summary>
/// Combined Neyman-Pearson χ² of Ji et al., with an optional systematic covariance matrix and the Monte Carlo
/// variance Σ w² on the diagonal.
/// </summary>
/// <remarks>
/// Ji, Gu, Qian, Zhang, Zhang, NIM A 961 (2020) 163677, eqs. (19) and (21): χ² = (n − μ)ᵀ V⁻¹ (n − μ), μ = s + b,
/// V = diag(σ²_CNP,i + Σw²_i) + V_syst, σ²_CNP = 3/(1/n + 2/μ) (μ/2 for n = 0). Without covariance this is
/// Σ_i (μ_i − n_i)² / (σ²_CNP,i + Σw²_i). Used as −2 ln L up to a constant (the CNP χ² approximates the Poisson
/// likelihood-ratio statistic −2 ln[L(μ)/L(n)]); the ln det V term is not included, as in Ji et al. and MicroBooNE.
/// With a covariance V depends on the prediction and is factorised on every call (own Cholesky on stack scratch,
/// allocation-free up to 64 bins). A bin with zero total variance and a non-zero residual gives +∞. Thread-safe.
/// <see cref="SignalFractionalUncertainty"/> σ_s adds a fully correlated signal-normalisation term σ_s² s_i s_j to V
/// (flux, cross section and detector uncertainties of the signal prediction moving all bins together).
/// </remarks>
public sealed class CombinedNeymanPearsonChiSquare : IBinnedLikelihood
{
    private readonly double[]? _systematic;
    private readonly int _n;

    /// <summary>The CNP χ² without systematic covariance (bins independent).</summary>
    public CombinedNeymanPearsonChiSquare() { }

    /// <summary>The CNP χ² with a systematic covariance matrix.</summary>
    /// <param name="covariance">Symmetric positive-semidefinite n × n matrix: events² if absolute, dimensionless if fractional.</param>
    /// <param name="kind">Whether <paramref name="covariance"/> is absolute or fractional.</param>
    /// <exception cref="ArgumentException">Not square, not symmetric, not finite, or a negative diagonal entry.</exception>
    public CombinedNeymanPearsonChiSquare(double[,] covariance, SystematicCovarianceKind kind)
    {
        _systematic = CovarianceMatrix.Flatten(covariance, nameof(covariance));
        _n = covariance.GetLength(0);
        for (int i = 0; i < _n; i++)
            if (_systematic[i * _n + i] < 0)
                throw new ArgumentException($"{nameof(covariance)}[{i}, {i}] = {_systematic[i * _n + i]} must be >= 0", nameof(covariance));
        if (!Enum.IsDefined(kind)) throw new ArgumentOutOfRangeException(nameof(kind), kind, $"{nameof(kind)} = {kind} is not a defined value");
        Kind = kind;
    }

    /// <summary>How the systematic covariance is expressed (irrelevant without one).</summary>
    public SystematicCovarianceKind Kind { get; }

    /// <summary>Whether a systematic covariance matrix is included.</summary>
    public bool HasCovariance => _systematic is not null;

    /// <summary>Fractional, fully correlated uncertainty σ_s of the signal normalisation (default 0); needs a covariance
    /// matrix (use a zero matrix for none).</summary>
    public double SignalFractionalUncertainty
    {
        get;
        init => field = value == 0 || (_systematic is not null && value > 0 && double.IsFinite(value)) ? value
            : throw new ArgumentOutOfRangeException(nameof(SignalFractionalUncertainty), value, "must be finite and >= 0, and needs a covariance matrix");
    }

    /// <inheritdoc />
    public int? BinCount => _systematic is null ? null : _n;

    /// <inheritdoc />
    public double MinusTwoLnL(ReadOnlySpan<double> observed, ReadOnlySpan<double> signal,
        ReadOnlySpan<double> signalSumW2, ReadOnlySpan<double> background)
    {
        BinnedInput.Validate(BinCount, observed, signal, signalSumW2, background);
        if (_systematic is null)
        {
            double chi2 = 0;
            for (int i = 0; i < observed.Length; i++)
            {
                double mu = signal[i] + background[i];
                double variance = BinLogLikelihood.CnpVarianceUnchecked(observed[i], mu) + signalSumW2[i];
                chi2 += BinLogLikelihood.SquaredPull(mu - observed[i], variance);
            }
            return chi2;
        }
        return WithCovariance(observed, signal, signalSumW2, background);
    }

    private double WithCovariance(ReadOnlySpan<double> observed, ReadOnlySpan<double> signal,
        ReadOnlySpan<double> signalSumW2, ReadOnlySpan<double> background)
    {
        int n = _n;
        const int stack = DenseCholesky.StackLimit;
        double[]? rented = null;
        int[]? rentedIndex = null;
        Span<double> scratch = n <= stack
            ? stackalloc double[stack * (stack + 3)]
            : (rented = ArrayPool<double>.Shared.Rent(n * (n + 3)));
        Span<int> index = n <= stack ? stackalloc int[stack] : (rentedIndex = ArrayPool<int>.Shared.Rent(n));
        try
        {
            Span<double> mu = scratch.Slice(0, n);
            Span<double> r = scratch.Slice(n, n);
            Span<double> variance = scratch.Slice(2 * n, n);
            var syst = _systematic!;
            bool fractional = Kind == SystematicCovarianceKind.Fractional;
            double signal2 = SignalFractionalUncertainty * SignalFractionalUncertainty;
            // Active bins have a positive total variance. A PSD systematic matrix with a zero diagonal entry has a
            // zero row, so dropping a zero-variance bin is exact: it contributes 0 if its residual vanishes, else +∞.
            int m = 0;
            for (int i = 0; i < n; i++)
            {
                double mui = signal[i] + background[i];
                double c = syst[i * n + i];
                if (fractional) c *= mui * mui;
                c += signal2 * signal[i] * signal[i];
                double total = c + BinLogLikelihood.CnpVarianceUnchecked(observed[i], mui) + signalSumW2[i];
                double residual = observed[i] - mui;
                if (!(total > 0))
                {
                    if (residual != 0) return double.PositiveInfinity;
                    continue;
                }
                index[m] = i;
                mu[m] = mui;
                r[m] = residual;
                variance[m] = total;
                m++;
            }
            Span<double> a = scratch.Slice(3 * n, m * m);
            for (int p = 0; p < m; p++)
            {
                int ip = index[p];
                for (int q = 0; q < p; q++)
                {
                    double c = syst[ip * n + index[q]];
                    a[p * m + q] = (fractional ? c * mu[p] * mu[q] : c) + signal2 * signal[ip] * signal[index[q]];
                }
                a[p * m + p] = variance[p];
            }
            if (!DenseCholesky.TryFactor(a, m))
                throw new ArgumentException("the systematic covariance matrix is not positive semidefinite", "covariance");
            return DenseCholesky.QuadraticForm(a, m, r[..m]);
        }
        finally
        {
            if (rented is not null) ArrayPool<double>.Shared.Return(rented);
            if (rentedIndex is not null) ArrayPool<int>.Shared.Return(rentedIndex);
        }
    }
}
