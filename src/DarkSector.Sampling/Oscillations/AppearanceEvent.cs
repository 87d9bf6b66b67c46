namespace DarkSector.Sampling.Oscillations;

/// <summary>One simulated event of a fully oscillated (100% ν_μ → ν_e transmutation) Monte Carlo sample.</summary>
/// <param name="Bin">Analysis bin of the event's reconstructed observable; negative when it falls in no bin.</param>
/// <param name="LengthOverEnergyKmPerGeV">True baseline over true neutrino energy, km/GeV; finite, ≥ 0.</param>
/// <param name="Weight">Expected events this simulated event stands for at the analysis's exposure under full
/// transmutation (already divided by the sample's normalisation); finite, ≥ 0.</param>
public readonly record struct AppearanceEvent(int Bin, double LengthOverEnergyKmPerGeV, double Weight);
