namespace DarkSector.Physics;

/// <summary>Lepton flavour α: of an active neutrino ν_α (mixing |U_αN|², couplings V_αN, dipoles d_αN, rows of the
/// dark-seesaw Dirac block) or of a charged lepton ℓ_α. The one flavour type of every model family.</summary>
public enum LeptonFlavour
{
    /// <summary>e (ν_e, e⁻).</summary>
    Electron,

    /// <summary>μ (ν_μ, μ⁻).</summary>
    Muon,

    /// <summary>τ (ν_τ, τ⁻).</summary>
    Tau,
}
