using System.Runtime.CompilerServices;

namespace DarkSector.Sampling.Reweighting.Kernels;

/// <summary>Per-axis distances between parameter points and the Jacobian of the distance variable.</summary>
/// <remarks>Pure functions; inputs are trusted (θ &gt; 0 on a log axis is the caller's contract). Thread-safe.</remarks>
internal static class ParameterDistance
{
    private const double InverseLn10 = 0.43429448190325182765; // 1/ln 10

    /// <summary>The distance variable u(θ): θ (linear) or log10 θ.</summary>
    /// <param name="theta">Parameter value, in its unit; &gt; 0 on a log axis.</param>
    /// <param name="scale">Distance scale.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Coordinate(double theta, DistanceScale scale)
        => scale == DistanceScale.Log10 ? Math.Log10(theta) : theta;

    /// <summary>Signed distance u(query) − u(sample).</summary>
    /// <param name="query">Parameter value of the query point; &gt; 0 on a log axis.</param>
    /// <param name="sample">Parameter value of the sample; &gt; 0 on a log axis.</param>
    /// <param name="scale">Distance scale.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Signed(double query, double sample, DistanceScale scale)
        => scale == DistanceScale.Log10 ? Math.Log10(query / sample) : query - sample;

    /// <summary>Jacobian du/dθ at θ, in 1/(unit of θ): 1 (linear) or 1/(θ ln 10) (log10).</summary>
    /// <remarks>A kernel normalised in u, divided by a prior density q(θ), needs this factor at the sample's θ:
    /// Σ_i w_i K(u(θ̄) − u(θ_i)) J(θ_i)/q(θ_i) estimates the rate at θ̄ (method.md, "w_KDE").</remarks>
    /// <param name="theta">Parameter value; &gt; 0 on a log axis.</param>
    /// <param name="scale">Distance scale.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Jacobian(double theta, DistanceScale scale)
        => scale == DistanceScale.Log10 ? InverseLn10 / theta : 1.0;
}
