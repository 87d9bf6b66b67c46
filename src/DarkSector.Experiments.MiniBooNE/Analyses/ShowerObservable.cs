namespace DarkSector.Experiments.MiniBooNE.Analyses;

/// <summary>Observable of a single-shower analysis.</summary>
internal enum ShowerObservable
{
    /// <summary>Reconstructed neutrino energy under the CCQE hypothesis, MeV.</summary>
    EnergyQeMeV,

    /// <summary>Cosine of the shower angle to the beam.</summary>
    CosTheta,
}
