namespace DarkSector.Sampling.Experiments;

/// <summary>
/// A figure made of several published figures (e.g. one sensitivity per experiment and plane), recomputed together:
/// each part is a <see cref="PublishedFigure"/> of its own experiment, grouped by plane, with today's limit in each
/// plane named by figure id.
/// </summary>
/// <remarks>Immutable; validated on initialisation. Declared by a plugin in <see cref="IExperiment.CompositeFigures"/>.</remarks>
public sealed record CompositeFigure : DeclaredFigure
{
    /// <summary>The parts: ids of published figures (any plugin's), run in this order.</summary>
    /// <exception cref="ArgumentException">Empty.</exception>
    public required IReadOnlyList<CompositePart> Parts
    {
        get;
        init => field = (value ?? throw new ArgumentNullException(nameof(Parts))).Count > 0 ? value
            : throw new ArgumentException($"composite figure '{Id}' needs at least one part", nameof(Parts));
    }

    /// <summary>Per plane: the id of the published figure holding today's limit, drawn dashed on that plane's overlay.</summary>
    public IReadOnlyDictionary<string, string> PlaneReferences { get; init => field = value ?? throw new ArgumentNullException(nameof(PlaneReferences)); }
        = new Dictionary<string, string>();
}
