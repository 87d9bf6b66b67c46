using DarkSector.Reporting.Rates;
using DarkSector.Sampling.Experiments;

namespace DarkSector.Reporting.Tests.Rates;

/// <summary>The exposures of a rate: the modes asked for, at another POT if given; compared with the data only when they
/// are the analysis's own (every mode, as published).</summary>
public sealed class RateRunExposuresTests
{
    private static readonly AnalysisDefinition TwoModes = ExperimentCatalog.Discover().LoadAll().SelectMany(e => e.Analyses).First(a => a.Exposures.Count >= 2);

    [Fact]
    public void Exposures_ComparesWithTheDataOnlyForTheAnalysissOwn()
    {
        var (all, compare) = RateRun.Exposures(TwoModes, "both", null);
        Assert.Equal(TwoModes.Exposures, all);
        Assert.True(compare);
        string first = TwoModes.Exposures[0].Mode;
        var (one, compareOne) = RateRun.Exposures(TwoModes, first.ToUpperInvariant(), null);
        Assert.Equal([TwoModes.Exposures[0]], one);
        Assert.False(compareOne);
        var (future, compareFuture) = RateRun.Exposures(TwoModes, "all", 2.5e21);
        Assert.Equal(TwoModes.Exposures.Select(e => (e.Mode, 2.5e21)), future.Select(e => (e.Mode, e.Amount)));
        Assert.False(compareFuture);
    }

    [Theory]
    [InlineData(0.0, "--pot = 0 must be finite and > 0")]
    [InlineData(-1e20, "--pot = -1E+20 must be finite and > 0")]
    public void Exposures_RefusesAPotNotPositive(double pot, string expected) =>
        Assert.StartsWith(expected, Assert.Throws<ArgumentOutOfRangeException>(() => RateRun.Exposures(TwoModes, "both", pot)).Message, StringComparison.Ordinal);

    [Fact]
    public void Exposures_RefusesAnUnknownModeNamingMode() =>
        Assert.StartsWith("--mode: 'nope' does not name modes of analysis", Assert.Throws<ArgumentException>(() => RateRun.Exposures(TwoModes, "nope", null)).Message, StringComparison.Ordinal);
}
