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

    /// <summary>The target an optional input requests: null without one, else a target at <paramref name="relativeError"/>.</summary>
    /// <param name="relativeError">The requested relative MC error, in (0, 1), or null.</param>
    /// <param name="option">The input's name for the message, e.g. "--precision".</param>
    /// <exception cref="ArgumentOutOfRangeException">Outside (0, 1) or NaN: "OPTION = VALUE must be in (0, 1)".</exception>
    public static PrecisionTarget? Of(double? relativeError, string option) => relativeError is not double r ? null
        : r > 0 && r < 1 ? new PrecisionTarget(r)
        : throw new ArgumentOutOfRangeException(option, r, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{option} = {r} must be in (0, 1)"));

    /// <summary>Target relative MC error on <see cref="SimulationResult.Selected"/>, in (0, 1).</summary>
    public double RelativeError { get; init => field = Check.InOpenRange(value, 0, 1, nameof(RelativeError)); }

    /// <summary>Largest total number of generated events of the final run, ≥ 100 (default 4,000,000).</summary>
    public int MaxEvents { get; init => field = Check.AtLeast(value, 100, nameof(MaxEvents)); } = 4_000_000;
}
