namespace DarkSector.Sampling.Experiments;

/// <summary>The published figures of every experiment in an <see cref="ExperimentCatalog"/>.</summary>
public static class PublishedFigureCatalog
{
    /// <summary>Every experiment's <see cref="IExperiment.Figures"/>, in the catalog's order of experiment ids.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static IReadOnlyList<PublishedFigure> Figures(this ExperimentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.LoadAll().SelectMany(e => e.Figures).ToArray();
    }

    /// <summary>Every experiment's <see cref="IExperiment.CompositeFigures"/>, in the catalog's order of experiment ids.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static IReadOnlyList<CompositeFigure> CompositeFigures(this ExperimentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.LoadAll().SelectMany(e => e.CompositeFigures).ToArray();
    }

    /// <summary>Every experiment's <see cref="IExperiment.CombinedFigures"/>, in the catalog's order of experiment ids.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static IReadOnlyList<CombinedFigure> CombinedFigures(this ExperimentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.LoadAll().SelectMany(e => e.CombinedFigures).ToArray();
    }

    /// <summary>The published figure with <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">No experiment declares it (the message lists the known ids).</exception>
    public static PublishedFigure Figure(this ExperimentCatalog catalog, string id) =>
        catalog.Figures().FirstOrDefault(f => f.Id == id)
        ?? throw new ArgumentException($"figure '{id}' is unknown; figures: {string.Join(", ", catalog.Figures().Select(f => f.Id))}");
}
