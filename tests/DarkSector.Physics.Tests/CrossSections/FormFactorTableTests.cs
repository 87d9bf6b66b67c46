using DarkSector.Physics.CrossSections;
using DarkSector.Physics.FormFactors;
using DarkSector.Physics.Targets;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;
using static DarkSector.Physics.Tests.Kinematics.KinematicsArbitraries;

namespace DarkSector.Physics.Tests.CrossSections;

public class FormFactorTableTests
{
    private static readonly string[] Names = ["C12", "Ar40", "Pb208"];

    private static readonly (INuclearFormFactor Exact, FormFactorTable Table)[] Tables =
        [.. Names.Select(name => NuclearFormFactors.Default(Nuclei.Get(name))).Select(exact => (exact, FormFactorTable.Create(exact)))];

    [Fact] // each table's measured build error is within its tolerance 1e-7
    public void TabulatedFormFactor_MeasuredErrorIsWithinTolerance() =>
        Assert.All(Tables, t => Assert.True(t.Table.MeasuredMaxError <= 1e-7));

    [Property(MaxTest = 3000)] // |F_table − F| ≤ 1e-7 (the build tolerance) at random Q in [0, 2.5] GeV (exact beyond 2 GeV), C12, Ar40, Pb208
    public Property TabulatedFormFactor_StaysWithinTolerance() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, Names.Length - 1)), Arb.From(Uniform(0, 2.5)), (k, q) =>
            Math.Abs(Tables[k].Table.Evaluate(q * q) - Tables[k].Exact.Evaluate(q * q)) <= 1e-7);
}
