using DarkSector.Testing;

namespace MyDetector.Tests;

// The plugin contract of DarkSector.Testing: metadata, closed geometry (and the volumes promised disjoint), fluxes,
// deterministic selections, finite likelihoods, published figures. Every check runs on MyDetector.
public sealed class MyDetectorContractTests : ExperimentContractTests<MyDetector>
{
    protected override IReadOnlyList<string> DisjointVolumes => ["oil box", "dirt"];
}
