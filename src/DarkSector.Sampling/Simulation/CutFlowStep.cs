namespace DarkSector.Sampling.Simulation;

/// <summary>One step of a cut flow: the events surviving a cut and the cut's acceptance relative to the step before.</summary>
/// <param name="Cut">Name of the cut.</param>
/// <param name="Events">Expected events after this cut and all before it.</param>
/// <param name="Acceptance">Events / events before this cut (the first cut relative to all events in the fiducial
/// volumes); 0 when nothing reached the cut.</param>
public sealed record CutFlowStep(string Cut, double Events, double Acceptance);
