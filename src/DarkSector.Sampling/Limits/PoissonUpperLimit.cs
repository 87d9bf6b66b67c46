using DarkSector.Physics;
using MathNet.Numerics;

namespace DarkSector.Sampling.Limits;

/// <summary>Classical upper limits on a Poisson signal mean with no background.</summary>
/// <remarks>
/// Neyman construction (PDG Review of Statistics, §40.4.2.3, eq. 40.76 with b = 0): s_up solves
/// P(N ≤ n | s_up) = Σ_{k≤n} e^(−s) s^k / k! = 1 − CL. Since P(N ≤ n | s) = Q(n + 1, s) (regularised upper incomplete
/// gamma), s_up = P⁻¹(n + 1, CL) with P the regularised lower incomplete gamma function; for n = 0, s_up = −ln(1 − CL):
/// 2.30 events at 90% CL and 3.00 at 95%. Thread-safe.
/// </remarks>
internal static class PoissonUpperLimit
{
    /// <summary>Upper limit on the signal mean, events, for <paramref name="observed"/> events and zero background.</summary>
    /// <param name="observed">Observed events; 0 to 1e6.</param>
    /// <param name="confidenceLevel">Confidence level, in (0, 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument outside its range.</exception>
    public static double ZeroBackground(int observed, double confidenceLevel)
    {
        Check.AtLeast(observed, 0);
        if (observed > 1_000_000)
            throw new ArgumentOutOfRangeException(nameof(observed), observed, $"{nameof(observed)} = {observed} is outside [0, 1000000]");
        Check.InOpenRange(confidenceLevel, 0, 1);
        if (observed == 0) return -Math.Log(1 - confidenceLevel);
        return SpecialFunctions.GammaLowerRegularizedInv(observed + 1, confidenceLevel);
    }
}
