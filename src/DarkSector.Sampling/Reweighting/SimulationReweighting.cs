using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Reweighting;

/// <summary>Fills <see cref="ReweightingEvents"/> from a <see cref="DetectorSimulation"/> run: the events that some c τ₀
/// can select, with their accepting fiducial crossings, so that the signal can be recomputed at any coupling and c τ₀
/// without simulating again.</summary>
/// <remarks>
/// For each such event (<see cref="SimulatedDecay"/>) the passages of the N line of flight through the
/// <see cref="VolumeRole.Fiducial"/> volumes where the selection accepts a decay are stored with their efficiencies
/// (method.md, w_τ·w_eff); for <see cref="SignalTopology.PhotonConversionInFiducial"/> the whole decay line is stored as
/// segments weighted by the selection efficiency times the photon's conversion probability (<see cref="SimulatedDecay"/>);
/// events outside the analysis binning are dropped. Events are
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
        var point = theta.ToArray();
        return DetectorSimulation.Run(experiment, analysis, analysis.Exposures, model, options, null, decay =>
        {
            if (decay.Bin < 0) return;
            events.Add(point, decay.Weight * weightScale, prior, decay.Bin, decay.BetaGamma, decay.Crossings.Span, decay.Efficiencies.Span);
        });
    }
}
