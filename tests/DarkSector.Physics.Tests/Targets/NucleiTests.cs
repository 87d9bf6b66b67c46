using DarkSector.Physics;
using DarkSector.Physics.Targets;

namespace DarkSector.Physics.Tests.Targets;

public class NucleiTests
{
    private const double U = 0.9314941024228;      // u in GeV (CODATA 2018, as DarkNews)
    private const double ElectronMass = 0.51099895e-3;

    [Fact] // 12 u − 6 m_e + B_e(6) with B_e(6) = 1.0455 keV: 11.1748643 GeV; checked to 1e-7 GeV against that hand value,
           // and against the published 11174.86 MeV nuclear mass of C12 to 1e-5 GeV
    public void Carbon12_NuclearMass_IsTwelveAtomicUnitsMinusElectrons()
    {
        var c12 = Nuclei.Get("C12");
        double expected = 12 * U - 6 * ElectronMass + 1.0455e-6;
        Assert.Equal(expected, c12.MassGeV, 1e-7);
        Assert.Equal(11.17486, c12.MassGeV, 1e-5);
        Assert.Equal(12.0, c12.AtomicMassU, 12);
    }

    [Fact] // the H atom minus its electron is the proton: agrees with CODATA m_p to 2e-9 GeV (the fitted B_e(1) is 0.8 eV off)
    public void Hydrogen1_NuclearMass_IsTheProtonMass() =>
        Assert.Equal(PhysicalConstants.ProtonMassGeV, Nuclei.Proton.MassGeV, 2e-9);

    [Fact] // AME2020 neutron mass 1.00866491590 u agrees with CODATA m_n to 1e-9 GeV
    public void Neutron_Mass_IsTheCodataNeutronMass()
    {
        Assert.Equal(PhysicalConstants.NeutronMassGeV, Nuclei.Neutron.MassGeV, 1e-9);
        Assert.Equal(0, Nuclei.Neutron.Z);
        Assert.Equal(1, Nuclei.Neutron.N);
    }

    [Theory] // published AME2020 atomic masses (micro-u precision) reproduce the parsed table to 1e-9 u;
             // nuclear mass = m_atom·u − Z m_e + B_e(Z) to 1e-9 GeV
    [InlineData("Ar40", 18, 40, 39.96238312204)]
    [InlineData("Pb208", 82, 208, 207.976652005)]
    [InlineData("Cu63", 29, 63, 62.929597119)]
    [InlineData("O16", 8, 16, 15.99491461926)]
    public void NuclearMass_FollowsFromAtomicMassMinusBoundElectrons(string name, int z, int a, double atomicMassU)
    {
        var nucleus = Nuclei.Get(name);
        Assert.Equal(z, nucleus.Z);
        Assert.Equal(a, nucleus.A);
        Assert.Equal(a - z, nucleus.N);
        Assert.Equal(atomicMassU, nucleus.AtomicMassU, 1e-9);
        double be = (14.4381 * Math.Pow(z, 2.39) + 1.55468e-6 * Math.Pow(z, 5.35)) * 1e-9;
        Assert.Equal(atomicMassU * U - z * ElectronMass + be, nucleus.MassGeV, 1e-9);
    }

    [Fact] // Lunney et al.: B_e(82) = 14.4381·82^2.39 + 1.55468e-6·82^5.35 eV ≈ 0.569 MeV, to 1 keV
    public void ElectronBindingOfLead_IsAboutHalfAMeV() =>
        Assert.Equal(0.569e-3, Nuclei.ElectronBindingEnergyGeV(82), 1e-6);

    [Theory] // NUBASE2020 ground-state spins, exact
    [InlineData("H1", 0.5)]
    [InlineData("n", 0.5)]
    [InlineData("C12", 0.0)]
    [InlineData("O16", 0.0)]
    [InlineData("Ar40", 0.0)]
    [InlineData("Fe56", 0.0)]
    [InlineData("Pb208", 0.0)]
    [InlineData("Cu63", 1.5)]
    [InlineData("Al27", 2.5)]
    [InlineData("N14", 1.0)]
    [InlineData("Pb207", 0.5)]
    [InlineData("Bi209", 4.5)]
    public void Spin_IsTheGroundStateSpin(string name, double spin) => Assert.Equal(spin, Nuclei.Get(name).Spin);

    [Fact]
    public void Spin_OfAnUntabulatedOddOddNucleus_IsUnknown() => Assert.Null(Nuclei.Get("B8").Spin);

    [Theory]
    [InlineData("ar40")]
    [InlineData("AR40")]
    [InlineData("Ar-40")]
    [InlineData("40Ar")]
    [InlineData(" Ar40 ")]
    public void Get_AcceptsCommonSpellings(string name) => Assert.Same(Nuclei.Get("Ar40"), Nuclei.Get(name));

    [Fact]
    public void Get_ProtonAndNeutronAliases()
    {
        Assert.Same(Nuclei.Get("H1"), Nuclei.Get("proton"));
        Assert.Same(Nuclei.Get("H1"), Nuclei.Get("p"));
        Assert.Same(Nuclei.Get("n"), Nuclei.Get("neutron"));
        Assert.Equal("N14", Nuclei.Get("n14").Name); // nitrogen, not the neutron
    }

    [Theory]
    [InlineData("Xx12", "unknown nucleus 'Xx12'")]
    [InlineData("C99", "C")]
    [InlineData("carbon", "C12")]
    [InlineData("", "unknown nucleus")]
    public void Get_UnknownNucleus_NamesItAndGivesAHint(string name, string fragment)
    {
        var e = Assert.Throws<ArgumentException>(() => Nuclei.Get(name));
        Assert.Contains(name.Trim(), e.Message);
        Assert.Contains(fragment, e.Message);
        Assert.False(Nuclei.TryGet(name, out _));
    }

    [Fact]
    public void Get_KnownElementWrongIsotope_ListsTheKnownRange()
    {
        var e = Assert.Throws<ArgumentException>(() => Nuclei.Get("C99"));
        Assert.Contains("C8 to C", e.Message);
    }

    [Fact] // every AME2020 ground state once: ~3550 rows, unique names and (Z, A), A = Z + N
    public void All_HoldsEveryAmeNucleusOnce()
    {
        var all = Nuclei.All;
        Assert.InRange(all.Count, 3400, 3700);
        Assert.Equal(all.Count, all.Select(n => n.Name).Distinct().Count());
        Assert.Equal(all.Count, all.Select(n => (n.Z, n.A)).Distinct().Count());
        Assert.All(all, n => Assert.True(n.MassGeV > 0.9 * n.A * U && n.MassGeV < 1.01 * n.A * U, n.Name));
    }

    [Fact] // lazy initialisation runs once: concurrent first calls see the same instances
    public void Registry_IsThreadSafe()
    {
        var results = new Nucleus[16];
        Parallel.For(0, results.Length, i => results[i] = Nuclei.Get("Pb208"));
        Assert.All(results, r => Assert.Same(results[0], r));
    }

    [Theory] // PDG numbering scheme: nucleons by their particle codes, nuclei as 10LZZZAAAI
    [InlineData("H1", 2212)]
    [InlineData("n", 2112)]
    [InlineData("C12", 1000060120)]
    [InlineData("Ar40", 1000180400)]
    [InlineData("Pb208", 1000822080)]
    public void PdgId_FollowsTheMonteCarloNumberingScheme(string name, int pdg) => Assert.Equal(pdg, Nuclei.Get(name).PdgId);

    [Fact]
    public void Nucleus_RejectsInvalidValues()
    {
        var c12 = Nuclei.Get("C12");
        Assert.Throws<ArgumentOutOfRangeException>(() => c12 with { MassGeV = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => c12 with { MassGeV = double.NaN });
        Assert.Throws<ArgumentOutOfRangeException>(() => c12 with { Z = 13 });
        Assert.Throws<ArgumentOutOfRangeException>(() => c12 with { A = 5 });
        Assert.Throws<ArgumentOutOfRangeException>(() => c12 with { Spin = 0.3 });
        Assert.Throws<ArgumentException>(() => c12 with { Name = " " });
    }

    [Fact] // a comma list of names, blanks ignored, in order; an empty list or an unknown name is one line naming the input
    public void ParseList_ReadsACommaListInOrder_AndNamesTheInputOnError()
    {
        Assert.Equal([Nuclei.Get("C12"), Nuclei.Get("H1"), Nuclei.Get("Ar40")], Nuclei.ParseList(" C12, H1 ,,Ar40 ", "--target"));
        Assert.Equal("--target needs at least one nucleus, e.g. C12", Assert.Throws<ArgumentException>(() => Nuclei.ParseList(" , ", "--target")).Message);
        Assert.Equal("--target: unknown target 'Xx99'; examples: C12, O16, Ar40, Pb208, H1",
            Assert.Throws<ArgumentException>(() => Nuclei.ParseList("C12,Xx99", "--target")).Message);
    }
}
