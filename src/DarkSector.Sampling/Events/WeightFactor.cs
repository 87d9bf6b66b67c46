namespace DarkSector.Sampling.Events;

/// <summary>
/// The named factors whose product is an event's weight (method.md, "Weights"): each is stored in its own column so
/// that any one can be recomputed later (reweighting) without regenerating the sample.
/// </summary>
public enum WeightFactor
{
    /// <summary>Importance-sampling weight of the generator (VEGAS): Σ_i w_i estimates ∫ flux·σ·(decay distribution); in cm² per POT per target.</summary>
    Generator = 0,

    /// <summary>Coupling rescaling w_σ = (coupling product at the wanted point) / (same at generation); 1 at generation.</summary>
    CrossSectionCoupling = 1,

    /// <summary>Branching ratio of the generated decay channel.</summary>
    BranchingRatio = 2,

    /// <summary>Probability to decay inside the fiducial volume(s), w_τ; 1 when no geometry is applied.</summary>
    DecayInVolume = 3,

    /// <summary>Selection efficiency w_eff (0 if the event fails the cuts); 1 before selection.</summary>
    Selection = 4,

    /// <summary>Exposure: number of targets × POT; 1 for a per-target, per-POT sample.</summary>
    Exposure = 5,
}
