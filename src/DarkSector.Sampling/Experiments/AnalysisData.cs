using DarkSector.Physics;

namespace DarkSector.Sampling.Experiments;

/// <summary>The published numbers of an analysis per bin: observed counts, expected background and its uncertainty
/// (a covariance matrix and/or a flat fractional systematic).</summary>
/// <remarks>Immutable. <see cref="NotAvailable"/> marks an analysis whose data are not (yet) released: the core then
/// offers predictions but no likelihood. Never invent numbers to fill one.</remarks>
public sealed class AnalysisData
{
    private readonly double[] _observed, _background;
    private readonly double[]? _covariance;

    /// <summary>Creates the data of an analysis with <paramref name="observed"/>.Count bins.</summary>
    /// <param name="observed">Observed events per bin; finite, ≥ 0.</param>
    /// <param name="background">Expected background per bin (same length); finite, ≥ 0.</param>
    /// <param name="fractionalSystematic">Flat fractional uncertainty η on the prediction (e.g. 0.2); in [0, 10].</param>
    /// <param name="covariance">Optional covariance, row-major n×n, symmetric, with non-negative diagonal.</param>
    /// <param name="covarianceIsFractional">Whether <paramref name="covariance"/> is fractional (to be scaled by the
    /// predictions μ_i μ_j) rather than absolute (events²).</param>
    /// <exception cref="ArgumentException">Lengths inconsistent, values out of range, covariance not symmetric.</exception>
    public AnalysisData(IReadOnlyList<double> observed, IReadOnlyList<double> background, double fractionalSystematic = 0,
        IReadOnlyList<double>? covariance = null, bool covarianceIsFractional = false)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(background);
        int n = observed.Count;
        if (n < 1) throw new ArgumentException("observed must have at least one bin", nameof(observed));
        if (background.Count != n) throw new ArgumentException($"background.Count = {background.Count} differs from observed.Count = {n}", nameof(background));
        _observed = observed.Select((x, i) => Check.NonNegative(x, $"observed[{i}]")).ToArray();
        _background = background.Select((x, i) => Check.NonNegative(x, $"background[{i}]")).ToArray();
        FractionalSystematic = Check.InRange(fractionalSystematic, 0, 10, nameof(fractionalSystematic));
        if (covariance is not null)
        {
            if (covariance.Count != n * n) throw new ArgumentException($"covariance.Count = {covariance.Count} must be {n}×{n} = {n * n}", nameof(covariance));
            _covariance = covariance.Select((x, i) => Check.Finite(x, $"covariance[{i}]")).ToArray();
            for (int i = 0; i < n; i++)
            {
                if (_covariance[i * n + i] < 0) throw new ArgumentException($"covariance[{i},{i}] = {_covariance[i * n + i]} must be >= 0", nameof(covariance));
                for (int j = 0; j < i; j++)
                    if (Math.Abs(_covariance[i * n + j] - _covariance[j * n + i]) > 1e-9 * (Math.Abs(_covariance[i * n + j]) + Math.Abs(_covariance[j * n + i])))
                        throw new ArgumentException($"covariance is not symmetric at ({i},{j})", nameof(covariance));
            }
            CovarianceIsFractional = covarianceIsFractional;
        }
        IsAvailable = true;
    }

    private AnalysisData(string reason)
    {
        _observed = []; _background = [];
        UnavailableReason = reason;
    }

    /// <summary>Data not available; <paramref name="reason"/> says why (e.g. "histograms not yet digitised").</summary>
    public static AnalysisData NotAvailable(string reason) => new(ExperimentInfo.NonEmpty(reason, nameof(reason)));

    /// <summary>Whether the numbers are available.</summary>
    public bool IsAvailable { get; }

    /// <summary>Why the data are not available (null if they are).</summary>
    public string? UnavailableReason { get; }

    /// <summary>Number of bins (0 when not available).</summary>
    public int BinCount => _observed.Length;

    /// <summary>Observed events per bin.</summary>
    public ReadOnlySpan<double> Observed => _observed;

    /// <summary>Expected background per bin.</summary>
    public ReadOnlySpan<double> Background => _background;

    /// <summary>Flat fractional systematic η on the prediction.</summary>
    public double FractionalSystematic { get; }

    /// <summary>Covariance, row-major n×n (empty if none).</summary>
    public ReadOnlySpan<double> Covariance => _covariance;

    /// <summary>Whether a covariance is given.</summary>
    public bool HasCovariance => _covariance is not null;

    /// <summary>Whether the covariance is fractional (scaled by μ_i μ_j) rather than absolute.</summary>
    public bool CovarianceIsFractional { get; }
}
