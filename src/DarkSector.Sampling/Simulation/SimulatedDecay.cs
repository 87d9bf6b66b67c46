using DarkSector.Sampling.Geometry;

namespace DarkSector.Sampling.Simulation;

/// <summary>One selected event of a <see cref="DetectorSimulation"/> run, as a lifetime reweighting needs it: the N line
/// of flight, its βγ, the weight without the decay probability, and the analysis bin.</summary>
/// <remarks>The weight is w_gen · BR_visible · exposure · ε, with the efficiency ε evaluated at the decay point drawn
/// for the run's c τ₀ (exact when ε depends on the vertex only through which fiducial volume it is in). Multiply by
/// P_decay(λ = βγ c τ₀) over the fiducial crossings of <paramref name="Flight"/> (<see cref="Weights.DecayInVolume"/>)
/// to get the event's contribution at any c τ₀. Immutable.</remarks>
/// <param name="Flight">Production point (cm) and direction of N.</param>
/// <param name="BetaGamma">βγ = |p_N|/m_N.</param>
/// <param name="Weight">Events for the exposure, without the decay probability.</param>
/// <param name="Bin">Analysis bin of the observable, or −1 if outside the binning.</param>
public readonly record struct SimulatedDecay(Ray Flight, double BetaGamma, double Weight, int Bin);
