using DarkSector.Physics;
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
        _channel = DipoleSignalParts.PhotonChannel(parameters, VisibleBranchingRatio);
        HnlMassGeV = m;
        ProperDecayLengthCm = table.CTau0Cm;
        Description = DipoleSignalParts.Description(parameters, "(N -> nu gamma) ");
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
    public SignalProcesses? For(NeutrinoFlavour flavour, IReadOnlyList<Nucleus> nuclei, IReadOnlyList<double> nucleusCounts) =>
        DipoleSignalParts.For(_parameters, [_channel], flavour, nuclei, nucleusCounts);

    /// <inheritdoc/>
    /// <remarks>The photon is <paramref name="first"/>; <paramref name="second"/> is zero (a single shower).</remarks>
    public bool TryVisible(in EventRecord e, out FourMomentum first, out FourMomentum second)
    {
        (first, second) = (e.Product1, default);   // products in slot order: photon, ν
        return e.Product1.E > 0;
    }
}
