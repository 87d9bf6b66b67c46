namespace DarkSector.Sampling.Experiments;

/// <summary>What every figure a plugin declares carries: its id, the experiment it belongs to, what it shows and where
/// it was published (<see cref="PublishedFigure"/>, <see cref="CompositeFigure"/>, <see cref="CombinedFigure"/>).</summary>
/// <remarks>Immutable; validated on initialisation.</remarks>
public abstract record DeclaredFigure
{
    /// <summary>Stable id, lower-case letters, digits and '-' (e.g. "t2k-nd280-heavy").</summary>
    /// <exception cref="ArgumentException">Not of that form.</exception>
    public required string Id
    {
        get;
        init => field = ExperimentInfo.IsValidId(value) ? value
            : throw new ArgumentException($"Id = '{value}' must be lower-case letters, digits and '-', starting with a letter", nameof(Id));
    }

    /// <summary>The id of the experiment the figure belongs to (the plugin that declares it; for a
    /// <see cref="PublishedFigure"/>, the experiment whose analysis it uses).</summary>
    /// <exception cref="ArgumentException">Not a well-formed experiment id.</exception>
    public required string ExperimentId
    {
        get;
        init => field = ExperimentInfo.IsValidId(value) ? value
            : throw new ArgumentException($"ExperimentId = '{value}' is not a well-formed experiment id", nameof(ExperimentId));
    }

    /// <summary>What the figure shows (one line).</summary>
    /// <exception cref="ArgumentException">Empty.</exception>
    public required string Title { get; init => field = ExperimentInfo.NonEmpty(value, nameof(Title)); }

    /// <summary>The publication and figure (or the document) it reproduces.</summary>
    /// <exception cref="ArgumentException">Empty.</exception>
    public required string Reference { get; init => field = ExperimentInfo.NonEmpty(value, nameof(Reference)); }
}
