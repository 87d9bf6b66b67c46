using DarkSector.Experiments.T2K;
using DarkSector.Testing;

namespace DarkSector.Experiments.Tests.Contract;

/// <summary>The plugin contract (DarkSector.Testing) for ND280Experiment.</summary>
public sealed class ND280ContractTests : ExperimentContractTests<ND280Experiment>
{
    /// <summary>The ND280 modules of experiments.md and the upstream rock are disjoint boxes; the fiducial boxes sit inside their modules.</summary>
    protected override IReadOnlyList<string> DisjointVolumes => ["P0D ECAL1", "P0D water", "P0D ECAL2", "TPC1", "FGD1", "TPC2", "FGD2", "TPC3", "upstream rock"];
}

/// <summary>The plugin contract (DarkSector.Testing) for ND280UpgradeExperiment.</summary>
public sealed class ND280UpgradeContractTests : ExperimentContractTests<ND280UpgradeExperiment>
{
}
