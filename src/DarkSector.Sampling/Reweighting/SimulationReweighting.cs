using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Reweighting;

/// <summary>Fills <see cref="ReweightingEvents"/> from a <see cref="DetectorSimulation"/> run: the selected events with
/// their fiducial crossings, so that the signal can be recomputed at any coupling and c τ₀ without simulating again.</summary>
/// <remarks>
/// For each selected event (<see cref="SimulatedDecay"/>) the N line of flight is traced through the detector and the
/// passages through volumes with the <see cref="VolumeRole.Fiducial"/> role are stored (method.md, w_τ). Events are
/// appended in the simulation's event order, so the result is deterministic for a seed. Thread-safe for distinct
/// <see cref="ReweightingEvents"/> targets.
/// </remarks>
public static class SimulationReweighting
{
    /// <summary>Runs the simulation of <paramref name="model"/> and appends its selected events to <paramref name="events"/>.</summary>
    /// <param name="experiment">The experiment.</param>
    /// <param name="analysis">Its analysis; <see cref="ReweightingEvents.BinCount"/> must equal its number of bins.</param>
    /// <param name="model">The model point of generation (finite c τ₀).</param>
    /// <param name="options">Events and seed.</param>
    /// <param name="theta">The kernel parameters of this point (e.g. (m_N, m_Z')), length <see cref="ReweightingEvents.ParameterCount"/>.</param>
    /// <param name="prior">q(θ) to record with each event (in the events' measure); &gt; 0. For a sample at one point any value.</param>
    /// <param name="weightScale">Factor on every weight (e.g. 1/M when M points are stacked into one joint sample); &gt; 0.</param>
    /// <param name="events">Receives the events.</param>
    /// <returns>The simulation's own summary at the generation point.</returns>
    /// <exception cref="ArgumentException">Bin count mismatch or invalid arguments (see <see cref="DetectorSimulation.Run"/>).</exception>
    public static SimulationResult Collect(IExperiment experiment, AnalysisDefinition analysis, ISignalModel model, SimulationOptions options,
        ReadOnlySpan<double> theta, double prior, double weightScale, ReweightingEvents events)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(events);
        Physics.Check.Positive(weightScale);
        if (events.BinCount != analysis.Binning.Count)
            throw new ArgumentException($"events have {events.BinCount} bins; analysis '{analysis.Id}' has {analysis.Binning.Count}", nameof(events));
        var detector = experiment.Detector;
        var all = new VolumeSegment[detector.MaxSegments];
        var fiducial = new RaySegment[detector.MaxSegments];
        var point = theta.ToArray();
        return DetectorSimulation.Run(experiment, analysis, analysis.Exposures, model, options, null, decay =>
        {
            if (decay.Bin < 0) return;
            int n = detector.Trace(decay.Flight, all), count = 0;
            for (int i = 0; i < n; i++)
                if ((detector.Volumes[all[i].Volume].Role & VolumeRole.Fiducial) != 0 && all[i].Exit > 0)
                    fiducial[count++] = new RaySegment(all[i].Entry, all[i].Exit);
            events.Add(point, decay.Weight * weightScale, prior, decay.Bin, decay.BetaGamma, fiducial.AsSpan(0, count));
        });
    }
}
