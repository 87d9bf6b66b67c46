using DarkSector.Experiments.Projections;
using DarkSector.Testing;

namespace DarkSector.Experiments.Tests.Contract;

/// <summary>The plugin contract (DarkSector.Testing) for SbndExperiment.</summary>
public sealed class SbndContractTests : ExperimentContractTests<SbndExperiment>
{
    /// <summary>The active argon and the upstream soil are disjoint; the cryostat surrounds the TPC by priority.</summary>
    protected override IReadOnlyList<string> DisjointVolumes => ["active", "upstream soil"];
}

/// <summary>The plugin contract (DarkSector.Testing) for IcarusExperiment.</summary>
public sealed class IcarusContractTests : ExperimentContractTests<IcarusExperiment>
{
}

/// <summary>The plugin contract (DarkSector.Testing) for DuneNdExperiment.</summary>
public sealed class DuneNdContractTests : ExperimentContractTests<DuneNdExperiment>
{
}
