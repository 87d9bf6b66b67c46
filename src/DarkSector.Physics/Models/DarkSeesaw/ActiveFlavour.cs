namespace DarkSector.Physics.Models.DarkSeesaw;

/// <summary>An active neutrino flavour α of the dark-seesaw mass matrix (rows of the Dirac block M_D).</summary>
public enum ActiveFlavour
{
    /// <summary>ν_e.</summary>
    E,

    /// <summary>ν_μ.</summary>
    Mu,

    /// <summary>ν_τ.</summary>
    Tau,
}
