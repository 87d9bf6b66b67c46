using DarkSector.Sampling.Geometry;

namespace DarkSector.Sampling.Simulation;

/// <summary>One event of a <see cref="DetectorSimulation"/> run that some c τ₀ can select, as a lifetime reweighting
/// needs it: the N line of flight, its βγ, the weight without decay probability and selection, the analysis bin, and the
/// fiducial crossings whose decays the selection accepts, each with its efficiency.</summary>
/// <remarks>The weight is w_gen · BR_visible · exposure (times the production-point importance factor when
/// <see cref="SimulationOptions.ProductionSampling"/> samples the event's volume along the lines of sight). For each fiducial crossing j (entry a_j, exit b_j along
/// <paramref name="Flight"/>) the selection efficiency ε_j is evaluated with the decay vertex at the crossing's midpoint
/// (exact when ε depends on the vertex only through which fiducial volume it is in); only crossings with ε_j &gt; 0 are
/// given. The event's contribution at any c τ₀ is Weight · Σ_j ε_j [exp(−a_j/λ) − exp(−b_j/λ)], λ = βγ c τ₀
/// (method.md, "Weights"), independent of the decay point drawn for the run's c τ₀. <paramref name="Crossings"/> and
/// <paramref name="Efficiencies"/> are views of buffers the simulation reuses: valid only during the observer call
/// (copy them to keep them). Photon-conversion topology: the crossings are segments of the whole decay line and ε_j the
/// selection efficiency times the probability that the photon of a decay there converts in a fiducial volume
/// (DetectorSimulation.ConversionSegments), so the same formula gives the event's contribution.</remarks>
/// <param name="Flight">Production point (cm) and direction of N.</param>
/// <param name="BetaGamma">βγ = |p_N|/m_N.</param>
/// <param name="Weight">Events for the exposure, without the decay probability and the selection efficiency.</param>
/// <param name="Bin">Analysis bin of the observable, or −1 if outside the binning.</param>
/// <param name="Crossings">Accepting fiducial crossings, cm from the production point along the flight (entry ≥ 0).</param>
/// <param name="Efficiencies">Selection efficiency in (0, 1] for a decay in each crossing (same length).</param>
public readonly record struct SimulatedDecay(Ray Flight, double BetaGamma, double Weight, int Bin,
    ReadOnlyMemory<RaySegment> Crossings, ReadOnlyMemory<float> Efficiencies)
{
    /// <summary>The event's named weight factors at the run's lifetime (<see cref="SimulationWeight"/>; its
    /// <see cref="SimulationWeight.BeforeDecay"/> is <see cref="Weight"/>, its production-point factor the sampler's
    /// density ratio); default when the decay was not made by a <see cref="DetectorSimulation"/> run.</summary>
    public SimulationWeight Factors { get; init; }
}
