using DarkSector.Physics;

namespace DarkSector.Sampling.Experiments;

/// <summary>Conversions of a beam component's <see cref="NeutrinoFlavour"/> to the models' <see cref="LeptonFlavour"/>.</summary>
public static class NeutrinoFlavourExtensions
{
    /// <summary>The lepton flavour α of a beam component (ν_α and ν̄_α alike).</summary>
    public static LeptonFlavour Lepton(this NeutrinoFlavour flavour) => flavour switch
    {
        NeutrinoFlavour.ElectronNeutrino or NeutrinoFlavour.ElectronAntineutrino => LeptonFlavour.Electron,
        NeutrinoFlavour.MuonNeutrino or NeutrinoFlavour.MuonAntineutrino => LeptonFlavour.Muon,
        NeutrinoFlavour.TauNeutrino or NeutrinoFlavour.TauAntineutrino => LeptonFlavour.Tau,
        _ => throw new ArgumentOutOfRangeException(nameof(flavour), flavour, $"flavour = {flavour} is not a NeutrinoFlavour value"),
    };

    /// <summary>Whether the component is an antineutrino (ν̄_e, ν̄_μ, ν̄_τ).</summary>
    public static bool IsAntineutrino(this NeutrinoFlavour flavour) =>
        flavour is NeutrinoFlavour.ElectronAntineutrino or NeutrinoFlavour.MuonAntineutrino or NeutrinoFlavour.TauAntineutrino;
}
