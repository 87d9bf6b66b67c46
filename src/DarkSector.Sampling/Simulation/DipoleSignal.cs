using DarkSector.Physics;
using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Generation;

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
        _channel = DipoleSignalParts.PairChannel(parameters, VisibleBranchingRatio);
        HnlMassGeV = m;
        ProperDecayLengthCm = table.CTau0Cm;
        Description = DipoleSignalParts.Description(parameters, "");
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
    public SignalProcesses? For(NeutrinoFlavour flavour, IReadOnlyList<Nucleus> nuclei, IReadOnlyList<double> nucleusCounts) =>
        DipoleSignalParts.For(_parameters, [_channel], flavour, nuclei, nucleusCounts);

    /// <inheritdoc/>
    public bool TryVisible(in EventRecord e, out FourMomentum first, out FourMomentum second)
    {
        (first, second) = (e.Product3, e.Product2);   // e⁺, e⁻
        return e.Product2.E > 0 && e.Product3.E > 0;
    }
}
