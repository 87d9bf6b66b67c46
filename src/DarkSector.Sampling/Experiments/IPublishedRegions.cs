namespace DarkSector.Sampling.Experiments;

/// <summary>Optional facet of an experiment plugin: regions it published in model-parameter planes (fit regions,
/// exclusions), drawn by hosts on scan figures of the same plane.</summary>
/// <remarks>Implementations return immutable data read from their embedded resources; thread-safe.</remarks>
public interface IPublishedRegions
{
    /// <summary>The published regions.</summary>
    IReadOnlyList<PublishedRegion> PublishedRegions { get; }
}
