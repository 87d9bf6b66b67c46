using DarkSector.Sampling.Experiments;

namespace DarkSector.Sampling.Simulation;

/// <summary>The adaptive driver: grow the sample until a requested Monte Carlo precision.</summary>
public static partial class DetectorSimulation
{
    /// <summary>Runs the simulation with a growing number of events until the relative MC error on
    /// <see cref="SimulationResult.Selected"/> reaches <paramref name="target"/> or the event budget is spent.</summary>
    /// <remarks>Starts at <see cref="SimulationOptions.Events"/>; after each run with relative error r &gt; target the
    /// next run has N·(r/target)²·1.2 events (the error falls as 1/√N), at least 2N and at most
    /// <see cref="PrecisionTarget.MaxEvents"/>. Each run starts afresh from the same seed, so the result is exactly
    /// <see cref="Run"/> at the final event count (reproducible; the earlier runs cost at most about as much again).
    /// A run that selects nothing stops the growth (nothing to be precise about: <see cref="PrecisionRun.Reached"/> is
    /// false). Lifetime reweighting observers are not supported here (the sample changes between runs).</remarks>
    /// <param name="experiment">The experiment plugin.</param>
    /// <param name="analysis">One of its analyses.</param>
    /// <param name="exposures">Exposures to use.</param>
    /// <param name="model">The model point.</param>
    /// <param name="options">Starting event count, seed, VEGAS settings, production sampling.</param>
    /// <param name="target">Requested relative error and event budget.</param>
    /// <param name="progress">Optional progress messages (one per run).</param>
    /// <exception cref="ArgumentException">As <see cref="Run"/>.</exception>
    public static PrecisionRun RunToPrecision(IExperiment experiment, AnalysisDefinition analysis, IReadOnlyList<BeamExposure> exposures,
        ISignalModel model, SimulationOptions options, PrecisionTarget target, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(target);
        int events = Math.Min(options.Events, target.MaxEvents), runs = 0;
        while (true)
        {
            var result = Run(experiment, analysis, exposures, model, options with { Events = events });
            runs++;
            double relative = RelativeError(result);
            progress?.Report($"{events} events: relative MC error {relative:G3} (target {target.RelativeError:G3})");
            if (relative <= target.RelativeError) return new PrecisionRun(result, events, relative, true, runs);
            if (double.IsPositiveInfinity(relative) || events >= target.MaxEvents) return new PrecisionRun(result, events, relative, false, runs);
            events = NextEvents(events, relative, target);
        }
    }

    /// <summary>√(Σ w²)/Σ w of a result; +∞ when nothing is selected.</summary>
    internal static double RelativeError(SimulationResult result) =>
        result.Selected > 0 ? result.McError / result.Selected : double.PositiveInfinity;

    /// <summary>The next event count: N (r/target)² · 1.2, at least 2N, at most the budget.</summary>
    internal static int NextEvents(int events, double relative, PrecisionTarget target)
    {
        double wanted = events * Math.Pow(relative / target.RelativeError, 2) * 1.2;
        return (int)Math.Min(target.MaxEvents, Math.Max(2.0 * events, Math.Ceiling(wanted)));
    }
}
