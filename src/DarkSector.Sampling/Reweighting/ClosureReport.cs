namespace DarkSector.Sampling.Reweighting;

/// <summary>The outcome of a closure test (<see cref="Closure"/>): every point and the summary figures of the issue's
/// targets (pulls within ±2 at ≥ 90% of the points; |bias| ≤ 10% where the direct MC error is ≤ 5%).</summary>
/// <remarks>Immutable; the summaries are computed from <see cref="Points"/> over all points, flagged ones included.</remarks>
public sealed record ClosureReport
{
    /// <summary>Relative MC error of the direct simulation below which a point's bias is judged: 5%.</summary>
    public const double PreciseDirectError = 0.05;

    /// <summary>Creates the report.</summary>
    /// <param name="points">The points, in draw order; at least one.</param>
    /// <exception cref="ArgumentException">No points.</exception>
    public ClosureReport(IReadOnlyList<ClosurePoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0) throw new ArgumentException("a closure report needs at least one point", nameof(points));
        Points = [.. points];
        var pulls = Points.Select(p => p.Pull).ToArray();
        CoverageOneSigma = pulls.Count(x => Math.Abs(x) <= 1) / (double)pulls.Length;
        CoverageTwoSigma = pulls.Count(x => Math.Abs(x) <= 2) / (double)pulls.Length;
        var finite = pulls.Where(double.IsFinite).ToArray();
        MeanPull = finite.Length == 0 ? double.NaN : finite.Average();
        PullStandardDeviation = finite.Length < 2 ? double.NaN : Math.Sqrt(finite.Sum(x => (x - MeanPull) * (x - MeanPull)) / (finite.Length - 1));
        var precise = Points.Where(p => p.DirectRelativeError <= PreciseDirectError).Select(p => p.RelativeBias).ToArray();
        PrecisePoints = precise.Length;
        BiasWithinTenPercent = precise.Length == 0 ? double.NaN : precise.Count(b => Math.Abs(b) <= 0.10) / (double)precise.Length;
        MeanRelativeBias = precise.Length == 0 ? double.NaN : precise.Average();
        Flagged = Points.Count(p => p.Kernel.Flagged);
    }

    /// <summary>The points in draw order.</summary>
    public IReadOnlyList<ClosurePoint> Points { get; }

    /// <summary>Fraction of points with |pull| ≤ 1 (68.3% expected for an unbiased estimate with correct errors).</summary>
    public double CoverageOneSigma { get; }

    /// <summary>Fraction of points with |pull| ≤ 2 (95.4% expected).</summary>
    public double CoverageTwoSigma { get; }

    /// <summary>Mean of the finite pulls (0 expected).</summary>
    public double MeanPull { get; }

    /// <summary>Sample standard deviation of the finite pulls (1 expected).</summary>
    public double PullStandardDeviation { get; }

    /// <summary>Points whose direct relative MC error is ≤ <see cref="PreciseDirectError"/>.</summary>
    public int PrecisePoints { get; }

    /// <summary>Among <see cref="PrecisePoints"/>, the fraction with |kernel/direct − 1| ≤ 10%; NaN if there are none.</summary>
    public double BiasWithinTenPercent { get; }

    /// <summary>Mean of kernel/direct − 1 over <see cref="PrecisePoints"/>; NaN if there are none.</summary>
    public double MeanRelativeBias { get; }

    /// <summary>Whether the targets hold: |pull| ≤ 2 at ≥ 90% of the points and |bias| ≤ 10% at every one of at
    /// least one point whose direct MC error is ≤ <see cref="PreciseDirectError"/> (false when there is none: nothing
    /// was judged).</summary>
    public bool MeetsTargets => CoverageTwoSigma >= 0.9 && PrecisePoints > 0 && BiasWithinTenPercent == 1;

    /// <summary>Points whose kernel prediction is flagged (<see cref="KernelPrediction.Flagged"/>).</summary>
    public int Flagged { get; }
}
