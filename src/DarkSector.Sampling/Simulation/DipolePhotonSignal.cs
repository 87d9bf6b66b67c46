using DarkSector.Physics;
using DarkSector.Physics.CrossSections;
using DarkSector.Physics.FormFactors;
using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.Generation.Channels;

namespace DarkSector.Sampling.Simulation;

/// <summary>
/// A dipole-portal model point as a <see cref="ISignalModel"/> with the radiative decay N → ν γ visible (single-photon
/// analyses such as MINERvA's, <see cref="SignalTopology.PhotonConversionInFiducial"/>): ν_α → N by photon exchange
/// through the dipole d_α on nuclei (coherent), protons and neutrons, weighted by BR(N → ν γ).
/// </summary>
/// <remarks>
/// <para>Processes as <see cref="DipoleSignal"/> (the same upscattering); only the visible channel differs. Processes per nucleus as <c>darksector generate dipole</c> (<see cref="DipoleUpscattering"/>): coherent with the
/// default nuclear form factor, elastic on the Z protons and A − Z neutrons, split by N helicity. Visible channel
/// <see cref="DipoleDecays.NuGamma"/> (<see cref="DipolePhotonChannel"/>, photon angular distribution with the N
/// polarisation) with its branching ratio from <see cref="DipoleDecays.Table"/>, c τ₀
/// from the same table. Antineutrino beams reuse the neutrino processes: for charge-symmetric selections the N̄
/// decays are the CP mirror of the N decays (see <see cref="DarkPhotonSignal"/>); for N → ν γ the mirror flips the
/// photon's polarisation asymmetry, which an unpolarised-flux treatment neglects (a limitation, as for
/// <see cref="DipoleSignal"/>).</para>
/// <para>Immutable; thread-safe.</para>
/// </remarks>
public sealed class DipolePhotonSignal : ISignalModel
{
    private readonly DipoleParameters _parameters;
    private readonly HnlDecayChannel _channel;

    /// <summary>Creates the signal.</summary>
    /// <exception cref="DarkSectorException">N → ν γ has zero width (all dipole couplings vanish).</exception>
    public DipolePhotonSignal(DipoleParameters parameters)
    {
        _parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));
        var table = DipoleDecays.Table(parameters);
        double m = parameters.MassGeV;
        VisibleBranchingRatio = table.BranchingRatio(DipoleDecays.NuGamma);
        if (!(VisibleBranchingRatio > 0))
            throw new DarkSectorException("N -> nu gamma has zero width at this dipole model point");
        var state = parameters.IsMajorana ? DecayingHnl.Majorana : DecayingHnl.DiracParticle;
        _channel = new HnlDecayChannel
        {
            Sampler = new DipolePhotonChannel(new DecayChannelInfo(DipoleDecays.NuGamma, [22, 14]), m, 0, state),
            BranchingRatio = VisibleBranchingRatio,
        };
        HnlMassGeV = m;
        ProperDecayLengthCm = table.CTau0Cm;
        Description = $"dipole (N -> nu gamma) m_N={m} GeV d_e={parameters.DElectronGeVm1} d_mu={parameters.DMuonGeVm1} d_tau={parameters.DTauGeVm1} GeV^-1 {(parameters.IsMajorana ? "Majorana" : "Dirac")}";
    }

    /// <inheritdoc/>
    public string Description { get; }

    /// <inheritdoc/>
    public double HnlMassGeV { get; }

    /// <inheritdoc/>
    public double ProperDecayLengthCm { get; }

    /// <summary>BR(N → ν γ).</summary>
    public double VisibleBranchingRatio { get; }

    /// <inheritdoc/>
    public SignalProcesses? For(NeutrinoFlavour flavour, IReadOnlyList<Nucleus> nuclei, IReadOnlyList<double> nucleusCounts)
    {
        ArgumentNullException.ThrowIfNull(nuclei);
        ArgumentNullException.ThrowIfNull(nucleusCounts);
        var lepton = flavour switch
        {
            NeutrinoFlavour.ElectronNeutrino or NeutrinoFlavour.ElectronAntineutrino => NeutrinoFlavor.Electron,
            NeutrinoFlavour.MuonNeutrino or NeutrinoFlavour.MuonAntineutrino => NeutrinoFlavor.Muon,
            _ => NeutrinoFlavor.Tau,
        };
        if (!(_parameters.Coupling(lepton) > 0)) return null;
        var processes = new List<UpscatteringProcess>();
        var owner = new List<int>();
        for (int k = 0; k < nuclei.Count; k++)
        {
            var x = nuclei[k];
            double count = Check.Positive(nucleusCounts[k], $"nucleusCounts[{k}]");
            foreach (var (helicity, part) in new[] { ((sbyte)-1, UpscatteringHelicity.Conserving), ((sbyte)1, UpscatteringHelicity.Flipping) })
            {
                if (!x.IsNucleon)
                    Add(DipoleUpscattering.Coherent(_parameters, lepton, x, NuclearFormFactors.Default(x), part), new TargetInfo(x.Name, x.PdgId, x.MassGeV), count, helicity, k);
                if (x.Z > 0)
                    Add(DipoleUpscattering.NucleonElastic(_parameters, lepton, Nucleon.Proton, part), new TargetInfo($"{x.Name}/p", 2212, PhysicalConstants.ProtonMassGeV), count * x.Z, helicity, k);
                if (x.N > 0)
                    Add(DipoleUpscattering.NucleonElastic(_parameters, lepton, Nucleon.Neutron, part), new TargetInfo($"{x.Name}/n", 2112, PhysicalConstants.NeutronMassGeV), count * x.N, helicity, k);
            }
        }
        return new SignalProcesses(new GenerationModel(processes, [_channel]), owner);

        void Add(IUpscatteringCrossSection xs, TargetInfo target, double multiplicity, sbyte helicity, int nucleus)
        {
            processes.Add(new UpscatteringProcess { CrossSection = xs, Target = target, Multiplicity = multiplicity, Helicity = helicity });
            owner.Add(nucleus);
        }
    }

    /// <inheritdoc/>
    /// <remarks>The photon is <paramref name="first"/>; <paramref name="second"/> is zero (a single shower).</remarks>
    public bool TryVisible(in EventRecord e, out FourMomentum first, out FourMomentum second)
    {
        (first, second) = (e.Product1, default);   // products in slot order: photon, ν
        return e.Product1.E > 0;
    }
}
