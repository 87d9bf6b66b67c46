using DarkSector.Physics.Models.DarkSeesaw;

namespace DarkSector.Physics.Tests.Models.DarkSeesaw;

/// <summary>
/// Card entries as scan axes (<see cref="DarkSeesawCardAxis"/>): each entry changes exactly its own block or value by the
/// stated rule (Λ_L, Λ_R × s; M_D × s; m_Z', ε = √ε², α_D replaced), everything else stays as on the card, and bad entries
/// or values are refused naming them.
/// </summary>
public class DarkSeesawCardAxisTests
{
    private static readonly DarkSeesawParameters Card = new(
        diracMassGeV: new[,] { { 1e-5, 2e-5 }, { 3e-5, 4e-5 } },
        sterileMassGeV: new[,] { { 0.12, 0.01 }, { 0.01, 0.25 } },
        lambdaLGeV: new[,] { { 0.02 }, { 0.03 } },
        lambdaRGeV: new[,] { { 0.04 }, { -0.01 } },
        darkMassGeV: new[,] { { 0.3 } },
        zPrimeMassGeV: 1.25, epsilon: 0.02, alphaD: 0.39,
        activeFlavours: [LeptonFlavour.Muon, LeptonFlavour.Tau], darkScalarMassGeV: 5);

    [Fact]
    public void Names_AreTheFiveEntries() =>
        Assert.Equal(["lambda-scale", "md-scale", "mzprime", "epsilon2", "alpha-d"], DarkSeesawCardAxis.Names);

    [Fact] // lambda-scale s: Λ_L → s Λ_L and Λ_R → s Λ_R exactly (one multiplication); nothing else changes
    public void LambdaScale_MultipliesBothDarkYukawaBlocks()
    {
        var p = DarkSeesawCardAxis.With(Card, "lambda-scale", 2.5);
        AssertScaled(Card.LambdaLGeV, p.LambdaLGeV, 2.5);
        AssertScaled(Card.LambdaRGeV, p.LambdaRGeV, 2.5);
        AssertUnchangedBut(p, lambda: true);
    }

    [Fact] // md-scale s: M_D → s M_D exactly; nothing else changes
    public void MdScale_MultipliesTheDiracBlock()
    {
        var p = DarkSeesawCardAxis.With(Card, "md-scale", 0.3);
        AssertScaled(Card.DiracMassGeV, p.DiracMassGeV, 0.3);
        AssertUnchangedBut(p, dirac: true);
    }

    [Fact] // mzprime, epsilon2 (ε = √value), alpha-d replace their value; nothing else changes
    public void ValueEntries_ReplaceTheirValue()
    {
        var z = DarkSeesawCardAxis.With(Card, "mzprime", 0.7);
        Assert.Equal(0.7, z.ZPrimeMassGeV);
        AssertUnchangedBut(z, zPrime: true);
        var e = DarkSeesawCardAxis.With(Card, "epsilon2", 0.0625);
        Assert.Equal(0.25, e.Epsilon);
        AssertUnchangedBut(e, epsilon: true);
        Assert.Equal(1.0, DarkSeesawCardAxis.With(Card, "epsilon2", 1).Epsilon);   // the upper edge is allowed
        var a = DarkSeesawCardAxis.With(Card, "alpha-d", 0.05);
        Assert.Equal(0.05, a.AlphaDark);
        AssertUnchangedBut(a, alpha: true);
    }

    [Fact] // a scale of 1 reproduces the card: the same mass matrix entry by entry
    public void UnitScale_ReproducesTheCard()
    {
        foreach (string entry in new[] { "lambda-scale", "md-scale" })
        {
            var p = DarkSeesawCardAxis.With(Card, entry, 1);
            Assert.Equal(Card.MassMatrixGeV(), p.MassMatrixGeV());
            AssertUnchangedBut(p);
        }
    }

    [Fact] // the card itself is never changed by an axis
    public void TheCard_IsNotChanged()
    {
        var before = Card.MassMatrixGeV();
        DarkSeesawCardAxis.With(Card, "lambda-scale", 3);
        DarkSeesawCardAxis.With(Card, "md-scale", 3);
        Assert.Equal(before, Card.MassMatrixGeV());
    }

    [Theory] // every bad value names the entry
    [InlineData("lambda-scale", 0.0)]
    [InlineData("lambda-scale", -1.0)]
    [InlineData("md-scale", 0.0)]
    [InlineData("mzprime", -0.5)]
    [InlineData("epsilon2", 1.5)]
    [InlineData("epsilon2", -1e-3)]
    [InlineData("alpha-d", 0.0)]
    [InlineData("alpha-d", double.NaN)]
    public void OutOfRangeValues_AreRefusedNamingTheEntry(string entry, double value)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => DarkSeesawCardAxis.With(Card, entry, value));
        Assert.Equal(entry, e.ParamName);
    }

    [Fact]
    public void UnknownEntry_IsRefusedListingTheEntries()
    {
        var e = Assert.Throws<ArgumentException>(() => DarkSeesawCardAxis.With(Card, "mN-scale", 2));
        Assert.Equal("entry", e.ParamName);
        Assert.Contains("'mN-scale' is not a card entry", e.Message);
        Assert.Contains(string.Join(", ", DarkSeesawCardAxis.Names), e.Message);
    }

    private static void AssertScaled(double[,] before, double[,] after, double s)
    {
        Assert.Equal(before.GetLength(0), after.GetLength(0));
        Assert.Equal(before.GetLength(1), after.GetLength(1));
        for (int i = 0; i < before.GetLength(0); i++)
            for (int j = 0; j < before.GetLength(1); j++)
                Assert.Equal(before[i, j] * s, after[i, j]);
    }

    private static void AssertUnchangedBut(DarkSeesawParameters p, bool lambda = false, bool dirac = false, bool zPrime = false,
        bool epsilon = false, bool alpha = false)
    {
        if (!lambda)
        {
            Assert.Equal(Card.LambdaLGeV, p.LambdaLGeV);
            Assert.Equal(Card.LambdaRGeV, p.LambdaRGeV);
        }
        if (!dirac) Assert.Equal(Card.DiracMassGeV, p.DiracMassGeV);
        if (!zPrime) Assert.Equal(Card.ZPrimeMassGeV, p.ZPrimeMassGeV);
        if (!epsilon) Assert.Equal(Card.Epsilon, p.Epsilon);
        if (!alpha) Assert.Equal(Card.AlphaDark, p.AlphaDark);
        Assert.Equal(Card.SterileMassGeV, p.SterileMassGeV);
        Assert.Equal(Card.DarkMassGeV, p.DarkMassGeV);
        Assert.Equal(Card.ActiveFlavours, p.ActiveFlavours);
        Assert.Equal(Card.DarkScalarMassGeV, p.DarkScalarMassGeV);
    }
}
