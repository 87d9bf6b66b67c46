using DarkSector.Experiments.MINERvA;
using DarkSector.Testing;

namespace DarkSector.Experiments.Tests.Contract;

/// <summary>The plugin contract (DarkSector.Testing) for MINERvAExperiment.</summary>
public sealed class MINERvAContractTests : ExperimentContractTests<MINERvAExperiment>
{
    /// <summary>The nuclear targets (and the upstream dirt) are disjoint slabs and segments.</summary>
    protected override IReadOnlyList<string> DisjointVolumes => ["1-Fe", "1-Pb", "2-Fe", "2-Pb", "3-Fe", "3-Pb", "3-C", "Water", "4-Pb", "5-Fe", "5-Pb", "upstream dirt"];
}
