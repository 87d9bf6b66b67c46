using DarkSector.Physics;

namespace DarkSector.Sampling.Simulation;

/// <summary>A requested Monte Carlo precision for <see cref="DetectorSimulation.RunToPrecision"/>: the relative MC error
/// on the selected signal, √(Σ w²)/Σ w, and the event budget that bounds the work.</summary>
/// <remarks>The budget is in events, not seconds, so a result depends only on the inputs and the seed, never on the
/// machine. Immutable; validated on initialisation.</remarks>
public sealed record PrecisionTarget
{
    /// <summary>Creates a target.</summary>
    /// <param name="relativeError">Target relative MC error on <see cref="SimulationResult.Selected"/>, in (0, 1).</param>
    public PrecisionTarget(double relativeError) => RelativeError = relativeError;

    /// <summary>Target relative MC error on <see cref="SimulationResult.Selected"/>, in (0, 1).</summary>
    public double RelativeError { get; init => field = Check.InOpenRange(value, 0, 1, nameof(RelativeError)); }

    /// <summary>Largest total number of generated events of the final run, ≥ 100 (default 4,000,000).</summary>
    public int MaxEvents { get; init => field = Check.AtLeast(value, 100, nameof(MaxEvents)); } = 4_000_000;
}
