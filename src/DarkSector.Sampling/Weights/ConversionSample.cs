using DarkSector.Physics.Kinematics;

namespace DarkSector.Sampling.Weights;

/// <summary>A photon conversion point.</summary>
/// <param name="DistanceCm">Distance from the photon's origin, cm.</param>
/// <param name="PositionCm">The point, cm.</param>
/// <param name="Volume">Index of the detector volume.</param>
/// <param name="ProbabilityDensityPerCm">Density of the sampled distance given conversion in the accepted volumes,
/// μ(t)·exp(−τ(t))/P, per cm.</param>
/// <param name="Probability">P, the probability to convert in the accepted volumes: the event's weight factor.</param>
internal readonly record struct ConversionSample(double DistanceCm, ThreeVector PositionCm, int Volume, double ProbabilityDensityPerCm, double Probability);
