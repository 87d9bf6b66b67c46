using DarkSector.Physics;

namespace DarkSector.Sampling.Likelihoods;

/// <summary>
/// Product over bins of the effective likelihood of Argüelles, Schneider and Yuan, with the Monte Carlo variance and
/// a fractional systematic uncertainty on the total prediction.
/// </summary>
/// <remarks>
/// Per bin L_eff(k | μ, σ²) (<see cref="BinLogLikelihood.Effective"/>, JHEP 06 (2019) 030) with μ = s + b and
/// σ² = Σ w² + (η μ)², the form used by the seed paper (Argüelles, Foppiani, Hostert, PRD 107 (2023) 035027,
/// method.md §Statistics). The background is taken as exactly known apart from η. Returns the exact normalised
/// −2 ln L (constant 0); for η = 0 and Σ w² = 0 it equals <see cref="PoissonLikelihood"/>. Thread-safe; allocation-free.
/// </remarks>
public sealed class EffectiveLikelihood : IBinnedLikelihood
{
    /// <summary>Creates the likelihood.</summary>
    /// <param name="fractionalSystematic">Fractional systematic η on the total prediction (0.2 for 20%); in [0, 10].</param>
    /// <exception cref="ArgumentOutOfRangeException">η outside [0, 10] or not finite.</exception>
    public EffectiveLikelihood(double fractionalSystematic = 0.0)
        => FractionalSystematic = Check.InRange(fractionalSystematic, 0, 10);

    /// <summary>Fractional systematic uncertainty η on the total prediction (dimensionless).</summary>
    public double FractionalSystematic { get; }

    /// <inheritdoc />
    public int? BinCount => null;

    /// <inheritdoc />
    public double MinusTwoLnL(ReadOnlySpan<double> observed, ReadOnlySpan<double> signal,
        ReadOnlySpan<double> signalSumW2, ReadOnlySpan<double> background)
    {
        BinnedInput.Validate(null, observed, signal, signalSumW2, background);
        double eta2 = FractionalSystematic * FractionalSystematic;
        double lnL = 0;
        for (int i = 0; i < observed.Length; i++)
        {
            double mu = signal[i] + background[i];
            lnL += BinLogLikelihood.EffectiveUnchecked(observed[i], mu, signalSumW2[i] + eta2 * mu * mu);
        }
        return lnL == 0 ? 0 : -2 * lnL;   // +0, not −0, for an empty bin (reports print "-0" otherwise)
    }
}
