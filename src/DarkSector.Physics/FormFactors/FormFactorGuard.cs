using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace DarkSector.Physics.FormFactors;

/// <summary>The Q² check shared by the form factors, kept out of line so that the hot path stays small.</summary>
internal static class FormFactorGuard
{
    /// <summary>Throws unless Q² is finite and ≥ 0 (written so that NaN fails).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckQ2(double q2GeV2)
    {
        if (!(q2GeV2 >= 0 && q2GeV2 <= double.MaxValue)) Throw(q2GeV2);
    }

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    private static void Throw(double q2GeV2) =>
        throw new ArgumentOutOfRangeException(nameof(q2GeV2), q2GeV2, $"q2GeV2 = {Check.Format(q2GeV2)} must be finite and >= 0");

    /// <summary>sin(x)/x, with its Taylor series near 0 (relative error below 3e-16 there).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Sinc(double x)
    {
        double x2 = x * x;
        return x2 < 1e-4 ? 1.0 - x2 / 6.0 * (1.0 - x2 / 20.0) : Math.Sin(x) / x;
    }
}
