namespace DarkSector.Sampling.Vegas;

/// <summary>The estimate of one VEGAS iteration.</summary>
/// <param name="Index">0-based index among all iterations of the run (warm-up first).</param>
/// <param name="IsWarmup">Whether the iteration is a discarded warm-up iteration.</param>
/// <param name="Integral">Estimate of the integral, in the units of f times the domain volume.</param>
/// <param name="Error">Its standard error (same unit).</param>
/// <param name="Evaluations">Integrand evaluations used.</param>
public readonly record struct VegasIteration(int Index, bool IsWarmup, double Integral, double Error, long Evaluations);
