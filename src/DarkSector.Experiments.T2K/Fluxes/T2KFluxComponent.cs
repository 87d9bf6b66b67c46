namespace DarkSector.Experiments.T2K.Fluxes;

/// <summary>The four flux columns of the T2K 2016 ND280 release, in file order.</summary>
internal enum T2KFluxComponent
{
    /// <summary>ν_μ (column 4 of the release).</summary>
    MuonNeutrino,

    /// <summary>ν̄_μ (column 5).</summary>
    MuonAntineutrino,

    /// <summary>ν_e (column 6).</summary>
    ElectronNeutrino,

    /// <summary>ν̄_e (column 7).</summary>
    ElectronAntineutrino,
}
