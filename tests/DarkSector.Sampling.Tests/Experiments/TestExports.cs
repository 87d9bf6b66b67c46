using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Geometry;

namespace DarkSector.Sampling.Tests.Experiments;

/// <summary>Deliberately broken exports, found only when a test adds this assembly to the discovery options.</summary>
[ExportExperiment("throwing-test")]
public sealed class ThrowingExperiment : IExperiment
{
    public ThrowingExperiment() => throw new InvalidOperationException("flux file missing (deliberate)");

    public ExperimentInfo Info => throw new NotSupportedException();
    public Detector Detector => throw new NotSupportedException();
    public IReadOnlyList<BeamFlux> Beams => throw new NotSupportedException();
    public IReadOnlyList<AnalysisDefinition> Analyses => throw new NotSupportedException();
    public PublicationDefaults Defaults => throw new NotSupportedException();
}

[ExportExperiment("mismatched-test")]
public sealed class MismatchedExperiment : IExperiment
{
    public ExperimentInfo Info { get; } = new() { Id = "something-else", Name = "Mismatched", Citation = "none" };
    public Detector Detector { get; } = new("empty", [new DetectorVolume("air", new Sphere(1), Physics.Materials.StandardMaterials.Water, VolumeRole.Air)]);
    public IReadOnlyList<BeamFlux> Beams { get; } = [];
    public IReadOnlyList<AnalysisDefinition> Analyses { get; } = [];
    public PublicationDefaults Defaults { get; } = new();
}
