using DarkSector.Physics;
using MathNet.Numerics;

namespace DarkSector.Sampling.Likelihoods;

/// <summary>
/// Single-bin log-likelihoods and variances: Poisson, the effective likelihood of Argüelles, Schneider and Yuan,
/// and the combined Neyman-Pearson variance. Building blocks of the multi-bin likelihoods.
/// </summary>
/// <remarks>
/// Counts are doubles so that non-integer Asimov data can be used; every factorial is lnΓ(k + 1).
/// All methods are pure and thread-safe. Inputs are validated (finite, non-negative).
/// </remarks>
internal static class BinLogLikelihood
{
    /// <summary>Shape parameter above which lnΓ differences are taken from the Stirling series.</summary>
    internal const double StirlingThreshold = 10.0;

    private const int LogFactorialTableSize = 1024;

    /// <summary>ln k! for k = 0 … 1023 from Math.NET's lnΓ (immutable after type initialisation).</summary>
    private static readonly double[] LogFactorialTable = BuildLogFactorials();

    private static double[] BuildLogFactorials()
    {
        var table = new double[LogFactorialTableSize];
        for (int k = 2; k < table.Length; k++) table[k] = SpecialFunctions.GammaLn(k + 1.0);
        return table;
    }

    /// <summary>ln Γ(k + 1) = ln k!, tabulated for integer k &lt; 1024.</summary>
    internal static double LogFactorial(double k)
    {
        if (k < LogFactorialTableSize)
        {
            int i = (int)k;
            if (i == k) return LogFactorialTable[i];
        }
        return SpecialFunctions.GammaLn(k + 1);
    }

    /// <summary>Poisson log-probability ln P(k | μ), normalised.</summary>
    /// <remarks>ln P = k ln μ − μ − lnΓ(k + 1); ln P(0 | μ) = −μ; ln P(k &gt; 0 | 0) = −∞.</remarks>
    /// <param name="observed">Observed count k; finite, &gt;= 0 (non-integer allowed for Asimov data).</param>
    /// <param name="expected">Expected count μ; finite, &gt;= 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative or not finite.</exception>
    public static double Poisson(double observed, double expected)
    {
        Check.NonNegative(observed);
        Check.NonNegative(expected);
        return PoissonUnchecked(observed, expected);
    }

    internal static double PoissonUnchecked(double k, double mu)
    {
        if (k == 0) return -mu;
        if (mu == 0) return double.NegativeInfinity;
        return k * Math.Log(mu) - mu - LogFactorial(k);
    }

    /// <summary>
    /// Effective log-likelihood ln L_eff(k | μ, σ²) of Argüelles, Schneider and Yuan for an expectation μ known only
    /// up to a variance σ² (finite Monte Carlo statistics, systematics).
    /// </summary>
    /// <remarks>
    /// JHEP 06 (2019) 030, eq. (3.15): the Poisson likelihood marginalised over a gamma-distributed mean,
    /// L_eff = β^α Γ(k + α) / [k! (1 + β)^(k+α) Γ(α)], α = μ²/σ² + 1, β = μ/σ².
    /// Evaluated as ln L = α ln β − (k + α) ln(1 + β) + lnΓ(k + α) − lnΓ(α) − lnΓ(k + 1); for α ≥ 10 the lnΓ
    /// difference is taken from the Stirling series and regrouped as
    /// (α − ½) ln(1 + k/α) − k + k ln[(α + k)/(1 + β)] − α ln(1 + 1/β) + δ(α + k) − δ(α) − lnΓ(k + 1),
    /// which has no cancellation as σ → 0 and tends to the Poisson value (the error is O(σ²)).
    /// Conventions (as in the authors' reference code): σ² = 0 gives the Poisson likelihood; μ = 0 gives
    /// ln L = 0 for k = 0 and −∞ otherwise.
    /// </remarks>
    /// <param name="observed">Observed count k; finite, &gt;= 0.</param>
    /// <param name="expected">Expectation μ; finite, &gt;= 0.</param>
    /// <param name="variance">Variance σ² of the expectation; finite, &gt;= 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative or not finite.</exception>
    public static double Effective(double observed, double expected, double variance)
    {
        Check.NonNegative(observed);
        Check.NonNegative(expected);
        Check.NonNegative(variance);
        return EffectiveUnchecked(observed, expected, variance);
    }

    internal static double EffectiveUnchecked(double k, double mu, double sigma2)
    {
        if (mu <= 0) return k == 0 ? 0.0 : double.NegativeInfinity;
        if (sigma2 <= 0) return PoissonUnchecked(k, mu);
        double beta = mu / sigma2;
        double alpha = mu * beta + 1.0;
        if (double.IsInfinity(beta) || double.IsInfinity(alpha)) return PoissonUnchecked(k, mu);
        return alpha >= StirlingThreshold ? EffectiveStirling(k, alpha, beta) : EffectiveDirect(k, alpha, beta);
    }

    /// <summary>Direct lnΓ form; accurate for moderate α.</summary>
    internal static double EffectiveDirect(double k, double alpha, double beta)
        => alpha * Math.Log(beta) - (k + alpha) * StableMath.Log1P(beta)
           + SpecialFunctions.GammaLn(k + alpha) - SpecialFunctions.GammaLn(alpha) - LogFactorial(k);

    /// <summary>Stirling-regrouped form; requires α ≥ 10 (δ series accurate to ~1e-15 there).</summary>
    internal static double EffectiveStirling(double k, double alpha, double beta)
    {
        double result = -alpha * StableMath.Log1P(1.0 / beta);
        result += StirlingCorrection(alpha + k) - StirlingCorrection(alpha);
        if (k > 0)
            result += (alpha - 0.5) * StableMath.Log1P(k / alpha) - k + k * Math.Log((alpha + k) / (1.0 + beta))
                      - LogFactorial(k);
        return result;
    }

    /// <summary>δ(x) = lnΓ(x) − [(x − ½) ln x − x + ½ ln 2π], the Stirling series to x⁻¹¹; for x ≥ 10.</summary>
    internal static double StirlingCorrection(double x)
    {
        double inv = 1.0 / x, inv2 = inv * inv;
        return inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680 - inv2 * (1.0 / 1188 - inv2 * 691.0 / 360360)))));
    }

    /// <summary>
    /// Statistical variance of the combined Neyman-Pearson χ² for one bin, σ²_CNP = 3 / (1/n + 2/μ).
    /// </summary>
    /// <remarks>
    /// Ji, Gu, Qian, Zhang, Zhang, NIM A 961 (2020) 163677, eq. (19): χ²_CNP = (μ − n)² / σ²_CNP; for n = 0 the
    /// variance is μ/2 (so that χ² = 2μ, the Poisson likelihood-ratio value). σ²_CNP = 0 when μ = 0.
    /// </remarks>
    /// <param name="observed">Observed count n; finite, &gt;= 0.</param>
    /// <param name="expected">Expectation μ; finite, &gt;= 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative or not finite.</exception>
    public static double CombinedNeymanPearsonVariance(double observed, double expected)
    {
        Check.NonNegative(observed);
        Check.NonNegative(expected);
        return CnpVarianceUnchecked(observed, expected);
    }

    internal static double CnpVarianceUnchecked(double n, double mu)
    {
        if (mu <= 0) return 0.0;
        if (n <= 0) return 0.5 * mu;
        return 3.0 / (1.0 / n + 2.0 / mu);
    }

    /// <summary>(μ − n)²/σ² with the conventions 0/0 = 0 and x/0 = +∞.</summary>
    internal static double SquaredPull(double residual, double variance)
    {
        if (residual == 0) return 0.0;
        return variance > 0 ? residual * residual / variance : double.PositiveInfinity;
    }
}
