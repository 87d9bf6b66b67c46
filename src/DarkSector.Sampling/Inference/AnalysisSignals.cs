using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Models.DarkSeesaw;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Inference;

/// <summary>
/// The signal a model point gives in an analysis (the analysis's topology and observable decide the visible channels),
/// for model points built outside a <see cref="ModelFamily"/> (e.g. from a full <see cref="DarkPhotonModel"/> with
/// active mixing, several flavours or two HNLs): <c>rate</c>, <c>limit</c> and <c>spectrum-plot</c> use it.
/// </summary>
/// <remarks>Pure; thread-safe.</remarks>
public static class AnalysisSignals
{
    /// <summary>The dark-photon signal of the heaviest HNL of <paramref name="model"/>: N → ν e⁺e⁻, or with
    /// <paramref name="decayToLighter"/> N_5 → N_4 e⁺e⁻ (<see cref="DarkPhotonSignal"/>).</summary>
    /// <param name="model">The model point.</param>
    /// <param name="analysis">The analysis (an e⁺e⁻ or single-shower analysis).</param>
    /// <param name="decayToLighter">Whether the visible decay recoils against the lighter HNL N_4 (needs two HNLs).</param>
    /// <exception cref="ArgumentException">The analysis counts photon conversions (a dipole signal), or
    /// <paramref name="decayToLighter"/> with one HNL.</exception>
    /// <exception cref="Physics.DarkSectorException">The visible decay is closed at this point.</exception>
    public static ISignalModel DarkPhoton(DarkPhotonModel model, AnalysisDefinition analysis, bool decayToLighter = false)
    {
        ArgumentNullException.ThrowIfNull(model);
        RejectPhotonConversion(analysis);
        int index = model.Hnls.Count - 1;
        if (decayToLighter && index == 0)
            throw new ArgumentException("decayToLighter: N5 -> N4 e+ e- needs two HNLs; the model has one", nameof(decayToLighter));
        return new DarkPhotonSignal(model, index, decayToLighter ? 0 : -1);
    }

    /// <summary>The dipole signal the analysis sees (<see cref="DipoleAnalysisSignal.For"/>).</summary>
    /// <param name="parameters">The model point.</param>
    /// <param name="analysis">The analysis.</param>
    public static ISignalModel Dipole(DipoleParameters parameters, AnalysisDefinition analysis)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(analysis);
        return DipoleAnalysisSignal.For(parameters, analysis);
    }

    /// <summary>The dark-seesaw signals of every produced and visible heavy state of <paramref name="spectrum"/>
    /// (<see cref="DarkSeesawSignal.ForCard"/>), to be summed (<see cref="SignalSum"/>).</summary>
    /// <param name="spectrum">The spectrum.</param>
    /// <param name="analysis">The analysis (an e⁺e⁻ analysis).</param>
    /// <exception cref="ArgumentException">The analysis counts photon conversions.</exception>
    /// <exception cref="Physics.DarkSectorException">No heavy state is both produced and visible.</exception>
    public static IReadOnlyList<ISignalModel> DarkSeesaw(DarkSeesawSpectrum spectrum, AnalysisDefinition analysis)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        RejectPhotonConversion(analysis);
        return DarkSeesawSignal.ForCard(spectrum);
    }

    private static void RejectPhotonConversion(AnalysisDefinition analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if (analysis.Signal == SignalTopology.PhotonConversionInFiducial)
            throw new ArgumentException("this analysis counts single photons converting in the fiducial volume (N -> nu gamma): use the dipole family");
    }
}
