using DarkSector.Experiments.MicroBooNE;
using DarkSector.Testing;

namespace DarkSector.Experiments.Tests.Contract;

/// <summary>The plugin contract (DarkSector.Testing) for MicroBooNEExperiment.</summary>
public sealed class MicroBooNEContractTests : ExperimentContractTests<MicroBooNEExperiment>
{
    /// <summary>The active TPC and the upstream soil are disjoint; the cryostat argon surrounds the TPC by priority.</summary>
    protected override IReadOnlyList<string> DisjointVolumes => ["TPC active", "upstream soil"];
}
