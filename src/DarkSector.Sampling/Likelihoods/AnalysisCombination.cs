namespace DarkSector.Sampling.Likelihoods;

/// <summary>Independent analyses combined by adding their −2 ln L (the product of their likelihoods).</summary>
/// <remarks>
/// Seed paper (PRD 107 (2023) 035027, method.md §Statistics): combining analyses adds log-likelihoods. The signal of
/// the combination is the concatenation of each analysis' bins in the order given. Immutable; thread-safe;
/// evaluation allocation-free.
/// </remarks>
public sealed class AnalysisCombination
{
    private readonly BinnedAnalysis[] _analyses;

    /// <summary>Combines <paramref name="analyses"/> (at least one; names distinct).</summary>
    /// <exception cref="ArgumentException">No analysis, a null entry or duplicate names.</exception>
    public AnalysisCombination(IEnumerable<BinnedAnalysis> analyses)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        _analyses = analyses.ToArray();
        if (_analyses.Length == 0) throw new ArgumentException("a combination needs at least one analysis", nameof(analyses));
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in _analyses)
        {
            if (a is null) throw new ArgumentException("an analysis is null", nameof(analyses));
            if (!names.Add(a.Name)) throw new ArgumentException($"analysis name '{a.Name}' appears twice", nameof(analyses));
            TotalBinCount += a.BinCount;
        }
    }

    /// <summary>The analyses, in signal order.</summary>
    public IReadOnlyList<BinnedAnalysis> Analyses => _analyses;

    /// <summary>Total number of bins (length of the concatenated signal).</summary>
    public int TotalBinCount { get; }

    /// <summary>Σ over analyses of −2 ln L.</summary>
    /// <param name="signal">Concatenated expected signal per bin, events; length <see cref="TotalBinCount"/>.</param>
    /// <param name="signalSumW2">Concatenated Σ w² per bin, events²; same length.</param>
    /// <exception cref="ArgumentException">Wrong length or an invalid entry.</exception>
    public double MinusTwoLnL(ReadOnlySpan<double> signal, ReadOnlySpan<double> signalSumW2)
    {
        if (signal.Length != TotalBinCount || signalSumW2.Length != TotalBinCount)
            throw new ArgumentException(
                $"signal has {signal.Length} and signalSumW2 {signalSumW2.Length} bins; the combination has {TotalBinCount}", nameof(signal));
        double total = 0;
        int offset = 0;
        foreach (var a in _analyses)
        {
            total += a.MinusTwoLnL(signal.Slice(offset, a.BinCount), signalSumW2.Slice(offset, a.BinCount));
            offset += a.BinCount;
        }
        return total;
    }
}
