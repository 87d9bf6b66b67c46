using DarkSector.Experiments.T2K.Geometry;
using DarkSector.Physics.Targets;

namespace DarkSector.Experiments.Tests.T2K.Geometry;

public class ND280LayoutTests
{
    private const double Avogadro = 6.02214076e23;

    // experiments.md table, masses in tonnes as printed; tolerance: half a unit in the last printed digit.
    [Theory]
    [InlineData("P0D ECAL1", 2.9, 0.05)]
    [InlineData("P0D water", 10, 0.5)]
    [InlineData("P0D ECAL2", 2.9, 0.05)]
    [InlineData("FGD1", 1.1, 0.05)]
    [InlineData("FGD2", 1.1, 0.05)]
    public void ModuleMasses_ReproduceTheTable(string name, double tonnes, double halfUnit)
    {
        var module = ND280Layout.Modules().Single(m => m.Name == name);
        Assert.InRange(module.MassTonnes, tonnes - halfUnit, tonnes + halfUnit);
    }

    [Fact] // three TPCs of 186×206×78 cm³ at 1.78e-3 g/cm³: 0.016 t active, 0.010 t fiducial (170×196×56); ±0.0005 t (table rounding)
    public void TpcGasMasses_ReproduceTheTableAtTheDocumentedDensity()
    {
        var tpcs = ND280Layout.Modules().Where(m => m.Name.StartsWith("TPC", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, tpcs.Length);
        Assert.InRange(tpcs.Sum(t => t.MassTonnes), 0.0155, 0.0165);
        Assert.InRange(tpcs.Sum(t => t.FiducialMassTonnes), 0.0095, 0.0105);
        // independent: 186·206·78 cm³ · 1.78e-3 g/cm³ = 5.3199 kg per TPC; 1e-12 relative
        Assert.Equal(1.0, tpcs[0].MassTonnes / (186.0 * 206 * 78 * 1.78e-3 * 1e-6), 12);
    }

    [Fact] // uniform FGD density puts 0.941 t in the 175×175×29 fiducial box vs the published 0.92 t: the documented 2.3% difference (< 3%)
    public void FgdFiducialMass_IsWithinTheDocumentedUniformMixingDifference()
    {
        foreach (var fgd in ND280Layout.Modules().Where(m => m.Name.StartsWith("FGD", StringComparison.Ordinal)))
        {
            double expected = 1.1 * (175.0 * 175 * 29) / (186.0 * 186 * 30);   // 0.9413 t
            Assert.Equal(1.0, fgd.FiducialMassTonnes / expected, 12);
            Assert.InRange(fgd.FiducialMassTonnes / fgd.PublishedFiducialMassTonnes!.Value, 1.0, 1.03);
        }
    }

    [Fact] // fiducial boxes start at z = 256, 392, 529 (5 cm into each TPC) and lie inside their active volumes
    public void TpcFiducialBoxes_StartFiveCentimetresIntoEachTpc()
    {
        var starts = ND280Layout.Modules().Where(m => m.Name.StartsWith("TPC", StringComparison.Ordinal)).Select(m => m.Fiducial!.ZBeginCm).ToArray();
        Assert.Equal([256.0, 392.0, 529.0], starts);
        foreach (var m in ND280Layout.Modules().Where(m => m.Fiducial is not null))
        {
            Assert.True(m.Fiducial!.ZBeginCm >= m.Active.ZBeginCm && m.Fiducial.ZEndCm <= m.Active.ZEndCm, m.Name);
            Assert.True(m.Fiducial.SizeXCm <= m.Active.SizeXCm && m.Fiducial.SizeYCm <= m.Active.SizeYCm, m.Name);
        }
    }

    [Fact] // modules follow the beam without overlapping (z_end ≤ next z_begin); the rock ends upstream of the P0D
    public void Modules_AreOrderedAlongTheBeamWithoutOverlap()
    {
        var modules = ND280Layout.Modules();
        for (int i = 1; i < modules.Count; i++)
            Assert.True(modules[i - 1].Active.ZEndCm <= modules[i].Active.ZBeginCm + 1e-9, $"{modules[i - 1].Name} overlaps {modules[i].Name}");
        Assert.True(ND280Layout.UpstreamRock().Box.ZEndCm < modules[0].Active.ZBeginCm);
    }

    [Fact] // mass fractions as in the table, e.g. P0D ECAL 53.5% lead: n_Pb = 0.535 ρ N_A / M(Pb208); 1e-12 relative
    public void P0DEcalLead_TargetDensityFollowsTheMassFraction()
    {
        var ecal = ND280Layout.Modules()[0];
        double rho = 2.9e6 / (210 * 224 * 30.5);
        double expected = 0.535 * rho * Avogadro / 207.976652005;   // AME2020 atomic mass of Pb208, u
        Assert.Equal(1.0, ecal.Material.TargetsPerCm3(Nuclei.Get("Pb208")) / expected, 12);
    }

    [Fact] // SiO2 at 2.65 g/cm³: n_Si = 2.65 N_A / (M_Si28 + 2 M_O16); 1e-12 relative
    public void UpstreamRock_IsSilicaAtStandardRockDensity()
    {
        var (box, rock) = ND280Layout.UpstreamRock();
        double molar = 27.97692653442 + 2 * 15.99491461926;   // AME2020 atomic masses, u
        Assert.Equal(1.0, rock.TargetsPerCm3(Nuclei.Get("Si28")) / (2.65 * Avogadro / molar), 12);
        Assert.Equal(5000, box.SizeZCm);
    }
}
