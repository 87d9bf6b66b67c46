namespace DarkSector.Sampling.Events;

/// <summary>
/// The named factors whose product is an event's weight (method.md, "Weights"): each is stored in its own column so
/// that any one can be recomputed later (reweighting) without regenerating the sample.
/// </summary>
/// <remarks>
/// Units: the generator weight is per <em>exposure unit</em>, the set of targets its processes count (each process's
/// multiplicity, see <see cref="Generation.UpscatteringProcess.Multiplicity"/>). For <c>darksector generate</c> that is one
/// target nucleus (coherent ×1, its Z protons, its A − Z neutrons), and the exposure factor is then targets × POT. The
/// detector simulation (<see cref="Simulation.DetectorSimulation"/>) already counts the N_X nuclei of each target group in
/// the multiplicities, so its exposure unit is the whole group and only the POT multiply the weight.
/// </remarks>
internal enum WeightFactor
{
    /// <summary>Importance-sampling weight of the generator (VEGAS): Σ_i w_i estimates Σ_k n_k ∫ flux·σ_k·(decay distribution); in cm² per POT per exposure unit (per target nucleus for <c>generate</c>).</summary>
    Generator = 0,

    /// <summary>Coupling rescaling w_σ = (coupling product at the wanted point) / (same at generation); 1 at generation.</summary>
    CrossSectionCoupling = 1,

    /// <summary>Branching ratio of the generated decay channel.</summary>
    BranchingRatio = 2,

    /// <summary>Probability to decay inside the fiducial volume(s), w_τ; 1 when no geometry is applied.</summary>
    DecayInVolume = 3,

    /// <summary>Selection efficiency w_eff (0 if the event fails the cuts); 1 before selection.</summary>
    Selection = 4,

    /// <summary>Exposure: number of exposure units × POT (targets × POT for a per-target sample; POT alone when the generator weight already counts the detector's nuclei); 1 for a per-exposure-unit, per-POT sample.</summary>
    Exposure = 5,
}
