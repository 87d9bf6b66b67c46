using DarkSector.Sampling.Experiments;

namespace DarkSector.Sampling.Simulation;

/// <summary>
/// The expected signal of a model point made of several independently produced states (e.g. every heavy state of a
/// dark-seesaw card, <see cref="DarkSeesawSignal.ForCard"/>): one <see cref="DetectorSimulation"/> run per state, summed.
/// </summary>
/// <remarks>
/// <para>Rates add because the states are distinct final states of incoherent upscattering processes; each state's run
/// has its own seed, so the MC errors are independent and add in quadrature. Per-bin sums, per-volume/nucleus/process
/// splits summed; the cut flow is kept only for a single state (acceptances of different states do not add).</para>
/// <para>Events are allocated by a pilot (<see cref="PilotFraction"/> of <see cref="SimulationOptions.Events"/>, split
/// equally, seeds seed + n + i): the main runs (seeds seed + i) get the rest in proportion to each state's pilot
/// per-event standard deviation σ_i = δ_i √n_i (Neyman allocation, which minimises the summed variance Σ σ_i²/n_i for
/// a fixed total; Cochran, <i>Sampling Techniques</i>, 3rd ed., §5.5), after 100 each. On a card whose rate is
/// carried by one state an equal split gives that state 1/n of the events; the allocation gives it almost all of them.
/// The estimate uses the main runs only (the pilot's data set the allocation, not the sum), so it stays unbiased.
/// Deterministic for a seed.</para>
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
        int n = models.Count;
        var pilot = new SimulationResult?[n];
        Physics.DarkSectorException? none = null;
        int pilotEvents = Math.Max(MinimumEvents, (int)(PilotFraction * options.Events / n));
        for (int i = 0; i < n; i++)
        {
            progress?.Report($"pilot, state {i + 1}/{n}: {models[i].Description}");
            var part = options with { Events = pilotEvents, Seed = unchecked(options.Seed + (ulong)(n + i)) };
            try { pilot[i] = DetectorSimulation.Run(experiment, analysis, exposures, models[i], part, progress); }
            catch (Physics.DarkSectorException e) { none = e; }   // this state is not produced by any beam flavour here
        }
        if (pilot.All(p => p is null)) throw none!;
        var sigma = pilot.Select(p => p is null ? 0 : p.McError * Math.Sqrt(pilotEvents)).ToArray();
        var events = Allocate(sigma, pilot.Select(p => p is not null).ToArray(), Math.Max(0, options.Events - n * pilotEvents));
        var results = new List<SimulationResult>();
        for (int i = 0; i < n; i++)
        {
            if (pilot[i] is null) continue;
            progress?.Report($"state {i + 1}/{n} ({events[i]} events): {models[i].Description}");
            results.Add(DetectorSimulation.Run(experiment, analysis, exposures, models[i], options with { Events = events[i], Seed = unchecked(options.Seed + (ulong)i) }, progress));
        }
        return Add(results);
    }

    /// <summary>Fraction of the events spent on the pilot runs that set the allocation.</summary>
    public const double PilotFraction = 0.1;

    private const int MinimumEvents = 100;

    /// <summary>Neyman allocation of <paramref name="total"/> events over the states that run: <see cref="MinimumEvents"/>
    /// each, the rest ∝ σ_i (equal shares if every σ_i is 0).</summary>
    internal static int[] Allocate(IReadOnlyList<double> sigma, IReadOnlyList<bool> runs, int total)
    {
        int count = runs.Count(r => r);
        var events = new int[sigma.Count];
        double sum = Enumerable.Range(0, sigma.Count).Where(i => runs[i]).Sum(i => sigma[i]);
        int rest = Math.Max(0, total - count * MinimumEvents);
        for (int i = 0; i < sigma.Count; i++)
        {
            if (!runs[i]) continue;
            double share = sum > 0 ? sigma[i] / sum : 1.0 / count;
            events[i] = MinimumEvents + (int)Math.Round(share * rest);
        }
        return events;
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
            // independent results: Σw² adds per bin (empty when one of them lacks it)
            BinSumOfSquares = results.All(r => r.BinSumOfSquares.Count == bins)
                ? Enumerable.Range(0, bins).Select(b => results.Sum(r => r.BinSumOfSquares[b])).ToArray() : [],
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
