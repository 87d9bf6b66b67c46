namespace DarkSector.Sampling.Experiments;

/// <summary>The metadata of an exported experiment (from <see cref="ExportExperimentAttribute"/>), read without
/// creating the plugin.</summary>
public sealed class ExperimentMetadata
{
    /// <summary>The experiment id given in the export attribute (null if the export did not give one).</summary>
    public string? Id { get; set; }
}
