using DarkSector.Physics;
using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.Generation.Channels;

namespace DarkSector.Sampling.Simulation;

/// <summary>
/// A dark-photon model point as a <see cref="ISignalModel"/>: ν_α → N upscattering through the Z' on nuclei (coherent),
/// their protons and their neutrons, and the visible decay N → ν e⁺e⁻.
/// </summary>
/// <remarks>
/// <para>Processes per nucleus X with count c_X: coherent on X (multiplicity c_X; not for H1), elastic on its Z protons
/// (Z c_X) and on its A − Z neutrons ((A − Z) c_X), each split by N helicity (conserving h = −1, flipping h = +1) so that
/// the decay sees the N polarisation (<see cref="DarkPhotonUpscattering"/>, physics.md §2).</para>
/// <para>Antineutrinos: the hadronic current is a pure vector current, so the hadronic tensor is symmetric and ν̄_α → N̄
/// has the same cross section as ν_α → N; N̄ decays are the CP mirror of N decays (e⁺ ↔ e⁻ and opposite polarisation),
/// which leaves every charge-symmetric observable unchanged. The antineutrino beams therefore reuse the neutrino
/// processes (the visible e⁺ and e⁻ are exchanged, which charge-symmetric cuts do not see).</para>
/// <para>Visible channel N → ν e⁺e⁻ through the Z' (on shell as N → ν Z' → ν e⁺e⁻ when m_Z' &lt; m_N), with
/// BR = <see cref="Inference.VisibleBranchingRatio"/> (every ν e⁺e⁻ decay: the Z' part and the SM part from active
/// mixing); c τ₀ from <see cref="DarkPhotonDecays.Hnl"/>. Dirac vs Majorana enters
/// through the model's decay widths (<see cref="DarkPhotonModel.IsMajorana"/>): the upscattering rate is the same.</para>
/// <para>Immutable; thread-safe.</para>
/// </remarks>
public sealed class DarkPhotonSignal : ISignalModel
{
    private readonly DarkPhotonModel _model;
    private readonly int _index;
    private readonly HnlDecayChannel _channel;

    /// <summary>Creates the signal of HNL <paramref name="index"/> (0 = N_4, …) of <paramref name="model"/>.</summary>
    /// <param name="model">The model point.</param>
    /// <param name="index">The produced HNL (0 = N_4, 1 = N_5, …).</param>
    /// <param name="daughter">The recoiling state of the visible decay: −1 (default) for N → ν e⁺e⁻, or the index of a
    /// lighter HNL for N_j → N_k e⁺e⁻ (MicroBooNE's dual scenario: index 1, daughter 0); the daughter is not tracked.</param>
    /// <exception cref="ArgumentOutOfRangeException">No such HNL or daughter (the daughter must be lighter).</exception>
    /// <exception cref="DarkSectorException">N → ν e⁺e⁻ is closed or has zero width.</exception>
    public DarkPhotonSignal(DarkPhotonModel model, int index = 0, int daughter = -1)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        _index = index;
        var hnl = model.Hnl(index);
        if (daughter >= 0) model.Hnl(daughter);
        var table = DarkPhotonDecays.Hnl(model, index);
        var sampler = DarkPhotonDecays.ZPrimeLeptonPairSampler(model, index, LeptonFlavour.Electron, daughter);
        string recoil = daughter < 0 ? "nu" : $"N{daughter + 4}";
        if (!(sampler.WidthGeV > 0) || !(table.TotalWidthGeV > 0))
            throw new DarkSectorException($"N{index + 4} -> {recoil} e+ e- has zero width at this model point");
        VisibleBranchingRatio = Inference.VisibleBranchingRatio.Of(table, sampler, daughter);
        var info = daughter < 0 ? new DecayChannelInfo("nu_e_e", [14, 11, -11]) : new DecayChannelInfo($"{recoil}_e_e", [5914, 11, -11]);
        _channel = new HnlDecayChannel { Sampler = new ThreeBodyChannel(info, sampler), BranchingRatio = VisibleBranchingRatio };
        HnlMassGeV = hnl.MassGeV;
        ProperDecayLengthCm = table.CTau0Cm;
        Description = $"dark-photon m_N={hnl.MassGeV} GeV m_Z'={model.ZPrimeMassGeV} GeV eps={model.Epsilon} alpha_D={model.AlphaDark} |V_muN|^2={hnl.VertexMu2} {(model.IsMajorana ? "Majorana" : "Dirac")}";
    }

    /// <inheritdoc/>
    public string Description { get; }

    /// <inheritdoc/>
    public double HnlMassGeV { get; }

    /// <inheritdoc/>
    public double ProperDecayLengthCm { get; }

    /// <summary>BR(N → ν e⁺e⁻), <see cref="Inference.VisibleBranchingRatio"/>.</summary>
    public double VisibleBranchingRatio { get; }

    /// <inheritdoc/>
    public SignalProcesses? For(NeutrinoFlavour flavour, IReadOnlyList<Nucleus> nuclei, IReadOnlyList<double> nucleusCounts)
    {
        ArgumentNullException.ThrowIfNull(nuclei);
        ArgumentNullException.ThrowIfNull(nucleusCounts);
        var lepton = flavour.Lepton();
        if (!(_model.Hnl(_index).Vertex2(lepton) > 0)) return null;
        return SignalProcessBuilder.Build(nuclei, nucleusCounts, [_channel],
            (x, helicity) => DarkPhotonUpscattering.Coherent(_model, x, null, _index, lepton, helicity),
            helicity => DarkPhotonUpscattering.ProtonElastic(_model, _index, lepton, helicity),
            helicity => DarkPhotonUpscattering.NeutronElastic(_model, _index, lepton, helicity));
    }

    /// <inheritdoc/>
    public bool TryVisible(in EventRecord e, out FourMomentum first, out FourMomentum second)
    {
        (first, second) = (e.Product3, e.Product2);   // e⁺, e⁻
        return e.Product2.E > 0 && e.Product3.E > 0;
    }
}
