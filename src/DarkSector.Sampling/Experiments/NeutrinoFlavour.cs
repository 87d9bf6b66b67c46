namespace DarkSector.Sampling.Experiments;

/// <summary>Flavour of a neutrino beam component (PDG-like sign: antineutrinos separate).</summary>
public enum NeutrinoFlavour
{
    /// <summary>ν_e.</summary>
    ElectronNeutrino,
    /// <summary>ν̄_e.</summary>
    ElectronAntineutrino,
    /// <summary>ν_μ.</summary>
    MuonNeutrino,
    /// <summary>ν̄_μ.</summary>
    MuonAntineutrino,
    /// <summary>ν_τ.</summary>
    TauNeutrino,
    /// <summary>ν̄_τ.</summary>
    TauAntineutrino,
}
