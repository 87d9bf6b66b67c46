using DarkSector.Physics.Decays;
using DarkSector.Physics.Models.DarkPhoton;

namespace DarkSector.Sampling.Inference;

/// <summary>
/// The one definition of the visible branching ratio of a dark-photon HNL signal, N_j → f e⁺e⁻ (f = ν, or a lighter
/// N_k in the dual scenario): the fraction of all N_j decays that end in f e⁺e⁻, whatever the mechanism.
/// </summary>
/// <remarks>
/// <para>BR_vis = [Γ(N → f e⁺e⁻) + Γ(N → f Z'; Z' → e⁺e⁻)] / Γ_tot, with every width from
/// <see cref="DarkPhotonDecays.Hnl"/> (physics.md §2.1): the three-body f e⁺e⁻ channel holds the off-shell Z' part (when
/// N → f Z' is closed) plus, for f = ν, the SM Z/W part ∝ |U_αN|² (Atre et al. 2009; Bondarenko et al. 2018, eq. 3.6),
/// added incoherently; when N → f Z' is open the Z' part is the on-shell chain N → f Z' → f e⁺e⁻, i.e.
/// Γ(N → f Z') BR(Z' → e⁺e⁻) (narrow width), taken from the same sampler that generates its kinematics
/// (<see cref="DarkPhotonDecays.ZPrimeLeptonPairSampler"/>). The SM ν e⁺e⁻ decays are thus counted as visible both with
/// an off-shell and with an on-shell Z' (the earlier formulas either dropped them, or dropped them only on shell);
/// without active mixing (|U_αN|² = 0) every formula agrees.</para>
/// <para>Kinematics: the simulation draws every visible decay from the Z' sampler; the SM part's own V−A spectrum is
/// approximated by it (exact when |U_αN|² = 0; the SM share of BR_vis is reported by <see cref="StandardModelShare"/>).</para>
/// <para>Used by <see cref="Simulation.DarkPhotonSignal"/> (rate, scan, limit, every inference). Pure; thread-safe.</para>
/// </remarks>
public static class VisibleBranchingRatio
{
    /// <summary>BR(N_{index+4} → f e⁺e⁻), f = ν (<paramref name="daughter"/> = −1) or N_{daughter+4}.</summary>
    /// <param name="model">The model point.</param>
    /// <param name="index">The decaying HNL (0 = N_4, …).</param>
    /// <param name="daughter">−1 for ν, else the lighter HNL's index.</param>
    /// <exception cref="ArgumentOutOfRangeException">No such HNL or daughter.</exception>
    /// <exception cref="Physics.DarkSectorException">N → f e⁺e⁻ through the Z' is kinematically closed.</exception>
    public static double DarkPhotonElectronPair(DarkPhotonModel model, int index = 0, int daughter = -1)
    {
        ArgumentNullException.ThrowIfNull(model);
        var table = DarkPhotonDecays.Hnl(model, index);
        var sampler = DarkPhotonDecays.ZPrimeLeptonPairSampler(model, index, Physics.LeptonFlavour.Electron, daughter);
        return Of(table, sampler, daughter);
    }

    /// <summary>The SM (Z/W, ∝ |U_αN|²) part of <see cref="DarkPhotonElectronPair"/>: Γ_SM(N → ν e⁺e⁻)/Γ_tot when
    /// the Z' is on shell in N → ν e⁺e⁻ (the three-body channel then holds the SM part only), else null (the off-shell
    /// Z' and SM parts share the three-body channel).</summary>
    /// <param name="model">The model point.</param>
    /// <param name="index">The decaying HNL.</param>
    public static double? StandardModelShare(DarkPhotonModel model, int index = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        var table = DarkPhotonDecays.Hnl(model, index);
        var sampler = DarkPhotonDecays.ZPrimeLeptonPairSampler(model, index, Physics.LeptonFlavour.Electron);
        return sampler.IsOnShell && table.TotalWidthGeV > 0 ? table.Width("nu_e_e") / table.TotalWidthGeV : null;
    }

    /// <summary>BR_vis from the decay table and the Z' sampler (its width is the Z' part; on shell the table's
    /// three-body channel excludes it, by the same on-shell condition), for the lepton pair <paramref name="pair"/>
    /// ("e_e", or "mu_mu" with the muon-pair sampler).</summary>
    internal static double Of(DecayTable table, ThreeBodyDecaySampler zPrimePair, int daughter, string pair = "e_e")
    {
        if (!(table.TotalWidthGeV > 0)) return 0;
        string recoil = daughter < 0 ? "nu" : $"N{daughter + 4}";
        double threeBody = table.Width($"{recoil}_{pair}");   // off-shell Z' (when not on shell) + SM (f = ν)
        return Math.Min(1, (threeBody + (zPrimePair.IsOnShell ? zPrimePair.WidthGeV : 0)) / table.TotalWidthGeV);
    }
}
