using System.Globalization;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Scans;
using MathNet.Numerics;

namespace DarkSector.Sampling.Inference;

/// <summary>Preferred regions of a likelihood scan: the contours of −2 Δ ln L (relative to the scan's minimum) at the
/// thresholds of n standard deviations, e.g. 1, 2, 3σ for 2 dof at 2.30, 6.18, 11.83 (Kamp et al. 2023's fit regions).</summary>
/// <remarks>nσ is the two-sided Gaussian coverage p = erf(n/√2) (0.6827, 0.9545, 0.9973), and the threshold is the p
/// quantile of χ² with the scan's degrees of freedom (Wilks; PDG Review of Statistics, table 40.2);
/// for 2 dof it is −2 ln(1 − p). The region inside a contour is the preferred one when the minimum is a signal point.</remarks>
public static class PreferredRegions
{
    /// <summary>One region: its significance, threshold and contours.</summary>
    /// <param name="Sigma">Significance n (standard deviations).</param>
    /// <param name="Threshold">−2 Δ ln L at nσ for the scan's degrees of freedom.</param>
    /// <param name="Contours">The contours at that threshold.</param>
    public sealed record Region(double Sigma, double Threshold, IReadOnlyList<Contour> Contours);

    /// <summary>The −2 Δ ln L threshold of <paramref name="sigma"/> standard deviations for <paramref name="degreesOfFreedom"/>.</summary>
    /// <param name="sigma">Significance in (0, 7].</param>
    /// <param name="degreesOfFreedom">Degrees of freedom in [1, 100].</param>
    /// <exception cref="ArgumentOutOfRangeException">sigma outside (0, 7] or degrees of freedom outside [1, 100].</exception>
    public static double Threshold(double sigma, int degreesOfFreedom)
    {
        if (!(sigma > 0 && sigma <= 7)) throw new ArgumentOutOfRangeException(nameof(sigma), sigma, $"sigma = {sigma} is outside (0, 7]");
        return DeltaLogLikelihood.Threshold(SpecialFunctions.Erf(sigma / Math.Sqrt(2)), degreesOfFreedom);
    }

    /// <summary>Parses a comma-separated list of significances, e.g. "1,2,3".</summary>
    /// <param name="text">The list.</param>
    /// <param name="option">The option that gave it (for messages).</param>
    /// <exception cref="FormatException">An entry that is not a number.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An entry outside (0, 7].</exception>
    public static IReadOnlyList<double> ParseSigmas(string text, string option)
    {
        var sigmas = new List<double>();
        foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out double s))
                throw new FormatException($"{option}: '{part}' is not a number (give e.g. 1,2,3)");
            if (!(s > 0 && s <= 7)) throw new ArgumentOutOfRangeException(option, s, $"{option}: {s} is outside (0, 7]");
            sigmas.Add(s);
        }
        if (sigmas.Count == 0) throw new FormatException($"{option}: give at least one significance, e.g. 1,2,3");
        return sigmas;
    }

    /// <summary>The regions of <paramref name="result"/> at each significance (its degrees of freedom).</summary>
    /// <param name="result">A 2-D scan.</param>
    /// <param name="sigmas">Significances.</param>
    public static IReadOnlyList<Region> Extract(ScanResult result, IReadOnlyList<double> sigmas)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(sigmas);
        var x = result.X.ToArray();
        var y = result.Y.ToArray();
        var delta = result.Delta.ToArray();
        return sigmas.Select(s =>
        {
            double threshold = Threshold(s, result.DegreesOfFreedom);
            return new Region(s, threshold, MarchingSquares.Extract(x, y, delta, threshold, result.XScale, result.YScale));
        }).ToArray();
    }
}
