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
/// A dipole-portal model point for Cherenkov detectors that see one electromagnetic shower (MiniBooNE): the upscattering
/// of <see cref="DipoleSignal"/> with two visible channels, N → ν γ (a single photon) and N → ν e⁺e⁻.
/// </summary>
/// <remarks>
/// <para>Channels (physics.md, dipole decays; <see cref="DipoleDecays.Table"/>): <see cref="DipoleDecays.NuGamma"/>
/// sampled by <see cref="DipolePhotonChannel"/> with the N polarisation, and <see cref="DipoleDecays.NuElectronElectron"/>
/// by <see cref="DipoleDileptonChannel"/>, each with its branching ratio, so the visible BR is their sum. Visible
/// particles: the photon alone (<see cref="TryVisible"/> returns a zero second particle) or the e⁺e⁻ pair; the
/// experiment's selection decides whether a pair is one shower.</para>
/// <para>Immutable; thread-safe.</para>
/// </remarks>
public sealed class DipoleSingleShowerSignal : ISignalModel
{
    private readonly DipoleSignal _pairs;
    private readonly HnlDecayChannel[] _channels;

    /// <summary>Creates the signal.</summary>
    /// <exception cref="DarkSectorException">N → ν e⁺e⁻ is closed or all dipole couplings vanish (as <see cref="DipoleSignal"/>).</exception>
    public DipoleSingleShowerSignal(DipoleParameters parameters)
    {
        _pairs = new DipoleSignal(parameters);
        PhotonBranchingRatio = DipoleDecays.Table(parameters).BranchingRatio(DipoleDecays.NuGamma);
        var photon = DipoleSignalParts.PhotonChannel(parameters, PhotonBranchingRatio);
        var pair = DipoleSignalParts.PairChannel(parameters, _pairs.VisibleBranchingRatio);
        _channels = PhotonBranchingRatio > 0 ? [photon, pair] : [pair];
        VisibleBranchingRatio = Math.Min(1, PhotonBranchingRatio + _pairs.VisibleBranchingRatio);
        Description = _pairs.Description + " (nu gamma + nu e+e-)";
    }

    /// <inheritdoc/>
    public string Description { get; }

    /// <inheritdoc/>
    public double HnlMassGeV => _pairs.HnlMassGeV;

    /// <inheritdoc/>
    public double ProperDecayLengthCm => _pairs.ProperDecayLengthCm;

    /// <summary>BR(N → ν γ).</summary>
    public double PhotonBranchingRatio { get; }

    /// <summary>BR(N → ν γ) + BR(N → ν e⁺e⁻).</summary>
    public double VisibleBranchingRatio { get; }

    /// <inheritdoc/>
    public SignalProcesses? For(NeutrinoFlavour flavour, IReadOnlyList<Nucleus> nuclei, IReadOnlyList<double> nucleusCounts) =>
        _pairs.For(flavour, nuclei, nucleusCounts) is { } p ? new SignalProcesses(new GenerationModel(p.Model.Processes, _channels), p.NucleusOfProcess) : null;

    /// <inheritdoc/>
    public bool TryVisible(in EventRecord e, out FourMomentum first, out FourMomentum second)
    {
        if (_channels.Length == 2 && e.Channel == 0)
        {
            (first, second) = (e.Product1, default);   // the photon
            return e.Product1.E > 0;
        }
        (first, second) = (e.Product3, e.Product2);   // e⁺, e⁻
        return e.Product2.E > 0 && e.Product3.E > 0;
    }
}
