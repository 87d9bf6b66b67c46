using DarkSector.Physics.Kinematics;

namespace DarkSector.Sampling.Weights;

/// <summary>An interaction point placed on a neutrino's line of sight.</summary>
/// <param name="DistanceCm">Distance from the ray origin along the line, cm.</param>
/// <param name="PositionCm">The point, cm.</param>
/// <param name="Volume">Index of the detector volume that holds it.</param>
/// <param name="ProbabilityDensityPerCm">Density of the sampled distance, n(t)/N_col, per cm.</param>
/// <param name="ColumnDensityPerCm2">N_col = ∫ n dt over the line, targets per cm²: the event's weight factor.</param>
internal readonly record struct VertexSample(double DistanceCm, ThreeVector PositionCm, int Volume, double ProbabilityDensityPerCm, double ColumnDensityPerCm2);
