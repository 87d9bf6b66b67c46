using DarkSector.Physics;
using DarkSector.Sampling.Experiments;

namespace DarkSector.Sampling.Tests.Experiments;

public sealed class NeutrinoFlavourExtensionsTests
{
    [Theory] // ν_α and ν̄_α share the lepton flavour α; the sign is a separate property
    [InlineData(NeutrinoFlavour.ElectronNeutrino, LeptonFlavour.Electron, false)]
    [InlineData(NeutrinoFlavour.ElectronAntineutrino, LeptonFlavour.Electron, true)]
    [InlineData(NeutrinoFlavour.MuonNeutrino, LeptonFlavour.Muon, false)]
    [InlineData(NeutrinoFlavour.MuonAntineutrino, LeptonFlavour.Muon, true)]
    [InlineData(NeutrinoFlavour.TauNeutrino, LeptonFlavour.Tau, false)]
    [InlineData(NeutrinoFlavour.TauAntineutrino, LeptonFlavour.Tau, true)]
    public void BeamComponent_MapsToItsLeptonFlavourAndSign(NeutrinoFlavour beam, LeptonFlavour lepton, bool antineutrino)
    {
        Assert.Equal(lepton, beam.Lepton());
        Assert.Equal(antineutrino, beam.IsAntineutrino());
    }

    [Fact] // an undefined enum value is rejected, naming the parameter
    public void UndefinedValue_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ((NeutrinoFlavour)42).Lepton());
        Assert.Equal("flavour", error.ParamName);
    }
}
