namespace DarkSector.Sampling.Simulation;

/// <summary>The named factors whose product is one event's weight in a <see cref="DetectorSimulation"/> run (method.md,
/// "Weights"): w = w_gen · POT · BR · q_prod · P_decay · ε, in events for the exposure.</summary>
/// <remarks>
/// <para>The generator weight w_gen carries the flux, the cross section and the generator's (VEGAS) sampling density:
/// Σ w_gen over the sample estimates Σ_k n_k ∫ Φ σ_k (cm² per POT, the target group's nuclei counted in the processes'
/// multiplicities, <see cref="Events.WeightFactor.Generator"/>). The production-point factor is the ratio of the uniform
/// density in the volume to the density the point was drawn from, (1/V)/q(x) (<see cref="ProductionPointSampling"/>; 1 for
/// a uniform draw): the sampler's density, reported with every event.</para>
/// <para>The products are taken in the simulation's order ((((w_gen · POT) · BR) · q_prod) · P_decay) · ε, so
/// <see cref="Total"/> is bit for bit the weight the run adds.</para>
/// </remarks>
/// <param name="Generator">w_gen: flux × cross section over the generator's density, cm² per POT.</param>
/// <param name="Exposure">Protons on target of the run's beam, shared equally over the passes its events are drawn in.</param>
/// <param name="BranchingRatio">Branching ratio of the generated visible decay channel.</param>
/// <param name="ProductionPoint">The production point's sampling factor: the volume draw's π_v/q_v (EventAllocation.ByVariance;
/// 1 for the natural draw) times (1/V)/q(x) of the point's sampler (1 for a uniform draw).</param>
/// <param name="DecayInVolume">Probability to decay inside the fiducial volumes at the run's lifetime (for photon
/// conversion: to decay and convert there).</param>
/// <param name="Efficiency">Selection efficiency of the reconstructed event (0 if it fails the cuts).</param>
public readonly record struct SimulationWeight(double Generator, double Exposure, double BranchingRatio, double ProductionPoint,
    double DecayInVolume, double Efficiency)
{
    /// <summary>Upscattered N for the exposure: w_gen · POT.</summary>
    public double Production => Generator * Exposure;

    /// <summary>The weight without the decay probability and the efficiency: w_gen · POT · BR · q_prod (the weight a
    /// lifetime reweighting starts from, <see cref="SimulatedDecay.Weight"/>).</summary>
    public double BeforeDecay => Production * BranchingRatio * ProductionPoint;

    /// <summary>The event's selected weight: the product of all six factors.</summary>
    public double Total => BeforeDecay * DecayInVolume * Efficiency;
}
