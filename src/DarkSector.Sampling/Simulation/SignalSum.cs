using DarkSector.Sampling.Experiments;

namespace DarkSector.Sampling.Simulation;

/// <summary>
/// The expected signal of a model point made of several independently produced states (e.g. every heavy state of a
/// dark-seesaw card, <see cref="DarkSeesawSignal.ForCard"/>): one <see cref="DetectorSimulation"/> run per state, summed.
/// </summary>
/// <remarks>
/// Rates add because the states are distinct final states of incoherent upscattering processes. Each run gets
/// <see cref="SimulationOptions.Events"/>/n events (at least 100) and its own seed (seed + i), so the MC errors are
/// independent and add in quadrature. Per-bin sums, per-volume/nucleus/process splits summed; the cut flow is kept only
/// for a single state (acceptances of different states do not add). Deterministic for a seed.
/// </remarks>
public static class SignalSum
{
    /// <summary>Simulates every model and sums the results.</summary>
    /// <param name="experiment">The experiment.</param>
    /// <param name="analysis">The analysis.</param>
    /// <param name="exposures">Exposures (see <see cref="DetectorSimulation.Run"/>).</param>
    /// <param name="models">At least one model.</param>
    /// <param name="options">Total event count and seed.</param>
    /// <param name="progress">Optional progress messages.</param>
    /// <exception cref="ArgumentException">No model.</exception>
    /// <exception cref="Physics.DarkSectorException">No model produces N at this experiment.</exception>
    public static SimulationResult Run(IExperiment experiment, AnalysisDefinition analysis, IReadOnlyList<BeamExposure> exposures,
        IReadOnlyList<ISignalModel> models, SimulationOptions options, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(options);
        if (models.Count == 0) throw new ArgumentException("give at least one model", nameof(models));
        if (models.Count == 1) return DetectorSimulation.Run(experiment, analysis, exposures, models[0], options, progress);
        var results = new List<SimulationResult>();
        Physics.DarkSectorException? none = null;
        for (int i = 0; i < models.Count; i++)
        {
            progress?.Report($"state {i + 1}/{models.Count}: {models[i].Description}");
            var part = options with { Events = Math.Max(100, options.Events / models.Count), Seed = unchecked(options.Seed + (ulong)i) };
            try { results.Add(DetectorSimulation.Run(experiment, analysis, exposures, models[i], part, progress)); }
            catch (Physics.DarkSectorException e) { none = e; }   // this state is not produced by any beam flavour here
        }
        if (results.Count == 0) throw none!;
        return Add(results);
    }

    /// <summary>The sum of independent results of one analysis (same binning).</summary>
    /// <exception cref="ArgumentException">No result, or different bin counts.</exception>
    public static SimulationResult Add(IReadOnlyList<SimulationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0) throw new ArgumentException("give at least one result", nameof(results));
        if (results.Count == 1) return results[0];
        int bins = results[0].Bins.Count;
        if (results.Any(r => r.Bins.Count != bins)) throw new ArgumentException("the results have different bin counts", nameof(results));
        var sum = new double[bins];
        foreach (var r in results)
            for (int b = 0; b < bins; b++) sum[b] += r.Bins[b];
        return new SimulationResult
        {
            Upscattered = results.Sum(r => r.Upscattered),
            UpscatteredSelected = results.Sum(r => r.UpscatteredSelected),
            Selected = results.Sum(r => r.Selected),
            SelectedByVolume = Merge(results.Select(r => r.SelectedByVolume)),
            SelectedByNucleus = Merge(results.Select(r => r.SelectedByNucleus)),
            UpscatteredByVolume = Merge(results.Select(r => r.UpscatteredByVolume)),
            UpscatteredByProcess = Merge(results.Select(r => r.UpscatteredByProcess)),
            UpscatteredByNucleus = Merge(results.Select(r => r.UpscatteredByNucleus)),
            SelectedByProcess = Merge(results.Select(r => r.SelectedByProcess)),
            McError = Math.Sqrt(results.Sum(r => r.McError * r.McError)),
            Bins = sum,
            Events = results.Sum(r => r.Events),
        };
    }

    private static Dictionary<string, double> Merge(IEnumerable<IReadOnlyDictionary<string, double>> parts)
    {
        var merged = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var part in parts)
            foreach (var (key, value) in part) merged[key] = merged.GetValueOrDefault(key) + value;
        return merged;
    }

    private static Dictionary<string, EventEstimate> Merge(IEnumerable<IReadOnlyDictionary<string, EventEstimate>> parts)
    {
        var merged = new Dictionary<string, EventEstimate>(StringComparer.Ordinal);
        foreach (var part in parts)
            foreach (var (key, value) in part)
            {
                var old = merged.GetValueOrDefault(key);
                merged[key] = new EventEstimate(old.Value + value.Value, Math.Sqrt(old.McError * old.McError + value.McError * value.McError));
            }
        return merged;
    }
}
