using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Materials;
using DarkSector.Physics.CrossSections;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Models.DarkSeesaw;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Physics.Targets;

namespace DarkSector.Physics.Tests;

/// <summary>
/// Undefined enum values, impossible names and out-of-range indices are refused naming the parameter (style.md), and the
/// name parser accepts exactly the spellings its documentation lists.
/// </summary>
public class UndefinedInputTests
{
    private static readonly DarkPhotonModel Model = DarkPhotonModel.SingleHnl(0.1, 1.25, 0.02, 0.4, 2.2e-7, 1.0);
    private static readonly DipoleParameters Dipole = new() { MassGeV = 0.1, DElectronGeVm1 = 2e-6, DMuonGeVm1 = 1e-6, DTauGeVm1 = 3e-6 };

    [Fact]
    public void UndefinedEnumValues_AreRefusedNamingTheParameter()
    {
        var c12 = Nuclei.Get("C12");
        Assert.Equal("helicity", Assert.Throws<ArgumentOutOfRangeException>(() =>
            DarkPhotonUpscattering.Coherent(Model, c12, helicity: (UpscatteringHelicity)7)).ParamName);
        Assert.Equal("flavor", Assert.Throws<ArgumentOutOfRangeException>(() =>
            DarkPhotonUpscattering.Coherent(Model, c12, flavor: (LeptonFlavour)7)).ParamName);
        Assert.Equal("state", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new DipoleDileptonDecay(0.1, PhysicalConstants.ElectronMassGeV, 1e-12, (DecayingHnl)7)).ParamName);
        Assert.Equal("nucleon", Assert.Throws<ArgumentException>(() =>
            DipoleUpscattering.NucleonElastic(Dipole, LeptonFlavour.Muon, (DarkSector.Physics.FormFactors.Nucleon)7)).ParamName);
        Assert.Equal("part", Assert.Throws<ArgumentException>(() =>
            DipoleUpscattering.NucleonElastic(Dipole, LeptonFlavour.Muon, DarkSector.Physics.FormFactors.Nucleon.Proton, (UpscatteringHelicity)7)).ParamName);
        Assert.Equal("Charge", Assert.Throws<ArgumentOutOfRangeException>(() => Model with { Charge = (ChargeConvention)7 }).ParamName);
        Assert.Equal("flavor", Assert.Throws<ArgumentOutOfRangeException>(() => Dipole.Coupling((LeptonFlavour)7)).ParamName);
        Assert.Equal("normalisation", Assert.Throws<ArgumentOutOfRangeException>(() =>
            DipoleDecays.NormalisationFactor((DipoleNormalisation)7)).ParamName);
    }

    [Fact] // d_α by flavour, including τ
    public void DipoleCoupling_ByFlavour()
    {
        Assert.Equal(2e-6, Dipole.Coupling(LeptonFlavour.Electron));
        Assert.Equal(1e-6, Dipole.Coupling(LeptonFlavour.Muon));
        Assert.Equal(3e-6, Dipole.Coupling(LeptonFlavour.Tau));
        Assert.Equal(4e-12 + 1e-12 + 9e-12, Dipole.SumD2GeVm2, 1e-27);
    }

    [Fact] // coherent scattering needs a nucleus; a free nucleon is refused pointing at the nucleon processes
    public void CoherentOnANucleon_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => DarkPhotonUpscattering.Coherent(Model, Nuclei.Proton));
        Assert.Equal("nucleus", e.ParamName);
        Assert.Contains("is a free nucleon: use ProtonElastic or NeutronElastic", e.Message);
    }

    [Fact] // a model needs at least one HNL
    public void EmptyModel_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => Model with { Hnls = [] });
        Assert.Equal("Hnls", e.ParamName);
        Assert.Contains("at least one heavy neutral lepton", e.Message);
    }

    [Fact] // the dilepton sampler: five numbers and |P| ≤ 1 (|P| = 1 exactly is allowed)
    public void DileptonSampler_RefusesShortInputAndOverPolarisation()
    {
        var decay = new DipoleDileptonDecay(0.1, PhysicalConstants.ElectronMassGeV, 1e-12, DecayingHnl.DiracParticle);
        var u = new[] { 0.1, 0.2, 0.3, 0.4, 0.5 };
        Assert.Equal("u", Assert.Throws<ArgumentException>(() => decay.SampleInRestFrame(u.AsSpan(0, 4), ThreeVector.Zero)).ParamName);
        Assert.Equal("polarization", Assert.Throws<ArgumentOutOfRangeException>(() => decay.SampleInRestFrame(u, new ThreeVector(0, 0, 1.01))).ParamName);
        decay.SampleInRestFrame(u, ThreeVector.UnitZ);
        var closed = Assert.Throws<ArgumentOutOfRangeException>(() => new DipoleDileptonDecay(0.2, 0.1, 1e-12, DecayingHnl.DiracParticle));
        Assert.Equal("hnlMassGeV", closed.ParamName);
    }

    [Theory] // the spellings Nuclei.Get documents
    [InlineData("C12", "C12")]
    [InlineData(" ar-40 ", "Ar40")]
    [InlineData("208Pb", "Pb208")]
    [InlineData("Proton", "H1")]
    [InlineData("n1", "n")]
    public void NucleusNames_AreCanonicalised(string name, string expected)
    {
        Assert.True(Nuclei.TryGet(name, out var nucleus));
        Assert.Equal(expected, nucleus!.Name);
    }

    [Theory] // not a nucleus name: empty, too long a symbol or number, no number, letters in the number, unknown
    [InlineData("")]
    [InlineData("Abcd12")]
    [InlineData("C1234")]
    [InlineData("C")]
    [InlineData("12")]
    [InlineData("C1x")]
    [InlineData("Xx12")]
    [InlineData("C12 3")]
    public void ImpossibleNucleusNames_AreNotFound(string name)
    {
        Assert.False(Nuclei.TryGet(name, out var nucleus));
        Assert.Null(nucleus);
    }

    [Fact]
    public void NullName_IsNotFound_AndUnknownZAIsRefused()
    {
        Assert.False(Nuclei.TryGet(null, out _));
        Assert.Equal(Nuclei.Get("O16"), Nuclei.Get(8, 16));
        var e = Assert.Throws<ArgumentException>(() => Nuclei.Get(8, 99));
        Assert.Contains("no nucleus with Z = 8, A = 99", e.Message);
    }

    [Fact] // materials need a name and atoms
    public void Materials_NeedANameAndAtoms()
    {
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Material.FromAtomCounts(" ", 1.0, ("C12", 1))).ParamName);
        var none = Assert.Throws<ArgumentException>(() => Material.FromAtomCounts("vacuum", 1.0, ("C12", 0)));
        Assert.Contains("material 'vacuum' has no atoms", none.Message);
    }

    [Fact] // state indices of a spectrum are [0, StateCount); the active flavours are the card's
    public void SpectrumIndices_AreChecked()
    {
        var s = DarkSeesawSpectrum.Compute(Models.DarkSeesaw.DarkSeesawSpectrumTests.Benchmark());
        Assert.Equal([LeptonFlavour.Muon], s.ActiveFlavours);
        foreach (int index in new[] { -1, s.StateCount })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => s.StateName(index));
            Assert.Contains($"state index {index} is outside [0, {s.StateCount - 1}]", e.Message);
        }
        Assert.Equal("nu1", s.StateName(0));
    }
}
