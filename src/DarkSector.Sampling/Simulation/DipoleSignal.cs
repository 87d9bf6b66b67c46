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
/// A dipole-portal model point as a <see cref="ISignalModel"/>: ν_α → N by photon exchange through the dipole d_α on
/// nuclei (coherent), protons and neutrons, weighted by BR(N → ν e⁺e⁻) and decaying to ν e⁺e⁻.
/// </summary>
/// <remarks>
/// <para>Processes per nucleus as <c>darksector generate dipole</c> (<see cref="DipoleUpscattering"/>): coherent with the
/// default nuclear form factor, elastic on the Z protons and A − Z neutrons, split by N helicity. Visible channel
/// <see cref="DipoleDecays.NuElectronElectron"/> with its branching ratio from <see cref="DipoleDecays.Table"/>, c τ₀
/// from the same table. Antineutrino beams reuse the neutrino processes: for charge-symmetric selections the N̄
/// decays are the CP mirror of the N decays (see <see cref="DarkPhotonSignal"/>).</para>
/// <para>Immutable; thread-safe.</para>
/// </remarks>
public sealed class DipoleSignal : ISignalModel
{
    private readonly DipoleParameters _parameters;
    private readonly HnlDecayChannel _channel;

    /// <summary>Creates the signal.</summary>
    /// <exception cref="DarkSectorException">N → ν e⁺e⁻ is closed or all dipole couplings vanish.</exception>
    public DipoleSignal(DipoleParameters parameters)
    {
        _parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));
        var table = DipoleDecays.Table(parameters);
        double m = parameters.MassGeV;
        VisibleBranchingRatio = table.BranchingRatio(DipoleDecays.NuElectronElectron);
        if (!(VisibleBranchingRatio > 0) || !(m > 2 * PhysicalConstants.ElectronMassGeV))
            throw new DarkSectorException("N -> nu e+ e- is closed or has zero width at this dipole model point");
        var state = parameters.IsMajorana ? DecayingHnl.Majorana : DecayingHnl.DiracParticle;
        _channel = new HnlDecayChannel
        {
            Sampler = new DipoleDileptonChannel(new DecayChannelInfo(DipoleDecays.NuElectronElectron, [14, 11, -11]),
                new DipoleDileptonDecay(m, PhysicalConstants.ElectronMassGeV, parameters.SumD2GeVm2, state)),
            BranchingRatio = VisibleBranchingRatio,
        };
        HnlMassGeV = m;
        ProperDecayLengthCm = table.CTau0Cm;
        Description = $"dipole m_N={m} GeV d_e={parameters.DElectronGeVm1} d_mu={parameters.DMuonGeVm1} d_tau={parameters.DTauGeVm1} GeV^-1 {(parameters.IsMajorana ? "Majorana" : "Dirac")}";
    }

    /// <inheritdoc/>
    public string Description { get; }

    /// <inheritdoc/>
    public double HnlMassGeV { get; }

    /// <inheritdoc/>
    public double ProperDecayLengthCm { get; }

    /// <summary>BR(N → ν e⁺e⁻).</summary>
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
    public bool TryVisible(in EventRecord e, out FourMomentum first, out FourMomentum second)
    {
        (first, second) = (e.Product3, e.Product2);   // e⁺, e⁻
        return e.Product2.E > 0 && e.Product3.E > 0;
    }
}
