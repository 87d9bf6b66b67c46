using DarkSector.Physics;
using DarkSector.Physics.FormFactors;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Models.DarkSeesaw;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Generation.Channels;
using DarkSector.Sampling.Simulation;
using static System.FormattableString;

namespace DarkSector.Sampling.Generation;

/// <summary>
/// The event generator's model point for each built-in family (the front door of <c>darksector generate</c>):
/// ν_α + T → N + T (coherent on each nucleus, elastic on its Z protons and A − Z neutrons, both N helicities) and the
/// visible decays of N with their branching ratios.
/// </summary>
/// <remarks>
/// <para>Processes and target names as <see cref="ISignalModel.For"/> builds them (one nucleus of each kind; the nucleons
/// of nucleus X are the targets "X/p" and "X/n", free nucleons "H1/p" and "n/n"); the light daughter ν is labelled with
/// <c>neutrinoPdg</c>. Invisible channels are not generated, so Σ w is the rate into the generated channels.</para>
/// <para>Pure; thread-safe.</para>
/// </remarks>
public static class GenerationModels
{
    /// <summary>
    /// Dark photon, one HNL: N → ν ℓ⁺ℓ⁻ (ℓ = e, μ) through the Z' (off shell, or on shell N → ν Z' → ν ℓℓ), with
    /// BR(N → ν ℓℓ) = <see cref="Inference.VisibleBranchingRatio"/> (Z' part plus the SM ν ℓℓ part from active mixing,
    /// over the total width; physics.md §2.1). The sampler follows the Z' matrix element (the SM part changes the rate,
    /// not the generated distribution).
    /// </summary>
    /// <param name="model">The model point (exactly one HNL).</param>
    /// <param name="nuclei">Target nuclei.</param>
    /// <param name="flavour">Beam neutrino flavour.</param>
    /// <param name="neutrinoPdg">PDG code written for the light daughter ν (e.g. 14).</param>
    /// <exception cref="ArgumentException">More than one HNL, or no nucleus.</exception>
    /// <exception cref="DarkSectorException">No visible channel is open.</exception>
    public static GenerationModel DarkPhoton(DarkPhotonModel model, IReadOnlyList<Nucleus> nuclei, LeptonFlavour flavour, int neutrinoPdg)
    {
        ArgumentNullException.ThrowIfNull(model);
        CheckNuclei(nuclei);
        if (model.Hnls.Count != 1)
            throw new ArgumentException($"model: {model.Hnls.Count} HNLs; dark-photon generation supports one HNL (N5 -> N4 l l decays are not wired)", nameof(model));
        var table = DarkPhotonDecays.Hnl(model, 0);
        var decays = new List<HnlDecayChannel>();
        foreach (var (lepton, pair, pdg) in new[] { (LeptonFlavour.Electron, "e_e", 11), (LeptonFlavour.Muon, "mu_mu", 13) })
        {
            Physics.Decays.ThreeBodyDecaySampler sampler;
            try { sampler = DarkPhotonDecays.ZPrimeLeptonPairSampler(model, 0, lepton); }
            catch (DarkSectorException) { continue; }   // ℓℓ kinematically closed
            double br = Inference.VisibleBranchingRatio.Of(table, sampler, -1, pair);
            if (!(br > 0)) continue;
            decays.Add(new HnlDecayChannel { Sampler = new ThreeBodyChannel(new DecayChannelInfo("nu_" + pair, [neutrinoPdg, pdg, -pdg]), sampler), BranchingRatio = br });
        }
        if (decays.Count == 0) throw new DarkSectorException($"no visible decay channel of N (m_N = {model.Hnl(0).MassGeV} GeV) is open");
        return Processes(nuclei, decays,
            (nucleus, part) => DarkPhotonUpscattering.Coherent(model, nucleus, null, 0, flavour, part),
            part => DarkPhotonUpscattering.ProtonElastic(model, 0, flavour, part),
            part => DarkPhotonUpscattering.NeutronElastic(model, 0, flavour, part));
    }

    /// <summary>
    /// Dipole portal, one HNL: coherent upscattering with the default nuclear form factor
    /// (<see cref="NuclearFormFactors.Default"/>) and nucleon-elastic, then N → ν γ and N → ν ℓ⁺ℓ⁻ with the BRs of
    /// <see cref="DipoleDecays.Table"/>; the decaying state is Dirac or Majorana as the parameters say (it sets the
    /// photon's angular asymmetry).
    /// </summary>
    /// <param name="parameters">The model point (no lighter HNL).</param>
    /// <param name="nuclei">Target nuclei.</param>
    /// <param name="flavour">Beam neutrino flavour.</param>
    /// <param name="neutrinoPdg">PDG code written for the light daughter ν.</param>
    /// <exception cref="ArgumentException">A lighter HNL is set, or no nucleus.</exception>
    /// <exception cref="DarkSectorException">No decay channel is open.</exception>
    public static GenerationModel Dipole(DipoleParameters parameters, IReadOnlyList<Nucleus> nuclei, LeptonFlavour flavour, int neutrinoPdg)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        CheckNuclei(nuclei);
        if (parameters.LighterHnl is not null)
            throw new ArgumentException("parameters: a lighter HNL is set; dipole generation supports one HNL (N5 -> N4 gamma is not wired)", nameof(parameters));
        var state = parameters.IsMajorana ? DecayingHnl.Majorana : DecayingHnl.DiracParticle;
        var table = DipoleDecays.Table(parameters);
        double m = parameters.MassGeV;
        var decays = new List<HnlDecayChannel>();
        if (table.BranchingRatio(DipoleDecays.NuGamma) > 0)
            decays.Add(new HnlDecayChannel { Sampler = new DipolePhotonChannel(new DecayChannelInfo(DipoleDecays.NuGamma, [22, neutrinoPdg]), m, 0, state), BranchingRatio = table.BranchingRatio(DipoleDecays.NuGamma) });
        foreach (var (name, lepton, pdg) in new[] { (DipoleDecays.NuElectronElectron, PhysicalConstants.ElectronMassGeV, 11), (DipoleDecays.NuMuonMuon, PhysicalConstants.MuonMassGeV, 13) })
        {
            double br = table.BranchingRatio(name);
            if (br > 0 && m > 2 * lepton)
                decays.Add(new HnlDecayChannel
                {
                    Sampler = new DipoleDileptonChannel(new DecayChannelInfo(name, [neutrinoPdg, pdg, -pdg]), new DipoleDileptonDecay(m, lepton, parameters.SumD2GeVm2, state)),
                    BranchingRatio = br,
                });
        }
        if (decays.Count == 0) throw new DarkSectorException("the HNL has no open decay channel (all dipole couplings are zero?)");
        return Processes(nuclei, decays,
            (nucleus, part) => DipoleUpscattering.Coherent(parameters, flavour, nucleus, NuclearFormFactors.Default(nucleus), part),
            part => DipoleUpscattering.NucleonElastic(parameters, flavour, Nucleon.Proton, part),
            part => DipoleUpscattering.NucleonElastic(parameters, flavour, Nucleon.Neutron, part));
    }

    /// <summary>
    /// Dark seesaw, heavy state <paramref name="state"/> of the spectrum: upscattering through the Z' with the production
    /// vertex |V_αj|² = Σ_{i light} |U_αi|² |V_ij|² (physics.md §2.3), then N_j → f ℓ⁻ℓ⁺ (f = ν or a lighter heavy state;
    /// ℓ = e, μ) with BR(f_ℓ_ℓ) + BR(f_Zprime) BR(Z' → ℓℓ) from the seesaw decay tables. The heavy daughter is written with
    /// PDG-like code 5914 and not decayed further.
    /// </summary>
    /// <param name="spectrum">The spectrum.</param>
    /// <param name="state">A heavy state (index into the spectrum, in [LightStateCount, StateCount)), e.g. from
    /// <see cref="DarkSeesawDefaultState"/>.</param>
    /// <param name="nuclei">Target nuclei.</param>
    /// <param name="flavour">Beam neutrino flavour.</param>
    /// <param name="neutrinoPdg">PDG code written for a light daughter.</param>
    /// <exception cref="ArgumentException">The state is light or not produced by ν_α; no nucleus.</exception>
    /// <exception cref="DarkSectorException">No visible channel is open.</exception>
    public static GenerationModel DarkSeesaw(DarkSeesawSpectrum spectrum, int state, IReadOnlyList<Nucleus> nuclei, LeptonFlavour flavour, int neutrinoPdg)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        CheckNuclei(nuclei);
        return DarkSeesawGeneration.Build(spectrum, state, nuclei, flavour, neutrinoPdg);
    }

    /// <summary>The default upscattered dark-seesaw state: the heavy state with the largest production vertex |V_αj|²
    /// for the beam flavour (the dominant upscattering channel at equal kinematics).</summary>
    /// <param name="spectrum">The spectrum.</param>
    /// <param name="flavour">Beam neutrino flavour.</param>
    /// <exception cref="ArgumentException">No heavy state couples to ν_α.</exception>
    public static int DarkSeesawDefaultState(DarkSeesawSpectrum spectrum, LeptonFlavour flavour)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        return DarkSeesawGeneration.DefaultState(spectrum, flavour);
    }

    /// <summary>The PDG code of the beam neutrino of <paramref name="flavour"/>: 12 (ν_e), 14 (ν_μ) or 16 (ν_τ), as written
    /// for the light daughter ν (<see cref="GenerationOptions.NeutrinoPdgCode"/>).</summary>
    /// <param name="flavour">Beam neutrino flavour.</param>
    public static int NeutrinoPdg(LeptonFlavour flavour) => flavour switch { LeptonFlavour.Electron => 12, LeptonFlavour.Tau => 16, _ => 14 };

    /// <summary>The one-line description of a dark-photon point that an event file records (<see cref="GenerationOptions.Model"/>):
    /// "dark-photon m_N=… m_Zprime=… epsilon2=… alpha_D=… |V_muN|^2=… Dirac|Majorana flavor=e|mu|tau" (invariant culture).</summary>
    /// <param name="model">The model point (its first HNL is described).</param>
    /// <param name="flavour">Beam neutrino flavour.</param>
    public static string Describe(DarkPhotonModel model, LeptonFlavour flavour)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Invariant($"dark-photon m_N={model.Hnl(0).MassGeV} m_Zprime={model.ZPrimeMassGeV} epsilon2={model.Epsilon2} alpha_D={model.AlphaDark} |V_muN|^2={model.Hnl(0).VertexMu2} {(model.IsMajorana ? "Majorana" : "Dirac")} flavor={FlavourName(flavour)}");
    }

    /// <summary>The one-line description of a dipole point that an event file records: "dipole m_N=… d_e=… d_mu=… d_tau=… GeV^-1
    /// Dirac|Majorana flavor=… convention=kamp2023|darknews" (invariant culture).</summary>
    /// <param name="parameters">The model point.</param>
    /// <param name="flavour">Beam neutrino flavour.</param>
    public static string Describe(DipoleParameters parameters, LeptonFlavour flavour)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var d = parameters;
        return Invariant($"dipole m_N={d.MassGeV} d_e={d.DElectronGeVm1} d_mu={d.DMuonGeVm1} d_tau={d.DTauGeVm1} GeV^-1 {(d.IsMajorana ? "Majorana" : "Dirac")} flavor={FlavourName(flavour)} convention={DipoleConvention.Name(d.Normalisation)}");
    }

    /// <summary>The one-line description of a dark-seesaw point that an event file records: "dark-seesaw card=… state=… m_N=…
    /// m_Zprime=… epsilon=… alpha_D=… Majorana flavor=… channels=…" (invariant culture).</summary>
    /// <param name="spectrum">The spectrum.</param>
    /// <param name="state">The upscattered heavy state.</param>
    /// <param name="model">Its generation model (<see cref="DarkSeesaw"/>; its decay channels are listed).</param>
    /// <param name="card">The model card's file name.</param>
    /// <param name="flavour">Beam neutrino flavour.</param>
    public static string Describe(DarkSeesawSpectrum spectrum, int state, GenerationModel model, string card, LeptonFlavour flavour)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        ArgumentNullException.ThrowIfNull(model);
        return Invariant($"dark-seesaw card={card} state={spectrum.StateName(state)} m_N={spectrum.MassesGeV[state]}")
            + Invariant($" m_Zprime={spectrum.ZPrimeMassGeV} epsilon={spectrum.Epsilon} alpha_D={spectrum.AlphaDark} Majorana flavor={FlavourName(flavour)} channels={string.Join(",", model.Decays.Select(d => d.Sampler.Channel.Name))}");
    }

    private static string FlavourName(LeptonFlavour flavour) => flavour switch { LeptonFlavour.Electron => "e", LeptonFlavour.Tau => "tau", _ => "mu" };

    /// <summary>The processes of <paramref name="model"/> of the kinds <paramref name="kinds"/> (coherent, proton,
    /// neutron by target PDG code, <see cref="UpscatteringProcessNames.OfTarget"/>), with the same decays.</summary>
    /// <param name="model">The model point.</param>
    /// <param name="kinds">The kinds to keep; <see cref="UpscatteringProcessKinds.All"/> returns the model itself.</param>
    /// <exception cref="ArgumentException">None of the model's processes is of those kinds (the message lists those it has).</exception>
    public static GenerationModel Restrict(GenerationModel model, UpscatteringProcessKinds kinds)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (kinds == UpscatteringProcessKinds.All) return model;
        var kept = model.Processes.Where(p => (UpscatteringProcessNames.OfTarget(p.Target.PdgCode) & kinds) != 0).ToArray();
        if (kept.Length == 0)
            throw new ArgumentException("none of the chosen processes exists for the targets given (processes: "
                + string.Join(", ", model.Processes.Select(p => UpscatteringProcessNames.Name(UpscatteringProcessNames.OfTarget(p.Target.PdgCode))).Distinct()) + ")", nameof(kinds));
        return new GenerationModel(kept, model.Decays);
    }

    private static void CheckNuclei(IReadOnlyList<Nucleus> nuclei)
    {
        ArgumentNullException.ThrowIfNull(nuclei);
        if (nuclei.Count == 0) throw new ArgumentException("nuclei: empty; give at least one target nucleus, e.g. C12", nameof(nuclei));
    }

    private static GenerationModel Processes(IReadOnlyList<Nucleus> nuclei, IReadOnlyList<HnlDecayChannel> decays,
        Func<Nucleus, Physics.CrossSections.UpscatteringHelicity, Physics.CrossSections.IUpscatteringCrossSection> coherent,
        Func<Physics.CrossSections.UpscatteringHelicity, Physics.CrossSections.IUpscatteringCrossSection> proton,
        Func<Physics.CrossSections.UpscatteringHelicity, Physics.CrossSections.IUpscatteringCrossSection> neutron) =>
        SignalProcessBuilder.Build(nuclei, Enumerable.Repeat(1.0, nuclei.Count).ToArray(), decays, coherent, proton, neutron).Model;
}
