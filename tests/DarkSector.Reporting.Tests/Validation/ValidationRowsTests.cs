using DarkSector.Reporting.Validation;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Validation;

namespace DarkSector.Reporting.Tests.Validation;

/// <summary>Which rows validate computes: the core's first, then the plugins'; one experiment's alone; an unknown id refused.</summary>
public sealed class ValidationRowsTests
{
    private static readonly ExperimentCatalog Catalog = ExperimentCatalog.Discover();

    [Fact]
    public void Of_SelectsTheCoreThenThePluginsRows()
    {
        var all = ValidationRows.Of(Catalog);
        Assert.Equal(CoreValidation.Rows, all.Take(CoreValidation.Rows.Count));
        Assert.Equal(CoreValidation.Rows, ValidationRows.Of(Catalog, CoreValidation.Experiment));
        var t2k = ValidationRows.Of(Catalog, "t2k-nd280");
        Assert.NotEmpty(t2k);
        Assert.All(t2k, r => Assert.Equal("t2k-nd280", r.Experiment));
        Assert.Equal(t2k, all.Where(r => r.Experiment == "t2k-nd280"));
        Assert.True(all.Count > CoreValidation.Rows.Count + t2k.Count);   // other plugins declare rows too
    }

    [Fact]
    public void Of_RefusesAnUnknownExperimentNamingTheKnownOnes()
    {
        var message = Assert.Throws<ArgumentException>(() => ValidationRows.Of(Catalog, "t2k")).Message;
        Assert.StartsWith("--experiment: unknown experiment 't2k'; known: core (model quantities), ", message, StringComparison.Ordinal);
        Assert.Contains("t2k-nd280", message, StringComparison.Ordinal);
    }
}
