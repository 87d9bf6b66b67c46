using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Experiments.Tests.Inference;

public sealed class ModelFamilyTests
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
        var family = ModelFamilies.Get("dipole");
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
        var signal = ModelFamilies.Get("dipole").Signal(new Dictionary<string, double> { ["m-n"] = 0.3, ["d-mu"] = 1e-6 }, Analysis(experiment, analysis));
        Assert.IsType(expected, signal);
    }

    [Fact] // dark photon: P = |V_μN|² α_D ε², with ε or ε² accepted; ctau0-cm overrides the lifetime only
    public void DarkPhoton_ProductionCouplingsAndLifetimeOverride()
    {
        var family = ModelFamilies.Get("dark-photon");
        var values = new Dictionary<string, double> { ["m-n"] = 0.1, ["mzprime"] = 1.25, ["v-mu-n2"] = 2.2e-7, ["epsilon"] = 0.02, ["alpha-d"] = 0.4 };
        Assert.Equal(2.2e-7 * 0.4 * 4e-4, family.ProductionCouplings(values), 1e-22);
        var plain = family.Signal(values, Analysis("t2k-nd280", "tpc-ee"));
        var overridden = family.Signal(new Dictionary<string, double>(values) { ["ctau0-cm"] = 12.5 }, Analysis("t2k-nd280", "tpc-ee"));
        Assert.IsType<ProperDecayLengthOverride>(overridden);
        Assert.Equal(12.5, overridden.ProperDecayLengthCm);
        Assert.Equal(plain.VisibleBranchingRatio, overridden.VisibleBranchingRatio);
    }

    [Theory] // HNL nature: a Majorana N has twice every Dirac width here (dipole: Γ = 2|d|²m³/4π, physics.md; dark photon,
             // off-shell Z' without active mixing: Γ_M = 2Γ_D, DarkPhotonDecays), so c·τ0 halves and the visible BR is unchanged
             // (1e-12); production is the same
    [InlineData("dipole", "t2k-nd280", "tpc-ee-dipole")]
    [InlineData("dark-photon", "t2k-nd280", "tpc-ee")]
    public void Majorana_HalvesTheLifetime(string familyName, string experiment, string analysisId)
    {
        var values = familyName == "dipole"
            ? new Dictionary<string, double> { ["m-n"] = 0.2, ["d-mu"] = 1e-7 }
            : new Dictionary<string, double> { ["m-n"] = 0.1, ["mzprime"] = 1.25, ["v-mu-n2"] = 2.2e-7, ["epsilon"] = 0.02, ["alpha-d"] = 0.4 };
        var analysis = Analysis(experiment, analysisId);
        var dirac = ModelFamilies.Get(familyName, HnlNature.Dirac);
        var majorana = ModelFamilies.Get(familyName, HnlNature.Majorana);
        Assert.Equal(HnlNature.Majorana, majorana.Nature);
        Assert.Equal(HnlNature.Dirac, ModelFamilies.Get(familyName).Nature);
        var d = dirac.Signal(values, analysis);
        var m = majorana.Signal(values, analysis);
        Assert.Equal(2, d.ProperDecayLengthCm / m.ProperDecayLengthCm, 1e-12);
        Assert.Equal(d.VisibleBranchingRatio, m.VisibleBranchingRatio, 1e-12);
        Assert.Equal(dirac.ProductionCouplings(values), majorana.ProductionCouplings(values));
    }

    [Fact] // a family without an HNL ignores the nature; the dark seesaw's states are Majorana only (the error names both)
    public void Nature_FixedOrAbsent()
    {
        Assert.Null(ModelFamilies.Get("3p1", HnlNature.Majorana).Nature);
        Assert.Equal(HnlNature.Majorana, ModelFamilies.Get("dark-seesaw", HnlNature.Majorana).Nature);
        var e = Assert.Throws<ArgumentException>(() => ModelFamilies.Get("dark-seesaw", HnlNature.Dirac));
        Assert.Contains("Majorana", e.Message);
        Assert.Contains("Dirac", e.Message);
        Assert.Equal(HnlNature.Majorana, ModelFamilies.Get("dipole+3p1", HnlNature.Majorana).Nature);
    }

    [Fact] // dipole+3p1: its signal is the dipole part (the same signal as the dipole family at m-n, d-mu; the 3+1 values are ignored)
    public void DipoleOscillation_SignalIsTheDipolePart()
    {
        var analysis = Analysis("miniboone", "eqe");
        var family = ModelFamilies.Get("dipole+3p1");
        Assert.True(family.HasSignal);
        Assert.False(ModelFamilies.Get("3p1").HasSignal);
        var sum = family.Signal(new Dictionary<string, double> { ["m-n"] = 0.3, ["d-mu"] = 1e-6, ["dm2"] = 1, ["sin2-2theta"] = 1e-3 }, analysis);
        var dipole = ModelFamilies.Get("dipole").Signal(new Dictionary<string, double> { ["m-n"] = 0.3, ["d-mu"] = 1e-6 }, analysis);
        Assert.Equal(dipole.GetType(), sum.GetType());
        Assert.Equal(dipole.ProperDecayLengthCm, sum.ProperDecayLengthCm);
        Assert.Equal(dipole.VisibleBranchingRatio, sum.VisibleBranchingRatio);
    }

    [Fact] // AnalysisSignals: a photon-conversion analysis rejects the dark photon and the dark seesaw; the dual decay needs two
           // HNLs; the heaviest HNL is the produced one (N5 of a two-HNL model)
    public void AnalysisSignals_FollowTheTopology()
    {
        var single = Physics.Models.DarkPhoton.DarkPhotonModel.SingleHnl(0.1, 1.25, 0.02, 0.4, 2.2e-7, 2.2e-7);
        var photon = Analysis("minerva", "me-rhc");
        Assert.Contains("use the dipole family", Assert.Throws<ArgumentException>(() => AnalysisSignals.DarkPhoton(single, photon)).Message);
        Assert.Equal("decayToLighter", Assert.Throws<ArgumentException>(() => AnalysisSignals.DarkPhoton(single, Analysis("t2k-nd280", "tpc-ee"), decayToLighter: true)).ParamName);
        var dual = Physics.Models.DarkPhoton.DarkPhotonModel.TwoHnls(0.1, 0.2, 1.25, 0.02, 0.4, 1e-3, 1e-3, 1);
        var signal = AnalysisSignals.DarkPhoton(dual, Analysis("t2k-nd280", "tpc-ee"), decayToLighter: true);
        Assert.Equal(0.2, signal.HnlMassGeV);
        Assert.Equal(new DarkPhotonSignal(dual, 1, 0).VisibleBranchingRatio, signal.VisibleBranchingRatio);
    }

    [Theory] // names outside the family and unknown families are rejected naming the family's parameters
    [InlineData("dark-photon", "d-mu")]
    [InlineData("dipole", "mzprime")]
    public void ForeignParameter_IsRejected(string familyName, string parameter)
    {
        var error = Assert.Throws<ArgumentException>(() => ModelFamilies.Get(familyName).CheckName(parameter, "--x"));
        Assert.Contains(familyName, error.Message);
        Assert.Throws<ArgumentException>(() => ModelFamilies.Get("seesaw"));
    }

    [Fact] // the schema: unique names, a symbol each, the masses of the simulated families are exactly those that change
           // the kinematics (m-n, mzprime, delta), and every simulated family accepts the c τ₀ override
    public void Schema_DescribesEveryParameter()
    {
        foreach (var family in ModelFamilies.All)
        {
            Assert.Equal(family.Names.Count, family.Names.Distinct().Count());
            Assert.All(family.Parameters, p => Assert.False(string.IsNullOrEmpty(p.Symbol)));
            Assert.All(family.Parameters, p => Assert.True(p.Minimum < p.Maximum));
        }
        Assert.Equal(["m-n", "mzprime", "delta"], ModelFamilies.Get("dark-photon").Parameters.Where(p => p.Kind == ParameterKind.Mass).Select(p => p.Name));
        Assert.Equal(["m-n"], ModelFamilies.Get("dipole").Parameters.Where(p => p.Kind == ParameterKind.Mass).Select(p => p.Name));
        Assert.Contains(ModelFamily.ProperDecayLength, ModelFamilies.Get("dark-photon").Names);
        Assert.Contains(ModelFamily.ProperDecayLength, ModelFamilies.Get("dipole").Names);
        Assert.Equal(Physics.Models.Dipole.DipoleNormalisation.DarkNews,
            Assert.IsType<DipoleFamily>(ModelFamilies.Get("dipole", Physics.Models.Dipole.DipoleNormalisation.DarkNews)).Normalisation);
        Assert.Throws<ArgumentException>(() => ModelFamilies.Get("3p1", Physics.Models.Dipole.DipoleNormalisation.DarkNews));
    }
}
