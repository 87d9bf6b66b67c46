using DarkSector.Physics.Materials;
using DarkSector.Physics.Targets;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;

namespace DarkSector.Physics.Tests.Materials;

public class MaterialTests
{
    private const double Avogadro = 6.02214076e23;
    // AME2020 atomic masses in u (Huang et al. 2021), written out independently of the parser
    private const double H1 = 1.007825031898, C12 = 12.0, O16 = 15.99491461926, Pb208 = 207.976652005;

    [Fact] // water: n_H = 2 N_A/M(H2O), n_O = N_A/M(H2O) per gram, M = 2·1.007825 + 15.994915 g/mol; 1e-12 relative
    public void Water_TargetsPerGram_FollowFromTheMolarMass()
    {
        var water = StandardMaterials.Water;
        double molar = 2 * H1 + O16;
        Assert.Equal(1.0, water.TargetsPerGram(Nuclei.Get("H1")) / (2 * Avogadro / molar), 12);
        Assert.Equal(1.0, water.TargetsPerGram(Nuclei.Get("O16")) / (Avogadro / molar), 12);
        Assert.Equal(0.0, water.TargetsPerGram(Nuclei.Get("C12")));
    }

    [Fact] // CH2 at 0.845 g/cm³: n_C = 0.845 N_A/(12 + 2·1.007825) = 3.628e22 cm⁻³, n_H = 2 n_C; 1e-12 relative
    public void MineralOil_HasTwoProtonsPerCarbon()
    {
        var oil = StandardMaterials.MineralOil;
        double carbon = 0.845 * Avogadro / (C12 + 2 * H1);
        Assert.Equal(1.0, oil.TargetsPerCm3(Nuclei.Get("C12")) / carbon, 12);
        Assert.Equal(1.0, oil.TargetsPerCm3(Nuclei.Proton) / (2 * carbon), 12);
        Assert.Equal(1.0, oil.Components.Sum(c => c.MassFraction), 15);
    }

    [Fact] // lead: 11.35 N_A/207.977 = 3.2865e22 nuclei per cm³ (main-isotope approximation), 1e-12 relative
    public void Lead_NucleiPerCm3()
    {
        Assert.Equal(1.0, StandardMaterials.Lead.TargetsPerCm3(Nuclei.Get("Pb208")) / (11.35 * Avogadro / Pb208), 12);
        Assert.Equal(3.2865e22, StandardMaterials.Lead.TargetsPerCm3(Nuclei.Get("Pb208")), 1e18);
    }

    [Property] // n per cm³ is exactly linear in the density (1e-12 relative) for random densities and scale factors
    public Property TargetsPerCm3_ScaleLinearlyWithDensity() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 100_000)), Arb.From(Gen.Choose(1, 1000)), (densityMilli, scale) =>
        {
            var oil = StandardMaterials.MineralOil.WithDensity(densityMilli * 1e-3);
            var denser = oil.WithDensity(densityMilli * 1e-3 * scale);
            return oil.Components.All(c =>
                Math.Abs(denser.TargetsPerCm3(c.Nucleus) / oil.TargetsPerCm3(c.Nucleus) / scale - 1) < 1e-12
                && denser.TargetsPerGram(c.Nucleus) == oil.TargetsPerGram(c.Nucleus));
        });

    [Fact] // mass fractions from atom counts sum to 1 (1e-12) and reproduce w_i = n_i M_i/Σ n_j M_j
    public void FromAtomCounts_GivesMassFractions()
    {
        var co2 = Material.FromAtomCounts("CO2", 1.98e-3, ("C12", 1), ("O16", 2));
        Assert.Equal(C12 / (C12 + 2 * O16), co2.Components[0].MassFraction, 12);
        Assert.Equal(1.0, co2.Components.Sum(c => c.MassFraction), 12);
    }

    [Fact]
    public void FractionsThatDoNotSumToOne_AreRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => Material.FromMassFractions("bad", 1, ("C12", 0.5), ("H1", 0.4)));
        Assert.Contains("sum to 0.9", e.Message);
        // within the 1e-6 tolerance it is accepted
        Material.FromMassFractions("ok", 1, ("C12", 0.5), ("H1", 0.5 + 5e-7));
    }

    [Fact]
    public void InvalidComponents_AreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Material.FromMassFractions("neg", 1, ("C12", 1.5), ("H1", -0.5)));
        Assert.Throws<ArgumentException>(() => Material.FromMassFractions("dup", 1, ("C12", 0.5), ("C12", 0.5)));
        var unknown = Assert.Throws<ArgumentException>(() => Material.FromMassFractions("unknown", 1, ("Xx12", 1.0)));
        Assert.Contains("Xx12", unknown.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Material.FromMassFractions("zero density", 0, ("C12", 1.0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => StandardMaterials.Water.WithDensity(double.NaN));
        Assert.Throws<ArgumentException>(() => new Material("empty", 1, []));
    }

    [Fact] // every standard material is valid and has positive targets per cm³ for each component
    public void StandardMaterials_AreValid()
    {
        Material[] all = [StandardMaterials.LiquidArgon, StandardMaterials.ArgonGas, StandardMaterials.MineralOil, StandardMaterials.Polystyrene,
            StandardMaterials.Water, StandardMaterials.Graphite, StandardMaterials.Iron, StandardMaterials.Copper, StandardMaterials.Lead];
        Assert.All(all, m => Assert.All(m.Components, c => Assert.True(m.TargetsPerCm3(c.Nucleus) > 0)));
    }
}
