namespace DarkSector.Sampling.Likelihoods;

/// <summary>Product of Poisson likelihoods over bins; no systematic or Monte Carlo uncertainty.</summary>
/// <remarks>
/// −2 ln L = 2 Σ_i [μ_i − k_i ln μ_i + lnΓ(k_i + 1)], μ_i = s_i + b_i: the exact, normalised −2 ln L (constant 0).
/// Σ w² is ignored. Thread-safe; allocation-free.
/// </remarks>
public sealed class PoissonLikelihood : IBinnedLikelihood
{
    /// <summary>The shared instance (the likelihood has no configuration).</summary>
    public static PoissonLikelihood Instance { get; } = new();

    private PoissonLikelihood() { }

    /// <inheritdoc />
    public int? BinCount => null;

    /// <inheritdoc />
    public double MinusTwoLnL(ReadOnlySpan<double> observed, ReadOnlySpan<double> signal,
        ReadOnlySpan<double> signalSumW2, ReadOnlySpan<double> background)
    {
        BinnedInput.Validate(null, observed, signal, signalSumW2, background);
        double lnL = 0;
        for (int i = 0; i < observed.Length; i++)
            lnL += BinLogLikelihood.PoissonUnchecked(observed[i], signal[i] + background[i]);
        return lnL == 0 ? 0 : -2 * lnL;   // +0, not −0, for an empty bin (reports print "-0" otherwise)
    }
}
