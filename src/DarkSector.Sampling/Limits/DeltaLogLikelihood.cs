using DarkSector.Physics;
using MathNet.Numerics.Distributions;

namespace DarkSector.Sampling.Limits;

/// <summary>Thresholds and differences of −2 ln L for confidence regions (Wilks' theorem).</summary>
/// <remarks>
/// Convention: a point θ is excluded at confidence level CL when −2 Δ ln L(θ) = −2 ln L(θ) + 2 ln L(θ̂) exceeds the
/// CL quantile of a χ² distribution with as many degrees of freedom as parameters scanned (Wilks 1938; PDG Review
/// of Statistics, eq. 40.54 and table 40.2): 2.71 (90%, 1 dof), 3.84 (95%, 1), 4.61 (90%, 2), 5.99 (95%, 2).
/// The seed paper traces Δ(−ln L) = 2.3, i.e. 4.61 at 90% CL for 2 dof. Thread-safe.
/// </remarks>
public static class DeltaLogLikelihood
{
    /// <summary>The −2 Δ ln L threshold: the <paramref name="confidenceLevel"/> quantile of χ²(<paramref name="degreesOfFreedom"/>).</summary>
    /// <param name="confidenceLevel">Confidence level, in (0, 1), e.g. 0.9.</param>
    /// <param name="degreesOfFreedom">Number of parameters of interest; 1 to 100.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument outside its range.</exception>
    public static double Threshold(double confidenceLevel, int degreesOfFreedom)
    {
        Check.InOpenRange(confidenceLevel, 0, 1);
        Check.AtLeast(degreesOfFreedom, 1);
        if (degreesOfFreedom > 100)
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, $"{nameof(degreesOfFreedom)} = {degreesOfFreedom} is outside [1, 100]");
        return ChiSquared.InvCDF(degreesOfFreedom, confidenceLevel);
    }

    /// <summary>Writes −2 Δ ln L = v_i − min_j v_j for a scan of −2 ln L values and returns the index of the minimum.</summary>
    /// <remarks>NaN entries (unevaluated points) are ignored when finding the minimum and stay NaN; +∞ stays +∞.</remarks>
    /// <param name="minusTwoLnL">−2 ln L at each scan point; at least one finite entry.</param>
    /// <param name="destination">Receives −2 Δ ln L; same length (may be the same memory).</param>
    /// <exception cref="ArgumentException">Length mismatch or no finite entry.</exception>
    public static int FromScan(ReadOnlySpan<double> minusTwoLnL, Span<double> destination)
    {
        if (destination.Length != minusTwoLnL.Length)
            throw new ArgumentException($"destination has {destination.Length} entries, the scan {minusTwoLnL.Length}", nameof(destination));
        int best = -1;
        for (int i = 0; i < minusTwoLnL.Length; i++)
            if (double.IsFinite(minusTwoLnL[i]) && (best < 0 || minusTwoLnL[i] < minusTwoLnL[best])) best = i;
        if (best < 0) throw new ArgumentException("the scan has no finite −2 ln L value", nameof(minusTwoLnL));
        double min = minusTwoLnL[best];
        for (int i = 0; i < minusTwoLnL.Length; i++) destination[i] = minusTwoLnL[i] - min;
        return best;
    }
}
