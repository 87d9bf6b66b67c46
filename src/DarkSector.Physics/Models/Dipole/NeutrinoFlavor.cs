namespace DarkSector.Physics.Models.Dipole;

/// <summary>Active neutrino flavour α of a dipole coupling d_αN.</summary>
public enum NeutrinoFlavor
{
    /// <summary>ν_e.</summary>
    Electron,

    /// <summary>ν_μ.</summary>
    Muon,

    /// <summary>ν_τ.</summary>
    Tau,
}
