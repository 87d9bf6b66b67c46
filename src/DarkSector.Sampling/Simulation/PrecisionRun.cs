namespace DarkSector.Sampling.Simulation;

/// <summary>The outcome of <see cref="DetectorSimulation.RunToPrecision"/>: the final simulation and whether it reached
/// the requested precision.</summary>
/// <param name="Result">The final run (identical to <see cref="DetectorSimulation.Run"/> with <paramref name="Events"/>
/// events and the same seed).</param>
/// <param name="Events">Generated events requested for the final run.</param>
/// <param name="RelativeError">√(Σ w²)/Σ w of the final run; +∞ when nothing is selected.</param>
/// <param name="Reached">Whether <paramref name="RelativeError"/> is at or below the target.</param>
/// <param name="Runs">Number of simulation runs made (the sample grows between them).</param>
public sealed record PrecisionRun(SimulationResult Result, int Events, double RelativeError, bool Reached, int Runs);
