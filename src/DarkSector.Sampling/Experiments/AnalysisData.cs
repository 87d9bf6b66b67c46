using DarkSector.Physics;

namespace DarkSector.Sampling.Experiments;

/// <summary>The published numbers of an analysis per bin: observed counts and expected background. Uncertainties
/// (covariance, fractional systematics) belong to the analysis's likelihood.</summary>
/// <remarks>Immutable. <see cref="NotAvailable"/> marks an analysis whose data are not (yet) released: the core then
/// offers predictions but no likelihood. Never invent numbers to fill one.</remarks>
public sealed class AnalysisData
{
    private readonly double[] _observed, _background;

    /// <summary>Creates the data of an analysis with <paramref name="observed"/>.Count bins.</summary>
    /// <param name="observed">Observed events per bin; finite, ≥ 0.</param>
    /// <param name="background">Expected background per bin (same length); finite, ≥ 0.</param>
    /// <exception cref="ArgumentException">No bins or lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value negative or not finite.</exception>
    public AnalysisData(IReadOnlyList<double> observed, IReadOnlyList<double> background)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(background);
        int n = observed.Count;
        if (n < 1) throw new ArgumentException("observed must have at least one bin", nameof(observed));
        if (background.Count != n) throw new ArgumentException($"background.Count = {background.Count} differs from observed.Count = {n}", nameof(background));
        _observed = observed.Select((x, i) => Check.NonNegative(x, $"observed[{i}]")).ToArray();
        _background = background.Select((x, i) => Check.NonNegative(x, $"background[{i}]")).ToArray();
        IsAvailable = true;
    }

    private AnalysisData(string reason)
    {
        _observed = []; _background = [];
        UnavailableReason = reason;
    }

    /// <summary>Data not available; <paramref name="reason"/> says why (e.g. "histograms not yet digitised").</summary>
    /// <exception cref="ArgumentException">Empty reason.</exception>
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
}
