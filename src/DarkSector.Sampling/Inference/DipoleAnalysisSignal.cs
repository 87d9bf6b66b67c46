using DarkSector.Physics.Models.Dipole;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Inference;

/// <summary>Which dipole-portal signal an analysis sees: its topology and observable decide the visible channels.</summary>
public static class DipoleAnalysisSignal
{
    /// <summary>Single-shower Cherenkov analyses (MiniBooNE: E_QE and cos θ) see N → ν γ and N → ν e⁺e⁻ as one shower.</summary>
    /// <param name="analysis">The analysis.</param>
    public static bool IsSingleShower(AnalysisDefinition analysis) => analysis.Binning.Observable is "E_QE" or "cos_theta";

    /// <summary>
    /// <see cref="DipoleSingleShowerSignal"/> for single-shower analyses, <see cref="DipolePhotonSignal"/> when the photon
    /// must convert in the fiducial volume (MINERvA), otherwise <see cref="DipoleSignal"/> (N → ν e⁺e⁻, T2K).
    /// </summary>
    /// <param name="parameters">The dipole model point.</param>
    /// <param name="analysis">The analysis.</param>
    public static ISignalModel For(DipoleParameters parameters, AnalysisDefinition analysis)
    {
        if (IsSingleShower(analysis)) return new DipoleSingleShowerSignal(parameters);
        return analysis.Signal == SignalTopology.PhotonConversionInFiducial ? new DipolePhotonSignal(parameters) : new DipoleSignal(parameters);
    }
}
