using DarkSector.Physics.Decays;
using DarkSector.Physics.Models.DarkPhoton;

namespace DarkSector.Physics.Models.DarkSeesaw;

/// <summary>
/// The visible one-step decays N_j → f ℓ⁻ℓ⁺ of a dark-seesaw heavy state, each with its kinematic sampler and branching
/// ratio: through the Z' (f = ν or a lighter N_k; off shell, or on shell as N_j → f Z' → f ℓℓ) and through the SM Z/W
/// (f = ν_α, one step per active flavour α with |U_αj|² &gt; 0).
/// </summary>
/// <remarks>
/// <para>Branching ratios from the decay tables of <see cref="DarkSeesawDecays"/> (physics.md §2.3), so they add up to
/// the table's: Z' part of f ℓℓ = BR(f_ℓ_ℓ) − BR_SM (f = ν) + BR(f_Zprime) · BR(Z' → ℓℓ) with the seesaw Z' table
/// (which includes Z' → N_k N_k); SM part of ν_α ℓℓ = Γ_SM,α/Γ_j with the contact matrix element of
/// <see cref="DarkPhotonDecays"/> (couplings g_L = −½ + s_W² + δ_αℓ, g_R = s_W²; Atre et al. 2009, Bondarenko et al.
/// 2018 eq. 3.6; ×2 Majorana), the channels that a Z' vertex V_lightj = 0 leaves as the only visible ones.</para>
/// <para>Kinematics: the Z' steps use the spin-resolved Z' matrix element with the daughter's mass
/// (<see cref="DarkPhotonDecays.ZPrimeLeptonPairSampler"/>); the SM steps the V−A contact matrix element. SM–Z'
/// interference is neglected, as in the widths. Pure functions; thread-safe.</para>
/// </remarks>
public static class DarkSeesawDecaySteps
{
    /// <summary>One visible decay step N_j → f ℓ⁻ℓ⁺.</summary>
    /// <param name="Name">Channel name, e.g. <c>N4_e_e</c>, <c>nu_e_e</c> (Z') or <c>numu_e_e_SM</c> (SM, ν_α = ν_μ).</param>
    /// <param name="Daughter">State index of f in the spectrum: a lighter heavy state, or −1 for a light neutrino.</param>
    /// <param name="Lepton">The charged-lepton flavour ℓ.</param>
    /// <param name="Sampler">Kinematics (weights average to its own width; normalise by <see cref="ThreeBodyDecaySampler.WidthGeV"/>).</param>
    /// <param name="BranchingRatio">Γ(step)/Γ_j, in [0, 1].</param>
    public sealed record Step(string Name, int Daughter, LeptonFlavour Lepton, ThreeBodyDecaySampler Sampler, double BranchingRatio);

    /// <summary>The visible steps of heavy state <paramref name="state"/> into ℓ⁻ℓ⁺ pairs of the given flavours, with
    /// BR &gt; 0, f = ν first then each lighter heavy state.</summary>
    /// <param name="spectrum">The spectrum.</param>
    /// <param name="state">A heavy state index, in [LightStateCount, StateCount).</param>
    /// <param name="leptons">Charged-lepton flavours of the pair (e, μ).</param>
    /// <exception cref="ArgumentOutOfRangeException">The state is light or does not exist.</exception>
    /// <exception cref="DarkSectorException">See <see cref="DarkSeesawDecays.ToDarkPhotonModel"/>.</exception>
    public static IReadOnlyList<Step> Of(DarkSeesawSpectrum spectrum, int state, IReadOnlyList<LeptonFlavour> leptons)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        ArgumentNullException.ThrowIfNull(leptons);
        if (state < spectrum.LightStateCount || state >= spectrum.StateCount)
            throw new ArgumentOutOfRangeException(nameof(state), state,
                $"state = {state} is not a heavy state; heavy states are [{spectrum.LightStateCount}, {spectrum.StateCount - 1}]");
        int h = state - spectrum.LightStateCount;
        var model = DarkSeesawDecays.ToDarkPhotonModel(spectrum);
        var table = DarkPhotonDecays.Hnl(model, h);
        var zPrime = DarkSeesawDecays.ZPrime(spectrum);
        double total = table.TotalWidthGeV;
        var steps = new List<Step>();
        if (!(total > 0)) return steps;
        var hnl = model.Hnl(h);
        for (int daughter = -1; daughter < h; daughter++)
        {
            string f = daughter < 0 ? "nu" : $"N{daughter + 4}";
            foreach (var lepton in leptons)
            {
                string pair = PairName(lepton);
                double standardModel = 0;
                if (daughter < 0)
                    foreach (var alpha in (ReadOnlySpan<LeptonFlavour>)[LeptonFlavour.Electron, LeptonFlavour.Muon, LeptonFlavour.Tau])
                    {
                        double u2 = hnl.Mixing2(alpha);
                        if (!(u2 > 0)) continue;
                        var me = DarkPhotonDecays.StandardModelMatrixElement(hnl.MassGeV, DarkPhotonDecays.LeptonMass(lepton), u2,
                            alpha == lepton, majorana: true, PhysicalConstants.SinThetaW2);
                        if (!(me.MaxQ2 > me.MinQ2)) continue;
                        var sm = new ThreeBodyDecaySampler(me);
                        standardModel += sm.WidthGeV;
                        if (sm.WidthGeV > 0)
                            steps.Add(new Step($"nu{FlavourName(alpha)}_{pair}_SM", -1, lepton, sm, Math.Min(1, sm.WidthGeV / total)));
                    }
                double zPart = table.BranchingRatio($"{f}_{pair}") - standardModel / total
                    + table.BranchingRatio($"{f}_Zprime") * zPrime.BranchingRatio(pair);
                if (!(zPart > 1e-15)) continue;   // rounding left over from the SM subtraction
                var me2 = DarkPhotonDecays.ZPrimeMatrixElement(model, h, daughter, lepton);
                if (!(me2.MaxQ2 > me2.MinQ2)) continue;
                var sampler = DarkPhotonDecays.ZPrimeLeptonPairSampler(model, h, lepton, daughter);
                if (!(sampler.WidthGeV > 0)) continue;
                steps.Add(new Step($"{f}_{pair}", daughter < 0 ? -1 : spectrum.LightStateCount + daughter, lepton, sampler, Math.Min(1, zPart)));
            }
        }
        return steps;
    }

    /// <summary>"e_e", "mu_mu" (the decay tables' pair names).</summary>
    public static string PairName(LeptonFlavour lepton) => lepton switch
    {
        LeptonFlavour.Electron => "e_e",
        LeptonFlavour.Muon => "mu_mu",
        _ => throw new ArgumentOutOfRangeException(nameof(lepton), lepton, $"lepton = {lepton}: only e and mu pairs are generated"),
    };

    private static string FlavourName(LeptonFlavour f) => f switch { LeptonFlavour.Electron => "e", LeptonFlavour.Muon => "mu", _ => "tau" };
}
