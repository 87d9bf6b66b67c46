namespace DarkSector.Sampling;

/// <summary>exp(x) − 1 and log(1 + x) accurate to a few ulps for small |x|, where the naive forms lose every digit.
/// (.NET's double.ExpM1 and double.LogP1 are the naive forms.)</summary>
/// <remarks>Kahan's and Goldberg's tricks: with u = exp(x) rounded, expm1 = (u − 1)·x/log(u); with u = 1 + x rounded,
/// log1p = log(u)·x/(u − 1) (D. Goldberg, "What every computer scientist should know about floating-point
/// arithmetic", ACM Comput. Surv. 23 (1991), Theorem 4).</remarks>
internal static class StableMath
{
    /// <summary>exp(x) − 1.</summary>
    public static double ExpM1(double x)
    {
        double u = Math.Exp(x);
        if (u == 1.0) return x;
        double um1 = u - 1.0;
        if (um1 == -1.0) return -1.0;
        if (double.IsPositiveInfinity(u)) return u;
        return um1 * x / Math.Log(u);
    }

    /// <summary>log(1 + x); −∞ at x = −1.</summary>
    public static double Log1P(double x)
    {
        double u = 1.0 + x;
        if (u == 1.0) return x;
        if (u <= 0) return double.NegativeInfinity;
        return Math.Log(u) * x / (u - 1.0);
    }
}
