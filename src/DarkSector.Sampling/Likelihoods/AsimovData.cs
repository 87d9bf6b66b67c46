namespace DarkSector.Sampling.Likelihoods;

/// <summary>Asimov data sets: the "observed" counts equal to an expectation, for sensitivity projections.</summary>
/// <remarks>
/// Cowan, Cranmer, Gross, Vitells, EPJ C 71 (2011) 1554, §3.2 (the Asimov data set). The seed paper's projections use
/// the rounded form N_obs = round(b + μ) (method.md §Statistics); the exact form keeps non-integer counts, which every
/// likelihood here accepts. Thread-safe; allocation-free.
/// </remarks>
public static class AsimovData
{
    /// <summary>Writes n_i = s_i + b_i (exact Asimov counts) into <paramref name="destination"/>.</summary>
    /// <param name="signal">Expected signal per bin, events; &gt;= 0.</param>
    /// <param name="background">Expected background per bin, events; &gt;= 0, same length.</param>
    /// <param name="destination">Receives the counts; same length.</param>
    /// <exception cref="ArgumentException">Length mismatch or an invalid entry.</exception>
    public static void Exact(ReadOnlySpan<double> signal, ReadOnlySpan<double> background, Span<double> destination)
        => Fill(signal, background, destination, round: false);

    /// <summary>Writes n_i = round(s_i + b_i) (half away from zero) into <paramref name="destination"/>.</summary>
    /// <param name="signal">Expected signal per bin, events; &gt;= 0.</param>
    /// <param name="background">Expected background per bin, events; &gt;= 0, same length.</param>
    /// <param name="destination">Receives the counts; same length.</param>
    /// <exception cref="ArgumentException">Length mismatch or an invalid entry.</exception>
    public static void Rounded(ReadOnlySpan<double> signal, ReadOnlySpan<double> background, Span<double> destination)
        => Fill(signal, background, destination, round: true);

    private static void Fill(ReadOnlySpan<double> signal, ReadOnlySpan<double> background, Span<double> destination, bool round)
    {
        if (background.Length != signal.Length || destination.Length != signal.Length)
            throw new ArgumentException(
                $"lengths differ: signal {signal.Length}, background {background.Length}, destination {destination.Length}", nameof(destination));
        BinnedInput.NonNegative(signal, nameof(signal));
        BinnedInput.NonNegative(background, nameof(background));
        for (int i = 0; i < signal.Length; i++)
        {
            double n = signal[i] + background[i];
            destination[i] = round ? Math.Round(n, MidpointRounding.AwayFromZero) : n;
        }
    }
}
