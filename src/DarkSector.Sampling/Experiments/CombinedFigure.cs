namespace DarkSector.Sampling.Experiments;

/// <summary>
/// A published comparison of several experiments in one plane (e.g. the MiniBooNE preferred region against the ND280,
/// MINERvA and MicroBooNE limits): one scan of <see cref="Plane"/> per layer, combined by the sum of −2 ln L.
/// </summary>
/// <remarks>
/// <para>The plane's family, axes, fixed values and events apply to every layer; its <see cref="DeclaredFigure.ExperimentId"/>
/// and <see cref="PublishedFigure.Analysis"/> are the first layer, <see cref="Others"/> the rest. Each layer keeps its own experiment's
/// confidence-level convention; the plane's <see cref="PublishedFigure.ConfidenceLevel"/> is the combination's and its
/// <see cref="PublishedFigure.Significances"/> the preferring experiment's regions.</para>
/// <para>Immutable; validated on initialisation. Declared by a plugin in <see cref="IExperiment.CombinedFigures"/>.</para>
/// </remarks>
public sealed record CombinedFigure : DeclaredFigure
{
    /// <summary>The plane: family, axes, fixed values, events, the combination's confidence level and the preferred
    /// regions' significances.</summary>
    public required PublishedFigure Plane { get; init => field = value ?? throw new ArgumentNullException(nameof(Plane)); }

    /// <summary>The other experiments, combined with the plane's (at least one, each once, not the plane's).</summary>
    /// <exception cref="ArgumentException">None, or an experiment named twice.</exception>
    public required IReadOnlyList<FigureLayer> Others
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Count < 1) throw new ArgumentException($"combined figure '{Id}' needs at least one other experiment", nameof(Others));
            if (value.Select(l => l.ExperimentId).Distinct(StringComparer.Ordinal).Count() != value.Count)
                throw new ArgumentException($"combined figure '{Id}' names an experiment twice: {string.Join(",", value.Select(l => l.ExperimentId))}", nameof(Others));
            field = value;
        }
    }

    /// <summary>Every layer in order: the plane's experiment and analysis first, then <see cref="Others"/>.</summary>
    public IReadOnlyList<FigureLayer> Layers => [new(Plane.ExperimentId, Plane.Analysis), .. Others];
}
