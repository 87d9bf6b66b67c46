using System.Collections.Concurrent;
using System.Globalization;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Sampling.Simulation;

public static partial class DetectorSimulation
{
    private const int MaxSharedWarmups = 256;
    private const int MinAdaptationEvaluations = 1000;
    private static readonly ConcurrentDictionary<WarmupKey, Lazy<(EventGenerator.AdaptedMap Adapted, string[] Targets)?>> SharedWarmups = new();

    /// <summary>The adapted generator of every run, from VEGAS warm-ups shared between simulations.</summary>
    /// <remarks>
    /// <para>A run (beam, target group) is adapted as a canonical run: the same beam and the group of the same name in
    /// the detector with every volume selected, with every process kind, the VEGAS settings of
    /// <see cref="AdaptationFor"/> and a seed derived from the options' seed, the beam and the group. That adaptation
    /// depends only on the flux table, the group's nuclei and their totals, the model point, the VEGAS settings and the
    /// seed (its key, compared by content), so it is computed once per process and reused by every simulation that needs
    /// it: a figure and its as-published variant at the same mass, a rerun, repeated predictions. A run whose processes
    /// are the canonical run's (all kinds selected) samples from that adapted state exactly (its passes continue the
    /// canonical seed's streams); a run with fewer processes (e.g. coherent only) starts VEGAS from the canonical map
    /// (energy, Q², azimuth, channel and decay axes; the process axis and stratification uniform) and adapts it to its own
    /// processes for one warm-up and one adaptive iteration of n = min(max(2 N/R, 1000), E) evaluations, N/R its share of
    /// the events and E <see cref="VegasOptions.Evaluations"/>, when <see cref="SimulationOptions.ScaleAdaptation"/> and
    /// 2 N/R &lt; E (a small run; otherwise a run with fewer processes adapts on its own: the short refine costs it
    /// variance); a group with no canonical counterpart (a
    /// custom volume selection regrouped the target volumes) adapts on its own. The events are always drawn from the run's own
    /// integrand with the exact VEGAS density, so each choice is unbiased; only the work differs.</para>
    /// <para>Deterministic: a shared adaptation is a function of its key alone and computed once per key whatever the
    /// thread that first needs it, so results are bit-identical for a seed on any number of threads and in any order of
    /// simulations. Model points that agree on the key (model type, description, mass, c τ₀, visible BR) must have the same
    /// processes; the built-in signals' descriptions name every parameter.</para>
    /// </remarks>
    private static EventGenerator.GeneratorStream[] AdaptRuns(IExperiment experiment, ISignalModel model, SimulationOptions options,
        IReadOnlyList<(BeamFlux Beam, Group Group, SignalProcesses Processes, bool Complete)> runs)
    {
        var streams = new EventGenerator.GeneratorStream[runs.Count];
        int perRun = Math.Max(100, options.Events / runs.Count);
        var vegas = AdaptationFor(options, perRun);
        int refine = Math.Min(Math.Max(2 * perRun, MinAdaptationEvaluations), vegas.Evaluations);
        // the short refine from the canonical map pays only for small runs: at n = 1,250 it costs 5,000 evaluations
        // against 18,750 of an own adaptation, for 1.5x the variance (ND280 coherent only); for runs as large as the
        // VEGAS settings it gave 1.7x the variance for more work (MicroBooNE, 1e6 events), so those adapt on their own
        bool small = options.ScaleAdaptation && 2 * perRun < options.Vegas.Evaluations;
        for (int r = 0; r < runs.Count; r++)
        {
            var (beam, group, processes, complete) = runs[r];
            var generation = new GenerationOptions
            {
                Events = perRun,
                Vegas = vegas with { Seed = unchecked(options.Seed * 0x9E3779B97F4A7C15UL + (ulong)r) },
                Model = model.Description,
            };
            var generator = new EventGenerator(beam.Spectrum, processes.Model);
            if (!complete && !small)
                streams[r] = generator.Adapt(generation);
            else if (SharedWarmup(experiment, model, options.Seed, vegas, beam, group) is not var (shared, targets, seed))
                streams[r] = generator.Adapt(generation);
            else if (processes.Model.Processes.Select(p => p.Target.Name).SequenceEqual(targets))
                streams[r] = generator.Resume(generation with { Vegas = vegas with { Seed = seed } }, shared);
            else
                streams[r] = generator.Adapt(generation with
                {
                    Vegas = generation.Vegas with { WarmupIterations = 1, WarmupEvaluations = refine, Iterations = 1, Evaluations = refine },
                }, shared);
        }
        return streams;
    }

    /// <summary>Forgets every shared VEGAS adaptation (memory; results do not depend on it, see <see cref="AdaptRuns"/>).</summary>
    internal static void ClearSharedWarmups() => SharedWarmups.Clear();

    /// <summary>The VEGAS settings a run adapts with: <see cref="SimulationOptions.Vegas"/>, with, when
    /// <see cref="SimulationOptions.ScaleAdaptation"/>, at most max(n, 1000) evaluations per warm-up iteration and
    /// max(2n, 1000) per adaptive iteration, n the run's share of the events (the adaptation then costs a few times the
    /// events it prepares instead of a fixed 60,000 evaluations per run).</summary>
    private static VegasOptions AdaptationFor(SimulationOptions options, int perRun)
    {
        var vegas = options.Vegas;
        if (!options.ScaleAdaptation) return vegas;
        return vegas with
        {
            WarmupEvaluations = Math.Min(vegas.WarmupEvaluations, Math.Max(perRun, MinAdaptationEvaluations)),
            Evaluations = Math.Min(vegas.Evaluations, Math.Max(2 * perRun, MinAdaptationEvaluations)),
        };
    }

    /// <summary>The canonical adaptation of the run (<paramref name="beam"/>, <paramref name="group"/>), its processes'
    /// target names and its seed (see <see cref="AdaptRuns"/>); null if the detector has no group of that name and
    /// volumes, or the beam produces N in none of its nuclei.</summary>
    private static (EventGenerator.AdaptedMap Adapted, string[] Targets, ulong Seed)? SharedWarmup(IExperiment experiment, ISignalModel model,
        ulong optionsSeed, VegasOptions vegas, BeamFlux beam, Group group)
    {
        var detector = experiment.Detector;
        int beamIndex = 0;
        for (int b = 0; b < experiment.Beams.Count; b++)
            if (ReferenceEquals(experiment.Beams[b], beam)) beamIndex = b;
        var canonical = new Layout(detector, Enumerable.Repeat(true, detector.Volumes.Count).ToArray()).Groups;
        int index = canonical.ToList().FindIndex(g => g.Name == group.Name && g.VolumeIndices.AsSpan().SequenceEqual(group.VolumeIndices));
        if (index < 0) return null;
        var g = canonical[index];
        ulong seed = unchecked(optionsSeed * 0x9E3779B97F4A7C15UL + 0x30_0000UL + (ulong)beamIndex * 0x1000UL + (ulong)index);
        var key = WarmupKey.Of(beam, g, model, vegas with { Seed = seed, MaxDegreeOfParallelism = -1 });
        if (SharedWarmups.Count >= MaxSharedWarmups) SharedWarmups.Clear();   // a bound on memory; results do not depend on it
        var shared = SharedWarmups.GetOrAdd(key, _ => new Lazy<(EventGenerator.AdaptedMap, string[])?>(() =>
        {
            if (model.For(beam.Flavour, g.Nuclei, g.NucleusTotals) is not SignalProcesses processes) return null;
            var adapted = new EventGenerator(beam.Spectrum, processes.Model).AdaptMap(vegas with { Seed = seed });
            return (adapted, processes.Model.Processes.Select(p => p.Target.Name).ToArray());
        })).Value;
        return shared is var (map, targets) ? (map, targets, seed) : null;
    }

    /// <summary>What a canonical adaptation is a function of, compared by content: the text part (model type and
    /// description, flavour, nucleus names, VEGAS settings with the seed) and the numbers (flux table, nucleus totals, mass,
    /// c τ₀, visible BR) bit for bit.</summary>
    private sealed class WarmupKey : IEquatable<WarmupKey>
    {
        private readonly string _text;
        private readonly long[] _bits;

        private WarmupKey(string text, long[] bits) => (_text, _bits) = (text, bits);

        public static WarmupKey Of(BeamFlux beam, Group group, ISignalModel model, VegasOptions vegas)
        {
            string text = string.Join('\n', model.GetType().FullName, model.Description, beam.Flavour.ToString(),
                string.Join(',', group.Nuclei.Select(n => n.Name)), vegas.ToString());
            var numbers = new List<double> { beam.Spectrum.Energies.Length, model.HnlMassGeV, model.ProperDecayLengthCm, model.VisibleBranchingRatio };
            numbers.AddRange(beam.Spectrum.Energies.ToArray());
            numbers.AddRange(beam.Spectrum.Values.ToArray());
            numbers.AddRange(group.NucleusTotals);
            return new WarmupKey(text, numbers.Select(BitConverter.DoubleToInt64Bits).ToArray());
        }

        public bool Equals(WarmupKey? other) => other is not null && _text == other._text && _bits.AsSpan().SequenceEqual(other._bits);

        public override bool Equals(object? obj) => Equals(obj as WarmupKey);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(_text);
            foreach (long b in _bits) hash.Add(b);
            return hash.ToHashCode();
        }

        public override string ToString() => _text.Replace('\n', ' ') + " + " + _bits.Length.ToString(CultureInfo.InvariantCulture) + " numbers";
    }
}
