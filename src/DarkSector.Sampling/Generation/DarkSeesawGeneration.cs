using DarkSector.Physics;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Models.DarkSeesaw;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Generation.Channels;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Generation;

/// <summary>
/// Builds the generator's model point for one heavy state N_j of a dark-seesaw spectrum: the upscattering processes
/// ν_α + T → N_j + T and the visible decays N_j → f ℓ⁻ℓ⁺ (f = a light ν or a lighter heavy state N_k; ℓ = e, μ).
/// </summary>
/// <remarks>
/// <para>The spectrum is handed to the dark-photon machinery as a Majorana model
/// (<see cref="DarkSeesawDecays.ToDarkPhotonModel"/>): production vertex |V_αj|² = Σ_{i light} |U_αi|² |V_ij|²
/// (physics.md §2.3), decays with every channel of the seesaw decay table.</para>
/// <para>Branching ratio of channel f ℓℓ: BR(f_ℓ_ℓ) + BR(f_Zprime) · BR(Z' → ℓℓ), with the N_j table of
/// <see cref="DarkSeesawDecays.State"/> (f_ℓ_ℓ holds the off-shell Z' part, plus the SM Z/W part for f = ν; when the Z'
/// can be on shell the Z' part is in f_Zprime instead) and the Z' table of <see cref="DarkSeesawDecays.ZPrime"/> (which
/// includes Z' → N_k N_k). The kinematics follow the spin-resolved Z' matrix element of
/// <see cref="DarkPhotonDecays.ZPrimeLeptonPairSampler"/> with the daughter's mass; the SM part changes the rate only.
/// The daughter N_k is written as a final-state particle (PDG-like code 5914, named in the channel, e.g. N4_e_e); its own
/// later decay is not generated (its c·τ0 is in the N_k decay table). The light daughter is labelled with the beam
/// neutrino's PDG code. Invisible channels (ν νν̄, f Z' with Z' → N N) are not generated, so Σ w is the rate into the
/// generated channels.</para>
/// </remarks>
internal static class DarkSeesawGeneration
{
    /// <summary>PDG-like code written for a heavy daughter N_k (the generator's HNL code).</summary>
    internal const int HeavyDaughterPdg = 5914;

    /// <summary>
    /// The default upscattered state: the heavy state with the largest production vertex |V_αj|² for the beam flavour
    /// (the dominant upscattering channel at equal kinematics).
    /// </summary>
    /// <exception cref="ArgumentException">No heavy state couples to ν_α (α not an active flavour of the card).</exception>
    internal static int DefaultState(DarkSeesawSpectrum spectrum, LeptonFlavour flavor)
    {
        var model = DarkSeesawDecays.ToDarkPhotonModel(spectrum);
        int best = -1;
        double largest = 0;
        for (int h = 0; h < model.Hnls.Count; h++)
        {
            double v2 = model.Hnl(h).Vertex2(flavor);
            if (v2 > largest) (best, largest) = (h, v2);
        }
        if (best < 0) throw new ArgumentException($"flavour: no heavy state couples to the {flavor} neutrino; the card's active flavours are {string.Join(", ", spectrum.ActiveFlavours)}");
        return spectrum.LightStateCount + best;
    }

    /// <summary>The generator model of heavy state <paramref name="state"/> (index into the spectrum).</summary>
    /// <param name="spectrum">The spectrum.</param>
    /// <param name="state">A heavy state, in [LightStateCount, StateCount).</param>
    /// <param name="nuclei">Targets (one of each; processes named as <see cref="SignalProcessBuilder"/> names them).</param>
    /// <param name="flavor">Beam neutrino flavour.</param>
    /// <param name="neutrinoPdg">PDG code written for a light daughter.</param>
    /// <exception cref="ArgumentException">The state is light, or not produced by ν_α.</exception>
    /// <exception cref="DarkSectorException">No visible channel is open.</exception>
    internal static GenerationModel Build(DarkSeesawSpectrum spectrum, int state, IReadOnlyList<Nucleus> nuclei, LeptonFlavour flavor, int neutrinoPdg)
    {
        int h = HeavyIndex(spectrum, state);
        var model = DarkSeesawDecays.ToDarkPhotonModel(spectrum);
        string name = spectrum.StateName(state);
        if (!(model.Hnl(h).Vertex2(flavor) > 0))
            throw new ArgumentException($"state {name}: its production vertex with the {flavor} neutrino is zero (the card's active flavours are {string.Join(", ", spectrum.ActiveFlavours)})");
        var decays = Decays(spectrum, state, neutrinoPdg);
        if (decays.Count == 0)
            throw new DarkSectorException($"no visible decay channel of {name} (m = {spectrum.MassesGeV[state]:G6} GeV) is open");
        return SignalProcessBuilder.Build(nuclei, Enumerable.Repeat(1.0, nuclei.Count).ToArray(), decays,
            (nucleus, part) => DarkPhotonUpscattering.Coherent(model, nucleus, null, h, flavor, part),
            part => DarkPhotonUpscattering.ProtonElastic(model, h, flavor, part),
            part => DarkPhotonUpscattering.NeutronElastic(model, h, flavor, part)).Model;
    }

    /// <summary>
    /// The visible decay channels of heavy state <paramref name="state"/>: for f = ν, then each lighter heavy state, and
    /// ℓ = e, μ, the channel f ℓ⁻ℓ⁺ with its branching ratio (see remarks of the class); channels with BR = 0 are left out.
    /// </summary>
    /// <exception cref="ArgumentException">The state is light.</exception>
    internal static List<HnlDecayChannel> Decays(DarkSeesawSpectrum spectrum, int state, int neutrinoPdg)
    {
        int h = HeavyIndex(spectrum, state);
        var model = DarkSeesawDecays.ToDarkPhotonModel(spectrum);
        var table = DarkSeesawDecays.State(spectrum, state);
        var zPrime = DarkSeesawDecays.ZPrime(spectrum);
        var decays = new List<HnlDecayChannel>();
        for (int daughter = -1; daughter < h; daughter++)
        {
            string f = daughter < 0 ? "nu" : $"N{daughter + 4}";
            int fPdg = daughter < 0 ? neutrinoPdg : HeavyDaughterPdg;
            foreach (var (lepton, pair, pdg) in new[] { (LeptonFlavour.Electron, "e_e", 11), (LeptonFlavour.Muon, "mu_mu", 13) })
            {
                double br = table.BranchingRatio($"{f}_{pair}") + table.BranchingRatio($"{f}_Zprime") * zPrime.BranchingRatio(pair);
                if (!(br > 0)) continue;
                var sampler = DarkPhotonDecays.ZPrimeLeptonPairSampler(model, h, lepton, daughter);
                if (!(sampler.WidthGeV > 0)) continue; // Z' vertex zero: only the SM part is open, whose sampler is not wired
                decays.Add(new HnlDecayChannel
                {
                    Sampler = new ThreeBodyChannel(new DecayChannelInfo($"{f}_{pair}", [fPdg, pdg, -pdg]), sampler),
                    BranchingRatio = Math.Min(1, br),
                });
            }
        }
        return decays;
    }

    private static int HeavyIndex(DarkSeesawSpectrum spectrum, int state)
    {
        if (state < spectrum.LightStateCount || state >= spectrum.StateCount)
            throw new ArgumentException($"state {spectrum.StateName(Math.Clamp(state, 0, spectrum.StateCount - 1))}: not a heavy state; the heavy states are "
                + string.Join(", ", Enumerable.Range(spectrum.LightStateCount, spectrum.StateCount - spectrum.LightStateCount).Select(spectrum.StateName)));
        return state - spectrum.LightStateCount;
    }
}
