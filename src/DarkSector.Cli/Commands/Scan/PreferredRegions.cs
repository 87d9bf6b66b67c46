using System.Globalization;
using DarkSector.Cli.Plotting;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Scans;
using MathNet.Numerics;

namespace DarkSector.Cli.Commands.Scan;

/// <summary>Preferred regions of a likelihood scan: the contours of −2 Δ ln L (relative to the scan's minimum) at the
/// thresholds of n standard deviations, e.g. 1, 2, 3σ for 2 dof at 2.30, 6.18, 11.83 (Kamp et al. 2023's fit regions).</summary>
/// <remarks>nσ is the two-sided Gaussian coverage p = erf(n/√2) (0.6827, 0.9545, 0.9973), and the threshold is the p
/// quantile of χ² with the scan's degrees of freedom (Wilks; PDG Review of Statistics, table 40.2);
/// for 2 dof it is −2 ln(1 − p). The region inside a contour is the preferred one when the minimum is a signal point.</remarks>
internal static class PreferredRegions
{
    /// <summary>One region: its significance, threshold and contours.</summary>
    public sealed record Region(double Sigma, double Threshold, IReadOnlyList<Contour> Contours);

    /// <summary>The −2 Δ ln L threshold of <paramref name="sigma"/> standard deviations for <paramref name="degreesOfFreedom"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">sigma outside (0, 7] or degrees of freedom outside [1, 100].</exception>
    public static double Threshold(double sigma, int degreesOfFreedom)
    {
        if (!(sigma > 0 && sigma <= 7)) throw new ArgumentOutOfRangeException(nameof(sigma), sigma, $"sigma = {sigma} is outside (0, 7]");
        return DeltaLogLikelihood.Threshold(SpecialFunctions.Erf(sigma / Math.Sqrt(2)), degreesOfFreedom);
    }

    /// <summary>Parses a comma-separated list of significances, e.g. "1,2,3".</summary>
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

    /// <summary>Draws the regions' contours (one colour per significance, legend "nσ") and the best-fit point as a star.</summary>
    public static void Draw(SvgPlot plot, IReadOnlyList<Region> regions, ScanResult result)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(result);
        string[] colours = ["#1a9850", "#fdae61", "#4575b4", "#762a83", "#8c510a"];
        for (int r = 0; r < regions.Count; r++)
            for (int c = 0; c < regions[r].Contours.Count; c++)
                plot.AddLine(regions[r].Contours[c].Points, colours[r % colours.Length],
                    c == 0 ? $"{regions[r].Sigma.ToString("0.##", CultureInfo.InvariantCulture)}σ (−2ΔlnL {regions[r].Threshold.ToString("0.00", CultureInfo.InvariantCulture)})" : null,
                    regions[r].Contours[c].IsClosed, dash: r == 0 ? null : "6 3");
        plot.AddStar(result.BestX, result.BestY, "#ffffff", "best grid point", 8);
    }
}
