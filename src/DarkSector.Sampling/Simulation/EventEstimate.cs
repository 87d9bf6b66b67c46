namespace DarkSector.Sampling.Simulation;

/// <summary>An expected number of events with its Monte Carlo error √(Σ w²) over the events that contribute.</summary>
/// <param name="Value">Expected events (for the exposure used).</param>
/// <param name="McError">Monte Carlo error of <paramref name="Value"/>, same units.</param>
public readonly record struct EventEstimate(double Value, double McError);
