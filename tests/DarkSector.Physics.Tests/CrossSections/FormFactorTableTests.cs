using DarkSector.Physics.CrossSections;
using DarkSector.Physics.FormFactors;
using DarkSector.Physics.Targets;
using FsCheck;
using FsCheck.Fluent;
using static DarkSector.Physics.Tests.Kinematics.KinematicsArbitraries;

namespace DarkSector.Physics.Tests.CrossSections;

public class FormFactorTableTests
{
    [Theory] // |F_table − F| ≤ 1e-7 (the build tolerance) at 1000 random Q in [0, 2.5] GeV (exact beyond 2 GeV)
    [InlineData("C12")]
    [InlineData("Ar40")]
    [InlineData("Pb208")]
    public void TabulatedFormFactor_StaysWithinTolerance(string name)
    {
        var exact = NuclearFormFactors.Default(Nuclei.Get(name));
        var table = FormFactorTable.Create(exact);
        Assert.True(table.MeasuredMaxError <= 1e-7);
        Prop.ForAll(Arb.From(Uniform(0, 2.5)), q => Math.Abs(table.Evaluate(q * q) - exact.Evaluate(q * q)) <= 1e-7)
            .QuickCheckReproducibly(maxTest: 1000);
    }
}
