using DarkSector.Physics;
using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Models.DarkSeesaw;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.Generation.Channels;

namespace DarkSector.Sampling.Simulation;

/// <summary>
/// The signal of one upscattered heavy state N_j of a dark-seesaw spectrum as a <see cref="ISignalModel"/>:
/// ν_α + T → N_j + T through the Z' (coherent, proton- and neutron-elastic, both helicities) and every visible decay
/// chain N_j → f ℓ⁻ℓ⁺ → … with the daughters' own decays generated.
/// </summary>
/// <remarks>
/// <para>Production: the dark-photon cross sections with the seesaw's vertex |V_αj|² = Σ_{i light} |U_αi|² |V_ij|²
/// (physics.md §2.3; <see cref="DarkSeesawDecays.ToDarkPhotonModel"/>). A card's full signal is the sum over its heavy
/// states (<see cref="ForCard"/>, <see cref="SignalSum"/>): each state is produced with its own vertex, mass and
/// lifetime.</para>
/// <para>Decays: the chains are built from the one-step decays of <see cref="DarkSeesawDecaySteps"/> — N_j → ν ℓℓ through
/// the Z' and through the SM Z/W (also when the Z' vertex vanishes), and N_j → N_k ℓℓ followed by each visible chain of
/// N_k, or by nothing visible with N_k's remaining branching fraction (N_k → ννν̄, N_k → ν Z' with Z' → invisible, …).
/// Chain BR = product of the step BRs. Channels whose BR is below <see cref="MinimumBranchingRatio"/> of the total are
/// dropped. Products and the prompt-cascade approximation: <see cref="CascadeChannel"/>. Z' → N_k N_l products are
/// counted invisible. With the pair flavours e only (the default, as the e-like analyses see it) a chain
/// with a μ pair is not generated: its muon would fail an e-like selection.</para>
/// <para>Antineutrino beams reuse the neutrino processes (vector hadronic current, Majorana N; see
/// <see cref="DarkPhotonSignal"/>). Immutable; thread-safe.</para>
/// </remarks>
public sealed class DarkSeesawSignal : ISignalModel
{
    /// <summary>Chains with a branching ratio below this fraction of the summed visible BR are not generated.</summary>
    public const double MinimumBranchingRatio = 1e-6;

    /// <summary>PDG-like code written for a heavy daughter that is left undecayed (the generator's HNL code).</summary>
    public const int HeavyDaughterPdg = 5914;

    private readonly DarkPhotonModel _model;
    private readonly int _index;
    private readonly HnlDecayChannel[] _channels;

    /// <summary>Creates the signal of heavy state <paramref name="state"/>.</summary>
    /// <param name="spectrum">The spectrum.</param>
    /// <param name="state">A heavy state index, in [LightStateCount, StateCount).</param>
    /// <param name="leptons">Pair flavours the chains may contain; default e only.</param>
    /// <param name="neutrinoPdg">PDG code written for a light daughter (default 14).</param>
    /// <exception cref="ArgumentOutOfRangeException">The state is light or does not exist.</exception>
    /// <exception cref="DarkSectorException">No visible chain is open, or see <see cref="DarkSeesawDecays.ToDarkPhotonModel"/>.</exception>
    public DarkSeesawSignal(DarkSeesawSpectrum spectrum, int state, IReadOnlyList<LeptonFlavour>? leptons = null, int neutrinoPdg = 14)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        leptons ??= [LeptonFlavour.Electron];
        var steps = DarkSeesawDecaySteps.Of(spectrum, state, leptons);   // checks the state
        _model = DarkSeesawDecays.ToDarkPhotonModel(spectrum);
        _index = state - spectrum.LightStateCount;
        State = state;
        StateName = spectrum.StateName(state);
        var chains = new List<(string Name, List<DarkSeesawDecaySteps.Step> Steps, double Br, int FinalPdg)>();
        var memo = new Dictionary<int, IReadOnlyList<DarkSeesawDecaySteps.Step>>();
        Expand(spectrum, state, steps, [], 1.0, leptons, memo, chains, neutrinoPdg);
        double visible = chains.Sum(c => c.Br);
        if (!(visible > 0)) throw new DarkSectorException($"no visible decay chain of {StateName} (m = {spectrum.MassesGeV[state]:G6} GeV) into {string.Join("/", leptons)} pairs is open");
        _channels = chains.Where(c => c.Br >= MinimumBranchingRatio * visible).Select(c =>
        {
            int pdg = LeptonPdg(c.Steps[0].Lepton);
            return new HnlDecayChannel
            {
                Sampler = new CascadeChannel(new DecayChannelInfo(c.Name, [c.FinalPdg, pdg, -pdg]), c.Steps.Select(s => s.Sampler).ToArray()),
                BranchingRatio = Math.Min(1, c.Br),
            };
        }).ToArray();
        VisibleBranchingRatio = Math.Min(1, _channels.Sum(c => c.BranchingRatio));
        var tables = DarkSeesawDecays.AllStates(spectrum);
        HnlMassGeV = spectrum.MassesGeV[state];
        ProperDecayLengthCm = tables[state].CTau0Cm;
        DaughterDecayLengthCm = chains.SelectMany(c => c.Steps).Where(s => s.Daughter >= 0 && s.Daughter != state)
            .Select(s => tables[s.Daughter].CTau0Cm).DefaultIfEmpty(0).Max();
        Description = $"dark-seesaw {StateName} m_N={HnlMassGeV} GeV m_Z'={spectrum.ZPrimeMassGeV} GeV eps={spectrum.Epsilon} alpha_D={spectrum.AlphaDark}"
            + $" |V_muN|^2={_model.Hnl(_index).VertexMu2} Majorana chains={_channels.Length}";
    }

    /// <summary>The signals of every heavy state of <paramref name="spectrum"/> that a beam flavour produces and that has
    /// a visible chain (states without either contribute nothing).</summary>
    /// <param name="spectrum">The spectrum.</param>
    /// <param name="leptons">Pair flavours; default e only.</param>
    /// <exception cref="DarkSectorException">No heavy state is both produced and visible.</exception>
    public static IReadOnlyList<DarkSeesawSignal> ForCard(DarkSeesawSpectrum spectrum, IReadOnlyList<LeptonFlavour>? leptons = null)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        var model = DarkSeesawDecays.ToDarkPhotonModel(spectrum);
        var signals = new List<DarkSeesawSignal>();
        for (int state = spectrum.LightStateCount; state < spectrum.StateCount; state++)
        {
            var hnl = model.Hnl(state - spectrum.LightStateCount);
            if (!(hnl.VertexE2 + hnl.VertexMu2 + hnl.VertexTau2 > 0)) continue;
            try { signals.Add(new DarkSeesawSignal(spectrum, state, leptons)); }
            catch (DarkSectorException) { }   // no visible chain: this state adds nothing
        }
        if (signals.Count == 0) throw new DarkSectorException("no heavy state of the card is both produced by a neutrino beam and decays visibly");
        return signals;
    }

    /// <summary>The upscattered state's index in the spectrum.</summary>
    public int State { get; }

    /// <summary>The upscattered state's name (N4, N5, …).</summary>
    public string StateName { get; }

    /// <summary>The generated chains with their branching ratios.</summary>
    public IReadOnlyList<HnlDecayChannel> Channels => _channels;

    /// <summary>The largest c τ₀ (cm) of an intermediate heavy state that the chains decay at the parent's vertex (0 if
    /// none): the prompt-cascade approximation holds when βγ times this is small against the detector.</summary>
    public double DaughterDecayLengthCm { get; }

    /// <inheritdoc/>
    public string Description { get; }

    /// <inheritdoc/>
    public double HnlMassGeV { get; }

    /// <inheritdoc/>
    public double ProperDecayLengthCm { get; }

    /// <summary>Σ BR of the generated chains.</summary>
    public double VisibleBranchingRatio { get; }

    /// <inheritdoc/>
    public SignalProcesses? For(NeutrinoFlavour flavour, IReadOnlyList<Nucleus> nuclei, IReadOnlyList<double> nucleusCounts)
    {
        ArgumentNullException.ThrowIfNull(nuclei);
        ArgumentNullException.ThrowIfNull(nucleusCounts);
        var lepton = flavour.Lepton();
        if (!(_model.Hnl(_index).Vertex2(lepton) > 0)) return null;
        return SignalProcessBuilder.Build(nuclei, nucleusCounts, _channels,
            (x, helicity) => DarkPhotonUpscattering.Coherent(_model, x, null, _index, lepton, helicity),
            helicity => DarkPhotonUpscattering.ProtonElastic(_model, _index, lepton, helicity),
            helicity => DarkPhotonUpscattering.NeutronElastic(_model, _index, lepton, helicity));
    }

    /// <inheritdoc/>
    public bool TryVisible(in EventRecord e, out FourMomentum first, out FourMomentum second)
    {
        (first, second) = (e.Product3, e.Product2);   // Σ ℓ⁺, Σ ℓ⁻
        return e.Product2.E > 0 && e.Product3.E > 0;
    }

    private static void Expand(DarkSeesawSpectrum spectrum, int state, IReadOnlyList<DarkSeesawDecaySteps.Step> steps,
        List<DarkSeesawDecaySteps.Step> prefix, double br, IReadOnlyList<LeptonFlavour> leptons,
        Dictionary<int, IReadOnlyList<DarkSeesawDecaySteps.Step>> memo,
        List<(string, List<DarkSeesawDecaySteps.Step>, double, int)> chains, int neutrinoPdg)
    {
        foreach (var step in steps)
        {
            var path = new List<DarkSeesawDecaySteps.Step>(prefix) { step };
            double b = br * step.BranchingRatio;
            string name = string.Join(">", path.Select(s => s.Name));
            if (step.Daughter < 0)
            {
                chains.Add((name, path, b, neutrinoPdg));
                continue;
            }
            if (!memo.TryGetValue(step.Daughter, out var next))
                memo[step.Daughter] = next = DarkSeesawDecaySteps.Of(spectrum, step.Daughter, leptons);
            // the daughter's invisible fraction: 1 − every ℓℓ step (e and μ: a μ pair is visible, just not generated)
            double invisible = Math.Max(0, 1 - DarkSeesawDecaySteps.Of(spectrum, step.Daughter, AllPairs).Sum(s => s.BranchingRatio));
            if (invisible > 0) chains.Add((name, path, b * invisible, HeavyDaughterPdg));
            Expand(spectrum, step.Daughter, next, path, b, leptons, memo, chains, neutrinoPdg);
        }
    }

    private static readonly LeptonFlavour[] AllPairs = [LeptonFlavour.Electron, LeptonFlavour.Muon];

    private static int LeptonPdg(LeptonFlavour lepton) => lepton == LeptonFlavour.Muon ? 13 : 11;
}
