namespace DarkSector.Sampling.Experiments;

/// <summary>Where the visible signal of an analysis must occur.</summary>
public enum SignalTopology
{
    /// <summary>The heavy neutral lepton decays (e.g. to ν e⁺e⁻) inside a fiducial volume: weighted by the lifetime
    /// weight Σ_j [exp(−a_j/λ) − exp(−b_j/λ)] (method.md).</summary>
    DecayInFiducial,

    /// <summary>The heavy neutral lepton decays to ν γ and the photon converts inside a fiducial volume (pair-production
    /// length 9/7 X₀ of each material on its way).</summary>
    PhotonConversionInFiducial,
}
