using DarkSector.Physics;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Scans;

namespace DarkSector.Sampling.Inference;

/// <summary>
/// A likelihood scan of several experiments on one grid: each experiment's −2 ln L and exclusion contour at its own
/// confidence level, their sum, the preferred regions of one experiment (MiniBooNE), and the part of its preferred
/// region that every other experiment allows.
/// </summary>
/// <remarks>
/// <para>Conventions (method.md "Statistics"; Arguelles, Foppiani, Hostert, PRD 107 (2023) 035027, §V):
/// an experiment excludes a point when −2 Δ ln L = −2 ln L − min(−2 ln L over the grid, background only) exceeds the
/// χ² quantile of its own confidence level and degrees of freedom (<see cref="CombinedScanInput"/>; e.g. 90% CL, 2 dof:
/// 4.61). The preferred regions of the preferring experiment are −2 Δ ln L ≤ the nσ quantiles relative to its best
/// point (two-sided Gaussian coverage erf(n/√2): 2.30, 6.18, 11.83 for 1, 2, 3σ and 2 dof; Wilks). The combination is
/// the sum of the independent experiments' −2 ln L (no correlated systematics between experiments: different beams,
/// detectors and backgrounds), with the sum of the background-only values as reference, at the stated
/// <see cref="CombinedScanOptions.ConfidenceLevel"/> (default 95%, 2 dof).</para>
/// <para>Fractions of the preferred region are fractions of its grid points (each point a cell of equal size in the
/// axes' scales, linear or logarithmic), so they converge with the grid spacing. Thread-safe; points evaluated in
/// parallel by <see cref="LikelihoodScan"/>.</para>
/// </remarks>
public static class CombinedScan
{
    /// <summary>Runs the scan.</summary>
    /// <param name="x">Grid x values, strictly increasing, ≥ 2.</param>
    /// <param name="xScale">Scale of x.</param>
    /// <param name="y">Grid y values, strictly increasing, ≥ 2.</param>
    /// <param name="yScale">Scale of y.</param>
    /// <param name="experiments">At least one experiment, distinct names.</param>
    /// <param name="options">Which experiment prefers, its significances, the combination's confidence level.</param>
    /// <exception cref="ArgumentException">No experiment, duplicate names, an unknown preferring experiment, or an
    /// invalid grid (see <see cref="LikelihoodScan.Run"/>).</exception>
    public static CombinedScanResult Run(IReadOnlyList<double> x, AxisScale xScale, IReadOnlyList<double> y, AxisScale yScale,
        IReadOnlyList<CombinedScanInput> experiments, CombinedScanOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(experiments);
        options ??= new CombinedScanOptions();
        if (experiments.Count == 0) throw new ArgumentException("give at least one experiment", nameof(experiments));
        foreach (double sigma in options.Sigmas) Coverage(sigma);                 // fail before the (expensive) grids
        Coverage(options.FractionSigma);
        DeltaLogLikelihood.Threshold(options.ConfidenceLevel, 2);
        foreach (var e in experiments) DeltaLogLikelihood.Threshold(e.ConfidenceLevel, e.DegreesOfFreedom);
        if (experiments.Select(e => e.Name).Distinct(StringComparer.Ordinal).Count() != experiments.Count)
            throw new ArgumentException($"experiment names must be distinct: {string.Join(", ", experiments.Select(e => e.Name))}", nameof(experiments));
        var preferring = options.PreferredBy is null ? null : experiments.FirstOrDefault(e => e.Name == options.PreferredBy)
            ?? throw new ArgumentException($"preferredBy: '{options.PreferredBy}' is not one of the experiments ({string.Join(", ", experiments.Select(e => e.Name))})", nameof(options));

        var layers = experiments.Select(e => new CombinedScanLayer(e.Name,
            LikelihoodScan.Run(x, xScale, y, yScale, e.MinusTwoLnL, e.ConfidenceLevel, e.DegreesOfFreedom, e.BackgroundOnly))).ToArray();
        int nx = x.Count, points = nx * y.Count;

        var combined = Sum(x, xScale, y, yScale, layers, experiments, options.ConfidenceLevel);
        if (preferring is null)
            return new CombinedScanResult { Experiments = layers, Combined = combined, PreferredBy = null, PreferredRegions = [], AllowedPreferred = null, Excluded = [] };

        var pref = layers.Single(l => l.Name == preferring.Name).Scan;
        var regions = options.Sigmas.Select(s =>
        {
            double threshold = DeltaLogLikelihood.Threshold(Coverage(s), preferring.DegreesOfFreedom);
            // relative to the best grid point (no background reference): the preferred region of a fit
            var delta = new double[points];
            double best = pref.MinusTwoLnL.Where(double.IsFinite).Min();
            for (int p = 0; p < points; p++) delta[p] = pref.MinusTwoLnL[p] - best;
            return new CombinedPreferredRegion(s, threshold, delta, MarchingSquares.Extract(x.ToArray(), y.ToArray(), delta, threshold, xScale, yScale));
        }).ToArray();
        var region = regions.FirstOrDefault(r => r.Sigma == options.FractionSigma) ?? regions[^1];
        var inside = new bool[points];
        for (int p = 0; p < points; p++) inside[p] = region.Delta[p] <= region.Threshold;
        int insideCount = inside.Count(b => b);

        var others = layers.Where(l => l.Name != preferring.Name).ToArray();
        var excluded = new List<CombinedExcludedFraction>();
        var allowed = (bool[])inside.Clone();
        foreach (var layer in others)
        {
            int n = 0;
            for (int p = 0; p < points; p++)
                if (inside[p] && layer.Scan.Delta[p] > layer.Scan.Threshold) { n++; allowed[p] = false; }
            excluded.Add(new CombinedExcludedFraction(layer.Name, insideCount > 0 ? (double)n / insideCount : double.NaN));
        }
        ScanResult? othersCombined = null;
        if (others.Length > 1)
        {
            othersCombined = Sum(x, xScale, y, yScale, others, experiments, options.ConfidenceLevel);
            int n = 0;
            for (int p = 0; p < points; p++)
                if (inside[p] && othersCombined.Delta[p] > othersCombined.Threshold) n++;
            excluded.Add(new CombinedExcludedFraction(string.Join("+", others.Select(o => o.Name)), insideCount > 0 ? (double)n / insideCount : double.NaN));
        }
        var allowedDelta = new double[points];
        for (int p = 0; p < points; p++) allowedDelta[p] = allowed[p] ? 0 : 1;
        var allowedContours = MarchingSquares.Extract(x.ToArray(), y.ToArray(), allowedDelta, 0.5, xScale, yScale);
        return new CombinedScanResult
        {
            Experiments = layers,
            Combined = combined,
            OthersCombined = othersCombined,
            PreferredBy = preferring.Name,
            PreferredRegions = regions,
            FractionSigma = region.Sigma,
            AllowedPreferred = new CombinedAllowedRegion(allowed, allowed.Count(b => b), insideCount, allowedContours),
            Excluded = excluded,
        };
    }

    /// <summary>Two-sided Gaussian coverage of n standard deviations, erf(n/√2).</summary>
    public static double Coverage(double sigma) =>
        sigma is > 0 and <= 7 ? MathNet.Numerics.SpecialFunctions.Erf(sigma / Math.Sqrt(2))
            : throw new ArgumentOutOfRangeException(nameof(sigma), sigma, $"sigma = {sigma} is outside (0, 7]");

    private static ScanResult Sum(IReadOnlyList<double> x, AxisScale xScale, IReadOnlyList<double> y, AxisScale yScale,
        IReadOnlyList<CombinedScanLayer> layers, IReadOnlyList<CombinedScanInput> inputs, double confidenceLevel)
    {
        int nx = x.Count;
        double reference = layers.Sum(l => inputs.Single(i => i.Name == l.Name).BackgroundOnly);
        return LikelihoodScan.Run(x, xScale, y, yScale, (ix, iy) => layers.Sum(l => l.Scan.MinusTwoLnL[iy * nx + ix]),
            confidenceLevel, 2, reference);
    }
}
