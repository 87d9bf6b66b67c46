namespace DarkSector.Physics.Models.DarkPhoton;

/// <summary>Lepton flavour α of an active neutrino or a charged lepton.</summary>
public enum LeptonFlavor
{
    /// <summary>e.</summary>
    Electron,
    /// <summary>μ.</summary>
    Muon,
    /// <summary>τ.</summary>
    Tau,
}
