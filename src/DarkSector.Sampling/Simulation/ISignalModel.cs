using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Generation;

namespace DarkSector.Sampling.Simulation;

/// <summary>
/// What <see cref="DetectorSimulation"/> needs from a model point: the upscattering processes and decay channels for a
/// set of target nuclei and a beam flavour, the N lifetime, and which decay products are visible.
/// </summary>
/// <remarks>Implementations are immutable and thread-safe.</remarks>
public interface ISignalModel
{
    /// <summary>Short description of the model point (for reports).</summary>
    string Description { get; }

    /// <summary>Mass of the upscattered heavy neutral lepton N, GeV.</summary>
    double HnlMassGeV { get; }

    /// <summary>Proper decay length c·τ₀ of N, cm (+∞ for a stable N).</summary>
    double ProperDecayLengthCm { get; }

    /// <summary>The summed branching ratio of the visible channels this signal generates, in [0, 1] (the factor on every
    /// event weight; coupling reweighting scales by its ratio between model points).</summary>
    double VisibleBranchingRatio { get; }

    /// <summary>
    /// The generation model for neutrinos of <paramref name="flavour"/> on <paramref name="nuclei"/>: one or more
    /// processes per nucleus with <see cref="UpscatteringProcess.Multiplicity"/> = (targets per nucleus, e.g. Z protons)
    /// × <paramref name="nucleusCounts"/>[i], and only the visible decay channels with their branching ratios; null when
    /// this flavour does not produce N. Target names (<see cref="TargetInfo.Name"/>) must identify the nucleus: two
    /// processes on different nuclei must not share a target name (e.g. "C12/p" and "O16/p", not "p").
    /// </summary>
    /// <param name="flavour">Beam flavour.</param>
    /// <param name="nuclei">Target nuclei.</param>
    /// <param name="nucleusCounts">Number of nuclei of each kind (&gt; 0), multiplied into the multiplicities.</param>
    SignalProcesses? For(NeutrinoFlavour flavour, IReadOnlyList<Nucleus> nuclei, IReadOnlyList<double> nucleusCounts);

    /// <summary>The two visible particles of a generated event (lab frame): e.g. e⁺ and e⁻; false if none.</summary>
    bool TryVisible(in EventRecord e, out FourMomentum first, out FourMomentum second);
}
