using DarkSector.Sampling.Generation;

namespace DarkSector.Sampling.Simulation;

/// <summary>A generation model together with the nucleus each of its processes scatters on.</summary>
/// <param name="Model">The generation model.</param>
/// <param name="NucleusOfProcess">For process k of <paramref name="Model"/>, the index of its nucleus in the list the
/// model was built for.</param>
public sealed record SignalProcesses(GenerationModel Model, IReadOnlyList<int> NucleusOfProcess);
