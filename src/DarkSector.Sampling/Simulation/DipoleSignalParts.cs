using DarkSector.Physics;
using DarkSector.Physics.FormFactors;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.Generation.Channels;

namespace DarkSector.Sampling.Simulation;

/// <summary>
/// What the dipole-portal signals (<see cref="DipoleSignal"/>, <see cref="DipolePhotonSignal"/>,
/// <see cref="DipoleSingleShowerSignal"/>) share: the visible decay channels, the description and the upscattering
/// processes of <c>darksector generate dipole</c>.
/// </summary>
/// <remarks>Stateless; thread-safe.</remarks>
internal static class DipoleSignalParts
{
    /// <summary>N → ν e⁺e⁻ (<see cref="DipoleDecays.NuElectronElectron"/>) sampled by <see cref="DipoleDileptonChannel"/>.</summary>
    public static HnlDecayChannel PairChannel(DipoleParameters parameters, double branchingRatio) => new()
    {
        Sampler = new DipoleDileptonChannel(new DecayChannelInfo(DipoleDecays.NuElectronElectron, [14, 11, -11]),
            new DipoleDileptonDecay(parameters.MassGeV, PhysicalConstants.ElectronMassGeV, parameters.SumD2GeVm2, State(parameters))),
        BranchingRatio = branchingRatio,
    };

    /// <summary>N → ν γ (<see cref="DipoleDecays.NuGamma"/>) sampled by <see cref="DipolePhotonChannel"/> with the N
    /// polarisation.</summary>
    public static HnlDecayChannel PhotonChannel(DipoleParameters parameters, double branchingRatio) => new()
    {
        Sampler = new DipolePhotonChannel(new DecayChannelInfo(DipoleDecays.NuGamma, [22, 14]), parameters.MassGeV, 0, State(parameters)),
        BranchingRatio = branchingRatio,
    };

    /// <summary>"dipole {label}m_N=… d_e=… d_mu=… d_tau=… GeV^-1 Majorana|Dirac convention=kamp2023|darknews".</summary>
    /// <param name="parameters">The model point.</param>
    /// <param name="label">Inserted after "dipole " (empty, or e.g. "(N -> nu gamma) ").</param>
    public static string Description(DipoleParameters parameters, string label) =>
        $"dipole {label}m_N={parameters.MassGeV} GeV d_e={parameters.DElectronGeVm1} d_mu={parameters.DMuonGeVm1} d_tau={parameters.DTauGeVm1} GeV^-1 {(parameters.IsMajorana ? "Majorana" : "Dirac")} convention={DipoleConvention.Name(parameters.Normalisation)}";

    /// <summary>
    /// <see cref="ISignalModel.For"/> for a dipole point (<see cref="DipoleUpscattering"/>): coherent with the default
    /// nuclear form factor, elastic on protons and neutrons, split by N helicity; null when d_α = 0.
    /// </summary>
    public static SignalProcesses? For(DipoleParameters parameters, IReadOnlyList<HnlDecayChannel> channels,
        NeutrinoFlavour flavour, IReadOnlyList<Nucleus> nuclei, IReadOnlyList<double> nucleusCounts)
    {
        ArgumentNullException.ThrowIfNull(nuclei);
        ArgumentNullException.ThrowIfNull(nucleusCounts);
        var lepton = flavour.Lepton();
        if (!(parameters.Coupling(lepton) > 0)) return null;
        return SignalProcessBuilder.Build(nuclei, nucleusCounts, channels,
            (x, part) => DipoleUpscattering.Coherent(parameters, lepton, x, NuclearFormFactors.Default(x), part),
            part => DipoleUpscattering.NucleonElastic(parameters, lepton, Nucleon.Proton, part),
            part => DipoleUpscattering.NucleonElastic(parameters, lepton, Nucleon.Neutron, part));
    }

    private static DecayingHnl State(DipoleParameters parameters) =>
        parameters.IsMajorana ? DecayingHnl.Majorana : DecayingHnl.DiracParticle;
}
