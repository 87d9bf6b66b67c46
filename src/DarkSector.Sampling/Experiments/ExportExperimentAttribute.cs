using System.Composition;

namespace DarkSector.Sampling.Experiments;

/// <summary>Exports a class as an <see cref="IExperiment"/> with its id as metadata, so the host can list experiments
/// without creating them.</summary>
/// <example><code>[ExportExperiment("miniboone")] public sealed class MiniBooNE : IExperiment { ... }</code></example>
/// <param name="id">The experiment's stable id (lower-case letters, digits and '-').</param>
[MetadataAttribute]
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ExportExperimentAttribute(string id) : ExportAttribute(typeof(IExperiment))
{
    /// <summary>The experiment's stable id.</summary>
    public string Id { get; } = id;
}
