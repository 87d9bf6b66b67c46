using DarkSector.Experiments.MiniBooNE;
using DarkSector.Testing;

namespace DarkSector.Experiments.Tests.Contract;

/// <summary>The plugin contract (DarkSector.Testing) for MiniBooNEExperiment.</summary>
public sealed class MiniBooNEContractTests : ExperimentContractTests<MiniBooNEExperiment>
{
    /// <summary>The oil sphere and the upstream dirt are disjoint; the hall air surrounds the tank by priority.</summary>
    protected override IReadOnlyList<string> DisjointVolumes => ["oil", "upstream dirt"];
}
