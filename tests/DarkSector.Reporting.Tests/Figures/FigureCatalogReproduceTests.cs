using DarkSector.Reporting.Figures;
using DarkSector.Reporting.Scans;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Limits;

namespace DarkSector.Reporting.Tests.Figures;

/// <summary>What reproduce runs for a figure (<see cref="FigureCatalog.Reproduce"/>): its variants first, without figure
/// files, then the figure itself with the variants' contours dashed on it, every scan at the requested events.</summary>
public sealed class FigureCatalogReproduceTests
{
    private static readonly ExperimentCatalog Catalog = ExperimentCatalog.Discover();

    /// <summary>A real but small outcome (the 3+1 plane on a 3 x 3 grid) standing in for every scan of the figure.</summary>
    private static readonly Lazy<ScanOutcome> Small = new(() =>
    {
        var figure = new FigureCatalog(Catalog).Figures.Single(f => f.Id == "miniboone-3p1");
        figure = figure with { X = new FigureAxis("sin2-2theta", 1e-3, 1, AxisScale.Logarithmic, 3), Y = new FigureAxis("dm2", 0.1, 10, AxisScale.Logarithmic, 3) };
        return FigureReproduction.Run(figure, figure.Assumptions, Catalog);
    });

    [Fact]
    public void Reproduce_RunsTheVariantsThenTheFigureWithTheirContours()
    {
        var figures = new FigureCatalog(Catalog);
        var heavy = figures.Figures.Single(f => f.Id == FigureCatalog.DefaultFigure);
        Assert.NotEmpty(heavy.Variants);
        var calls = new List<(string Name, ScanRequest Request, IReadOnlyList<string> Formats)>();
        var say = new StringWriter();
        string folder = Directory.CreateTempSubdirectory("ds-reproduce").FullName;
        var written = figures.Reproduce(heavy.Id, "svg,png,svg", folder, 150, null, (name, request, formats) =>
        {
            calls.Add((name, request, formats));
            return Small.Value;
        }, say, json => json);
        Assert.Empty(written);
        Assert.Equal([.. heavy.Variants.Select(v => $"{heavy.Id}-{v.Id}"), heavy.Id], calls.Select(c => c.Name));
        Assert.All(calls.SkipLast(1), c => Assert.True(c.Formats.Count == 0 && c.Request.Overlays.Count == 0, c.Name));
        Assert.Equal(["svg", "png"], calls[^1].Formats);
        Assert.Equal(heavy.Variants.Select(v => v.Label), calls[^1].Request.Overlays.Select(o => o.Label));
        Assert.All(calls, c => Assert.Equal(150, c.Request.Setup.Options.Events));
        Assert.StartsWith($"{heavy.Title}\nsource: {heavy.Reference}\n-- variant {heavy.Variants[0].Id}: ", say.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("-- DarkSector physics", say.ToString(), StringComparison.Ordinal);
        Directory.Delete(folder, true);
    }

    [Fact] // the figure id and the formats are checked before any scan runs
    public void Reproduce_RefusesAnUnknownFigureOrFormatBeforeScanning()
    {
        var figures = new FigureCatalog(Catalog);
        ScanOutcome Never(string name, ScanRequest request, IReadOnlyList<string> formats) => throw new InvalidOperationException("scanned");
        Assert.Contains("figure 'no-such-figure' is unknown", Assert.Throws<ArgumentException>(() => figures.Reproduce("no-such-figure", "svg", ".", null, null, Never, TextWriter.Null, j => j)).Message);
        Assert.StartsWith("--formats: 'gif'", Assert.Throws<ArgumentException>(() => figures.Reproduce(FigureCatalog.DefaultFigure, "gif", ".", null, null, Never, TextWriter.Null, j => j)).Message);
    }
}
