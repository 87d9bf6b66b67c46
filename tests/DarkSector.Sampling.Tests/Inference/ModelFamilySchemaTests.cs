using DarkSector.Physics.Models.DarkSeesaw;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Limits;
using DarkSector.Tests;

namespace DarkSector.Sampling.Tests.Inference;

/// <summary>The families' schemas and the members a family answers without a simulation: the allowed ranges, the schema
/// lookup, the production coupling product of the mixed family, and the refusals of the directly predicted families.</summary>
public sealed class ModelFamilySchemaTests
{
    private static readonly Dictionary<string, double> NoValues = [];

    [Theory] // the range is closed at both ends; a logarithmic parameter also needs > 0 (|V_μN|² has minimum 0)
    [InlineData(0.0, false)]
    [InlineData(1e-300, true)]
    [InlineData(1.0, true)]
    [InlineData(1.0000001, false)]
    [InlineData(-1e-9, false)]
    [InlineData(double.NaN, false)]
    public void Allows_ClosedRange_PositiveOnLogScale(double value, bool allowed) =>
        Assert.Equal(allowed, new DarkPhotonFamily().Parameter("v-mu-n2").Allows(value));

    [Fact] // a linear parameter may be zero or negative inside its range
    public void Allows_LinearParameterAdmitsZero()
    {
        var linear = new FamilyParameter("x", "x", "", -1, 1, ParameterKind.Coupling, AxisScale.Linear);
        Assert.True(linear.Allows(0));
        Assert.True(linear.Allows(-1));
        Assert.False(linear.Allows(-1.5));
    }

    [Fact] // the schema entry by name; an unknown name is refused with the family's parameter list
    public void Parameter_FindsTheEntryOrNamesTheAlternatives()
    {
        var dipole = new DipoleFamily();
        var d = dipole.Parameter("d-mu");
        Assert.Equal(("d_μN", "GeV⁻¹", ParameterKind.Coupling), (d.Symbol, d.Unit, d.Kind));
        var error = Assert.Throws<ArgumentException>(() => dipole.Parameter("v-mu-n2"));
        Assert.Contains("'v-mu-n2' is not a parameter of the dipole family", error.Message);
        Assert.Contains("d-mu", error.Message);
    }

    [Fact] // dipole + 3+1: production is the dipole part's, |d_μN|², whatever the oscillation parameters
    public void DipoleOscillation_ProductionIsTheDipoleSquared()
    {
        var family = new DipoleOscillationFamily();
        var point = new Dictionary<string, double> { ["m-n"] = 0.4, ["d-mu"] = 3e-7, ["dm2"] = 1, ["sin2-2theta"] = 0.01 };
        Assert.Equal(9e-14, family.ProductionCouplings(point), 1e-26);
        Assert.Equal(new DipoleFamily().ProductionCouplings(point), family.ProductionCouplings(point));
        Assert.Throws<ArgumentException>(() => family.ProductionCouplings(new Dictionary<string, double> { ["m-n"] = 0.4 }));
    }

    [Fact] // a simulated family has no direct predictor; the oscillation and the card-driven families have no single
           // simulated signal and no production coupling product to reweight
    public void Refusals_NameWhatTheFamilyDoesInstead()
    {
        Assert.Contains("dark-photon family is simulated", Assert.Throws<NotSupportedException>(() => new DarkPhotonFamily().CreatePredictor(null!, NoValues, [])).Message);
        var threePlusOne = new ThreePlusOneFamily();
        Assert.Throws<NotSupportedException>(() => threePlusOne.ProductionCouplings(NoValues));
        Assert.Contains("predicted directly", Assert.Throws<NotSupportedException>(() => threePlusOne.Signal(NoValues, null!)).Message);
        Assert.False(threePlusOne.HasSignal);
        var seesaw = new DarkSeesawFamily(null);
        Assert.Contains("CreatePredictor", Assert.Throws<NotSupportedException>(() => seesaw.Signal(NoValues, null!)).Message);
        Assert.False(seesaw.HasSignal);
    }

    [Fact] // the dark-seesaw family keeps the card it modifies; without one it predicts nothing and says which option
           // is missing; its production product is the constant 1 (each point is simulated, never reweighted)
    public void DarkSeesaw_KeepsItsCard()
    {
        var card = DarkSeesawCard.ParseYaml(ExampleCards.DarkSeesaw);
        var family = new DarkSeesawFamily(card);
        Assert.Same(card, family.Card);
        Assert.Null(new DarkSeesawFamily(null).Card);
        Assert.Equal(1, family.ProductionCouplings(new Dictionary<string, double> { ["lambda-scale"] = 3 }));
        Assert.Contains("--card", Assert.Throws<ArgumentException>(() => new DarkSeesawFamily(null).CreatePredictor(null!, NoValues, [])).Message);
    }

    [Fact] // a client reads which inputs were given (not defaulted) through the schema
    public void OptionValues_IsGiven_DistinguishesGivenFromDefault()
    {
        var set = new ModelOptionSet<(bool A, bool B, double B0)>("test", [new ModelOption("a", "a"), new ModelOption("b", "b") { Default = 2 }],
            v => (v.IsGiven("a"), v.IsGiven("b"), v.Value("b")));
        Assert.Equal((true, false, 2.0), set.Build(new Dictionary<string, object> { ["a"] = 1.0 }));
        Assert.Equal((false, true, 5.0), set.Build(new Dictionary<string, object> { ["b"] = 5.0 }));
    }
}
