namespace DarkSector.Sampling.Likelihoods;

/// <summary>
/// A binned likelihood: how an analysis turns observed counts and a prediction into −2 ln L.
/// </summary>
/// <remarks>
/// The prediction in bin i is signal_i + background_i. signalSumW2_i = Σ w² over the Monte Carlo events that fill
/// the signal in bin i (its finite-statistics variance); likelihoods that do not model it ignore it. Systematic
/// uncertainties are configuration of the implementation. The returned value is −2 ln L up to a constant that does
/// not depend on the prediction (each implementation states its constant), so differences −2 Δ ln L are meaningful
/// within one likelihood and sums combine independent analyses. Implementations are immutable and thread-safe, and
/// evaluation allocates nothing.
/// </remarks>
public interface IBinnedLikelihood
{
    /// <summary>Number of bins the likelihood was configured for, or null if it accepts any number.</summary>
    int? BinCount { get; }

    /// <summary>−2 ln L of the observed counts given the prediction.</summary>
    /// <param name="observed">Observed counts per bin; &gt;= 0 (non-integer allowed for Asimov data).</param>
    /// <param name="signal">Expected signal per bin; &gt;= 0.</param>
    /// <param name="signalSumW2">Σ w² of the signal's Monte Carlo events per bin; &gt;= 0.</param>
    /// <param name="background">Expected background per bin; &gt;= 0.</param>
    /// <returns>−2 ln L (dimensionless); +∞ for a prediction that makes the data impossible.</returns>
    /// <exception cref="ArgumentException">Span lengths differ from each other or from <see cref="BinCount"/>,
    /// or an entry is negative or not finite.</exception>
    double MinusTwoLnL(ReadOnlySpan<double> observed, ReadOnlySpan<double> signal,
        ReadOnlySpan<double> signalSumW2, ReadOnlySpan<double> background);
}
