using DarkSector.Physics.Materials;
using DarkSector.Sampling.Weights;

namespace DarkSector.Sampling.Tests.Weights;

public class RadiationLengthTests
{
    // PDG "Atomic and nuclear properties of materials" X0 in g/cm² (natural elements, standard atomic weights).
    [Theory] // 0.3%: the PDG tables are Tsai's formula, rounded to 4 digits
    [InlineData(1, 1.008, 63.04)]
    [InlineData(2, 4.002602, 94.32)]
    [InlineData(6, 12.0107, 42.70)]
    [InlineData(8, 15.9994, 34.24)]
    [InlineData(13, 26.9815, 24.01)]
    [InlineData(18, 39.948, 19.55)]
    [InlineData(26, 55.845, 13.84)]
    [InlineData(29, 63.546, 12.86)]
    [InlineData(82, 207.2, 6.37)]
    public void ElementRadiationLengths_MatchPdgTable(int z, double a, double pdg) =>
        Assert.Equal(pdg, RadiationLength.OfElementGPerCm2(z, a), 0.003 * pdg);

    [Fact] // PDG: water 36.08 g/cm², 36.08 cm; mineral oil CH2 ~ 44.8 g/cm² (polyethylene 44.77); 0.5% (isotope masses)
    public void MaterialRadiationLengths_MatchPdgMixtures()
    {
        Assert.Equal(36.08, RadiationLength.OfMaterialGPerCm2(StandardMaterials.Water), 0.005 * 36.08);
        Assert.Equal(36.08, RadiationLength.OfMaterialCm(StandardMaterials.Water), 0.005 * 36.08);
        Assert.Equal(44.77, RadiationLength.OfMaterialGPerCm2(StandardMaterials.MineralOil), 0.005 * 44.77);
        Assert.Equal(9.0 / 7.0 * RadiationLength.OfMaterialCm(StandardMaterials.Lead), RadiationLength.PairProductionLengthCm(StandardMaterials.Lead), 1e-12);
    }
}
