using DarkSector.Physics.FormFactors;
using DarkSector.Physics.Targets;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;
using static DarkSector.Physics.Tests.FormFactors.FormFactorArbitraries;

namespace DarkSector.Physics.Tests.FormFactors;

public class TabulatedFormFactorTests
{
    [Property] // default table (Q² ≤ 1 GeV², 8192 intervals) matches the exact model to 1e-8 absolute for every tabulated nucleus
           // (FB), and for symmetrised Fermi and Helm, at random Q² between nodes (measured worst case: 7e-10 for Bi209 near Q² = 0); F(0) = 1 to 1e-15
    public Property Table_MatchesTheExactModel() =>
        Prop.ForAll(Arb.From(TabulatedNucleus), Arb.From(Gen.Elements(FormFactorModel.FourierBessel, FormFactorModel.SymmetrizedFermi, FormFactorModel.Helm)),
            Arb.From(Uniform(0, 1)), (nucleus, model, q2) =>
        {
            var exact = NuclearFormFactors.Create(nucleus, model);
            var table = new TabulatedFormFactor(exact);
            return Math.Abs(table.Evaluate(0) - 1.0) < 1e-15 && Math.Abs(table.Evaluate(q2) - exact.Evaluate(q2)) < 1e-8;
        }); // one table per case: 100 cases × 8193 exact evaluations

    [Fact] // above Q²_max the exact model is used (bit-identical); the table passes its model and radius through
    public void AboveTheTable_TheExactModelIsUsed()
    {
        var exact = NuclearFormFactors.Default(Nuclei.Get("Pb208"));
        var table = new TabulatedFormFactor(exact, maxQ2GeV2: 0.1, intervals: 100);
        Assert.Equal(exact.Evaluate(0.3), table.Evaluate(0.3));
        Assert.Equal(exact.Model, table.Model);
        Assert.Equal(exact.RmsRadiusFm, table.RmsRadiusFm);
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Evaluate(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TabulatedFormFactor(exact, 0));
    }

    [Fact] // at the grid nodes the table returns the exact values (1e-15), also on a coarse grid
    public void Table_ReturnsExactValuesAtTheNodes()
    {
        var exact = NuclearFormFactors.Create(Nuclei.Get("C12"), FormFactorModel.FourierBessel);
        var table = new TabulatedFormFactor(exact, 0.5, 50);
        for (int k = 0; k < 50; k++)
            Assert.Equal(exact.Evaluate(k * 0.01), table.Evaluate(k * 0.01), 1e-15);
    }
}
