using DarkSector.Sampling.Inference;

namespace DarkSector.Sampling.Tests.Inference;

/// <summary>The model-option schema every client binds (the CLI's model options): derived inputs against their closed
/// forms, and one place for the range and consistency errors, which name the option with the client's prefix.</summary>
public sealed class ModelOptionSetsTests
{
    private static Dictionary<string, object> Given(params (string Name, object Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);

    [Fact] // ε = √ε², α_D = g_D²/(4π), |V_N|² defaults to Σ_α |V_αN|², Dirac, alpha0 charge, one HNL
    public void DarkPhoton_DerivedInputs()
    {
        var model = ModelOptionSets.DarkPhoton.Build(Given(("mn", 0.1), ("mzprime", 1.25), ("epsilon2", 4.6e-4), ("g-d", 2.0), ("v-mu-n2", 2e-7), ("v-e-n2", 1e-7)));
        Assert.Equal(Math.Sqrt(4.6e-4), model.Epsilon, 1e-15);
        Assert.Equal(4.0 / (4 * Math.PI), model.AlphaDark, 1e-15);
        Assert.Equal(3e-7, model.Hnl(0).DecayVertex2, 1e-20);
        Assert.False(model.IsMajorana);
        Assert.Single(model.Hnls);
    }

    [Fact] // with m4 the model has two HNLs, N5 = --mn last, and |V_45|² = v45²
    public void DarkPhoton_TwoHnls()
    {
        var model = ModelOptionSets.DarkPhoton.Build(Given(("mn", 0.3), ("m4", 0.1), ("v-45", 0.5), ("mzprime", 1.0), ("epsilon", 0.01), ("alpha-d", 0.25), ("v-mu-n2", 1e-6)));
        Assert.Equal([0.1, 0.3], model.Hnls.Select(h => h.MassGeV).ToArray());
        Assert.Equal(0.25, model.Hnl(1).TransitionVertices2[0], 1e-15);
    }

    [Theory] // each error names the option (with the prefix) and, for a range, the value and the allowed range
    [InlineData("mn", 0.0, "--mn = 0 GeV")]
    [InlineData("mn", 2000.0, "--mn = 2000 GeV")]
    [InlineData("epsilon2", 1.5, "--epsilon2 = 1.5")]
    [InlineData("v-mu-n2", -1e-3, "--v-mu-n2 = -0.001")]
    public void DarkPhoton_RangeErrorsNameTheOption(string name, double value, string expected)
    {
        var given = Given(("mn", 0.1), ("mzprime", 1.25), ("epsilon2", 4.6e-4), ("alpha-d", 0.4));
        given[name] = value;
        Assert.Contains(expected, Assert.ThrowsAny<ArgumentException>(() => ModelOptionSets.DarkPhoton.Build(given, "--")).Message);
    }

    [Fact]
    public void DarkPhoton_ContradictoryOrMissingInputs()
    {
        var both = Given(("mn", 0.1), ("mzprime", 1.25), ("epsilon", 0.02), ("epsilon2", 4e-4), ("alpha-d", 0.4));
        Assert.Contains("not both", Assert.Throws<ArgumentException>(() => ModelOptionSets.DarkPhoton.Build(both, "--")).Message);
        var heavyLighter = Given(("mn", 0.1), ("m4", 0.2), ("mzprime", 1.25), ("epsilon", 0.02), ("alpha-d", 0.4));
        Assert.Contains("--m4", Assert.ThrowsAny<ArgumentException>(() => ModelOptionSets.DarkPhoton.Build(heavyLighter, "--")).Message);
        Assert.Contains("--mzprime is required", Assert.Throws<ArgumentException>(() => ModelOptionSets.DarkPhoton.Build(Given(("mn", 0.1)), "--")).Message);
    }

    [Fact] // coupling-convention mu-tr halves the inputs (d = μ_tr/2); d-tau-scaled sets d_τ = (m_τ/m_μ) d_μ
    public void Dipole_Conventions()
    {
        var p = ModelOptionSets.Dipole.Build(Given(("mn", 0.4), ("d-mu", 2e-6), ("coupling-convention", "mu-tr")));
        Assert.Equal(1e-6, p.DMuonGeVm1, 1e-18);
        var scaled = ModelOptionSets.Dipole.Build(Given(("mn", 0.4), ("d-mu", 1e-6), ("d-tau-scaled", true)));
        Assert.Equal(1.77686 / 0.1056583755, scaled.DTauGeVm1 / scaled.DMuonGeVm1, 1e-5);   // PDG 2024 masses
        Assert.Contains("allowed values", Assert.Throws<ArgumentException>(() => ModelOptionSets.Dipole.Build(Given(("mn", 0.4), ("dipole-convention", "x")), "--")).Message);
    }
}
