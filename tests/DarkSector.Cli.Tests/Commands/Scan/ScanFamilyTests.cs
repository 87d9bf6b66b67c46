using DarkSector.Cli.Commands.Scan;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Cli.Tests.Commands.Scan;

public sealed class ScanFamilyTests
{
    private static AnalysisDefinition Analysis(string experiment, string id)
    {
        Assert.True(ExperimentCatalog.Discover().TryGet(experiment, out var e));
        return e!.Analyses.Single(a => a.Id == id);
    }

    [Fact] // dipole: production ∝ d² and every width ∝ d², so BR_vis is d-independent and c τ₀ ∝ 1/d² — the premise of the
           // exact coupling reweighting in scan (relative tolerance 1e-12: only rounding)
    public void Dipole_BranchingRatioIsCouplingIndependent_AndLifetimeScalesAsInverseSquare()
    {
        var family = ScanFamily.Get("dipole");
        var analysis = Analysis("t2k-nd280", "tpc-ee-dipole");
        var weak = family.Signal(new Dictionary<string, double> { ["m-n"] = 0.2, ["d-mu"] = 1e-7 }, analysis);
        var strong = family.Signal(new Dictionary<string, double> { ["m-n"] = 0.2, ["d-mu"] = 3e-6 }, analysis);
        Assert.IsType<DipoleSignal>(weak);
        Assert.Equal(weak.VisibleBranchingRatio, strong.VisibleBranchingRatio, 1e-12 * weak.VisibleBranchingRatio);
        Assert.Equal(900, weak.ProperDecayLengthCm / strong.ProperDecayLengthCm, 1e-9);
        Assert.Equal(9e-12, family.ProductionCouplings(new Dictionary<string, double> { ["d-mu"] = 3e-6 }), 1e-24);
    }

    [Theory] // the analysis decides the visible channels of the dipole family
    [InlineData("t2k-nd280", "tpc-ee-dipole", typeof(DipoleSignal))]
    [InlineData("minerva", "me-rhc", typeof(DipolePhotonSignal))]
    [InlineData("miniboone", "eqe", typeof(DipoleSingleShowerSignal))]
    public void Dipole_SignalFollowsTheAnalysisTopology(string experiment, string analysis, Type expected)
    {
        var signal = ScanFamily.Get("dipole").Signal(new Dictionary<string, double> { ["m-n"] = 0.3, ["d-mu"] = 1e-6 }, Analysis(experiment, analysis));
        Assert.IsType(expected, signal);
    }

    [Fact] // dark photon: P = |V_μN|² α_D ε², with ε or ε² accepted; ctau0-cm overrides the lifetime only
    public void DarkPhoton_ProductionCouplingsAndLifetimeOverride()
    {
        var family = ScanFamily.Get("dark-photon");
        var values = new Dictionary<string, double> { ["m-n"] = 0.1, ["mzprime"] = 1.25, ["v-mu-n2"] = 2.2e-7, ["epsilon"] = 0.02, ["alpha-d"] = 0.4 };
        Assert.Equal(2.2e-7 * 0.4 * 4e-4, family.ProductionCouplings(values), 1e-22);
        var plain = family.Signal(values, Analysis("t2k-nd280", "tpc-ee"));
        var overridden = family.Signal(new Dictionary<string, double>(values) { ["ctau0-cm"] = 12.5 }, Analysis("t2k-nd280", "tpc-ee"));
        Assert.IsType<ProperDecayLengthOverride>(overridden);
        Assert.Equal(12.5, overridden.ProperDecayLengthCm);
        Assert.Equal(plain.VisibleBranchingRatio, overridden.VisibleBranchingRatio);
    }

    [Theory] // names outside the family and unknown families are rejected naming the family's parameters
    [InlineData("dark-photon", "d-mu")]
    [InlineData("dipole", "mzprime")]
    public void ForeignParameter_IsRejected(string familyName, string parameter)
    {
        var error = Assert.Throws<ArgumentException>(() => ScanFamily.Get(familyName).CheckName(parameter, "--x"));
        Assert.Contains(familyName, error.Message);
        Assert.Throws<ArgumentException>(() => ScanFamily.Get("seesaw"));
    }
}
