namespace DarkSector.Sampling.Likelihoods;

/// <summary>
/// One binned analysis: its name, the likelihood it uses, its observed counts and its expected background.
/// The signal prediction is supplied at evaluation time.
/// </summary>
/// <remarks>Immutable (the arrays are copied); thread-safe; evaluation allocation-free.</remarks>
public sealed class BinnedAnalysis
{
    private readonly double[] _observed;
    private readonly double[] _background;

    /// <summary>Creates the analysis.</summary>
    /// <param name="name">Identifier, e.g. "t2k-nd280/analysis-1"; non-empty.</param>
    /// <param name="likelihood">The likelihood the analysis uses.</param>
    /// <param name="observed">Observed counts per bin; &gt;= 0.</param>
    /// <param name="background">Expected background per bin (events); &gt;= 0, same length.</param>
    /// <exception cref="ArgumentException">Empty name, length mismatch (also with the likelihood's bin count), or a
    /// negative or non-finite entry.</exception>
    public BinnedAnalysis(string name, IBinnedLikelihood likelihood, ReadOnlySpan<double> observed, ReadOnlySpan<double> background)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(likelihood);
        if (observed.Length == 0) throw new ArgumentException("an analysis needs at least one bin", nameof(observed));
        if (background.Length != observed.Length)
            throw new ArgumentException($"background has {background.Length} bins, observed {observed.Length}", nameof(background));
        if (likelihood.BinCount is int bins && bins != observed.Length)
            throw new ArgumentException($"observed has {observed.Length} bins; the likelihood is configured for {bins}", nameof(observed));
        BinnedInput.NonNegative(observed, nameof(observed));
        BinnedInput.NonNegative(background, nameof(background));
        Name = name;
        Likelihood = likelihood;
        _observed = observed.ToArray();
        _background = background.ToArray();
    }

    /// <summary>Identifier of the analysis.</summary>
    public string Name { get; }

    /// <summary>The likelihood the analysis uses.</summary>
    public IBinnedLikelihood Likelihood { get; }

    /// <summary>Number of bins.</summary>
    public int BinCount => _observed.Length;

    /// <summary>Observed counts per bin.</summary>
    public ReadOnlySpan<double> Observed => _observed;

    /// <summary>Expected background per bin, events.</summary>
    public ReadOnlySpan<double> Background => _background;

    /// <summary>−2 ln L of the observed counts for a signal prediction.</summary>
    /// <param name="signal">Expected signal per bin, events; &gt;= 0, length <see cref="BinCount"/>.</param>
    /// <param name="signalSumW2">Σ w² of the signal per bin, events²; &gt;= 0, same length.</param>
    /// <exception cref="ArgumentException">Length mismatch or an invalid entry.</exception>
    public double MinusTwoLnL(ReadOnlySpan<double> signal, ReadOnlySpan<double> signalSumW2)
        => Likelihood.MinusTwoLnL(_observed, signal, signalSumW2, _background);

    /// <summary>The same analysis with different observed counts (e.g. an Asimov data set).</summary>
    /// <param name="observed">Observed counts per bin; &gt;= 0, length <see cref="BinCount"/>.</param>
    /// <exception cref="ArgumentException">Length mismatch or an invalid entry.</exception>
    public BinnedAnalysis WithObserved(ReadOnlySpan<double> observed) => new(Name, Likelihood, observed, _background);
}
