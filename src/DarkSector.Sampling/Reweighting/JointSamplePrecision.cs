using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Reweighting;

/// <summary>What a joint sample grown to a requested precision reached (<see cref="JointSampleGenerator.GenerateToPrecision"/>):
/// every point's relative MC error on its selected signal at its own parameters, the events per point of the final
/// sample and the number of generations.</summary>
/// <param name="Target">The requested precision and event budget.</param>
/// <param name="EventsPerPoint">Events per point of the final sample.</param>
/// <param name="PointErrors">Per point, √(Σw²)/Σw over its selected events, bins summed; +∞ where it selects nothing.</param>
/// <param name="Rounds">Generations of the whole sample (1: the start was precise enough or at the budget).</param>
public sealed record JointSamplePrecision(PrecisionTarget Target, int EventsPerPoint, IReadOnlyList<double> PointErrors, int Rounds)
{
    /// <summary>Points that select events (the others do not count toward the target).</summary>
    public int PointsWithSignal => PointErrors.Count(double.IsFinite);

    /// <summary>Points whose error is at most the target.</summary>
    public int PointsReached => PointErrors.Count(r => r <= Target.RelativeError);

    /// <summary>The largest finite point error (0 when no point selects events).</summary>
    public double Worst => PointErrors.Where(double.IsFinite).DefaultIfEmpty(0).Max();

    /// <summary>Whether every point that selects events reached the target (and at least one does).</summary>
    public bool Reached => PointsWithSignal > 0 && PointsReached == PointsWithSignal;
}
