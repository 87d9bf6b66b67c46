using System.Runtime.InteropServices;
using DarkSector.Physics;
using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Flux;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Randomness;
using DarkSector.Sampling.Weights;

namespace DarkSector.Sampling.Simulation;

/// <summary>
/// Expected signal of one analysis of an experiment plugin for one model point: upscattering in every target and dirt
/// volume, decay inside the fiducial volumes with the exact lifetime weight, selection and exposure (method.md).
/// </summary>
/// <remarks>
/// <para>Per beam mode of the exposures, flavour of that mode's fluxes, and target group (each fiducial target volume
/// on its own, the other target volumes together, the dirt volumes; events are shared by these runs as
/// <see cref="SimulationOptions.Allocation"/> says: equally, or by a pilot's estimate of each run's spread, so a light
/// fiducial volume such as TPC gas is sampled as well as the heavy ones), the <see cref="EventGenerator"/> draws weighted events over all nuclei of the group, each process
/// multiplied by the number of its nuclei in the group, so Σ w = Σ_X N_X ∫ φ σ_X dE per exposure unit. Each event is
/// then placed: its volume v is drawn with probability n_X(v)V_v / N_X for its nucleus X (or from the pilot-adapted
/// mixture of <see cref="EventAllocation.ByVariance"/>, with the factor π/q in the weights), its production point
/// uniformly in the part of v that v owns (rejection from v's bounding box with <see cref="Detector.Locate"/>), or, for
/// the volumes chosen by <see cref="SimulationOptions.ProductionSampling"/>, from the line-of-sight importance density
/// of <see cref="ProductionPointSampling"/> given the direction and decay length of N, the factor (1/V_v)/q(x) then
/// multiplying every decay-dependent weight (<see cref="SimulationResult.Selected"/>, bins, cut flow, the observer's
/// weight; not the upscattering totals); the flux is taken as uniform over the detector and along the beam.</para>
/// <para>Event weight: w = w_gen · BR_visible · POT · P_decay · ε, with P_decay = Σ_j [exp(−a_j/λ) − exp(−b_j/λ)] over
/// the fiducial volumes crossed by the N line of flight, λ = (|p_N|/m_N) c τ₀, the decay point drawn from the truncated
/// exponential, and ε the analysis selection evaluated on the smeared visible event at that point.</para>
/// <para><see cref="SimulationResult.UpscatteredSelected"/> evaluates the selection with the decay vertex moved to the
/// centre of each fiducial volume in turn and keeps the largest efficiency: exact for selections whose only vertex
/// dependence is which fiducial volume they accept. The same holds for the lifetime-reweighting observer: each fiducial
/// crossing of the line of flight gets the efficiency with the vertex at the crossing's midpoint
/// (<see cref="SimulatedDecay"/>), so reweighting to another c τ₀ moves the decays between accepting and rejecting
/// volumes correctly.</para>
/// <para>Owned volume of v: its solid's volume minus the solids of higher-priority volumes whose bounding boxes lie
/// inside v's (detectors must be built from nested or disjoint volumes). Deterministic for a seed; single-threaded.</para>
/// </remarks>
public static partial class DetectorSimulation
{
    private const int MaxPlacementTries = 100_000;

    /// <summary>Runs the simulation.</summary>
    /// <param name="experiment">The experiment plugin.</param>
    /// <param name="analysis">One of its analyses (signal topology <see cref="SignalTopology.DecayInFiducial"/>).</param>
    /// <param name="exposures">Exposures to use (e.g. <see cref="AnalysisDefinition.Exposures"/> or a subset); each mode
    /// must have fluxes; its events fill the block <see cref="BeamExposure.Block"/> of the analysis binning.</param>
    /// <param name="model">The model point.</param>
    /// <param name="options">Event count, seed, VEGAS settings.</param>
    /// <param name="progress">Optional progress messages (one per generator run).</param>
    /// <param name="observer">Optional: called, in event order, for every event with a visible decay whose line of
    /// flight crosses at least one fiducial volume where the selection accepts the decay (whatever the decay point drawn
    /// for this run), with what a lifetime reweighting needs (<see cref="SimulatedDecay"/>); for
    /// <see cref="SignalTopology.PhotonConversionInFiducial"/>, for every event the selection accepts whose photon can
    /// convert in a fiducial volume, with the decay line as segments weighted by ε·P_conv (<see cref="ConversionSegments"/>).</param>
    /// <exception cref="ArgumentException">No exposure, a mode without flux, or the analysis topology is not supported.</exception>
    /// <exception cref="DarkSectorException">No flavour of the beams produces N, or a volume cannot be sampled.</exception>
    public static SimulationResult Run(IExperiment experiment, AnalysisDefinition analysis, IReadOnlyList<BeamExposure> exposures,
        ISignalModel model, SimulationOptions options, IProgress<string>? progress = null, Action<SimulatedDecay>? observer = null)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(exposures);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        if (exposures.Count == 0) throw new ArgumentException("give at least one exposure", nameof(exposures));
        if (analysis.Signal is not (SignalTopology.DecayInFiducial or SignalTopology.PhotonConversionInFiducial))
            throw new ArgumentException($"analysis '{analysis.Id}': signal topology {analysis.Signal} is not supported by the simulation", nameof(analysis));

        var detector = experiment.Detector;
        var layout = new Layout(detector, options.Volumes.Resolve(detector, experiment.VolumeGroups));
        if (layout.Groups.Count == 0)
            throw new ArgumentException($"the volume selection leaves no production volume in {detector.Name}", nameof(options));
        var runs = new List<(BeamFlux Beam, double Exposure, int Block, Group Group, SignalProcesses Processes)>();
        var complete = new List<bool>();   // per run: all of the model's processes on the group (none left out by kind)
        foreach (var exposure in exposures)
        {
            var beams = experiment.Beams.Where(b => b.Mode == exposure.Mode).ToArray();
            if (beams.Length == 0) throw new ArgumentException($"beam mode '{exposure.Mode}' has no flux", nameof(exposures));
            foreach (var beam in beams)
                foreach (var group in layout.Groups)
                    if (model.For(beam.Flavour, group.Nuclei, group.NucleusTotals) is SignalProcesses all
                        && Part(all, analysis.CoherentOnly ? options.Processes & UpscatteringProcessKinds.Coherent : options.Processes) is SignalProcesses processes)
                    {
                        runs.Add((beam, exposure.Amount, exposure.Block, group, processes));
                        complete.Add(ReferenceEquals(processes, all));
                    }
        }
        if (runs.Count == 0) throw new DarkSectorException($"no beam flavour of {experiment.Info.Id} produces N in model {model.Description} with the chosen processes");

        var byVolume = new double[detector.Volumes.Count];
        var byNucleus = new Dictionary<string, double>(StringComparer.Ordinal);
        var upByVolume = new Tally<int>();
        var upByProcess = new Tally<UpscatteringProcessKinds>();
        var upByNucleus = new Tally<string>();
        var selByProcess = new Tally<UpscatteringProcessKinds>();
        var bins = new double[analysis.Binning.Count];
        var binSumOfSquares = new double[bins.Length];
        double upscattered = 0, upscatteredSelected = 0, selected = 0, sumW2 = 0;
        int generated = 0;
        var fiducialCentres = detector.Volumes.Where(v => v.Role.HasFlag(VolumeRole.Fiducial))
            .Select(v => 0.5 * (v.Solid.Bounds.Min + v.Solid.Bounds.Max)).ToArray();
        var selection = analysis.Selection;
        var conversion = analysis.Signal == SignalTopology.PhotonConversionInFiducial ? new PhotonConversion(detector) : null;
        var cutFlow = new CutFlowAccumulator(selection);
        var traced = new VolumeSegment[detector.MaxSegments];
        var accepting = new RaySegment[detector.MaxSegments];
        var fiducial = new RaySegment[detector.MaxSegments];
        var efficiencies = new float[conversion is null ? detector.MaxSegments : MaxConversionSegments];
        if (conversion is not null) accepting = new RaySegment[MaxConversionSegments];
        var lineOfSight = conversion is null && !options.ProductionSampling.IsUniform
            ? new LineOfSightSampler(detector, layout, options.ProductionSampling,
                options.ProductionSampling.Volumes?.Resolve(detector, experiment.VolumeGroups) ?? detector.Volumes.Select(v => v.Role.HasFlag(VolumeRole.Dirt)).ToArray())
            : null;

        // VEGAS adaptations are shared between simulations (AdaptRuns); the events are then drawn in passes of at most
        // BatchEvents (bounded memory)
        var streams = AdaptRuns(experiment, model, options, runs.Select((run, r) => (run.Beam, run.Group, run.Processes, complete[r])).ToArray());
        var plan = (observer is null || options.AllocateAtRunLifetime) && options.Allocation == EventAllocation.ByVariance && runs.Count > 0
            ? AllocationPlan.FromPilot(runs.Select(run => run.Group).ToArray(), options.Events, r =>
            {
                var pilotRandom = RandomStream.Create(options.Seed, streamIndex: 2_000_000UL + (ulong)r);
                var pilotEvents = streams[r].Draw(AllocationPlan.PilotEvents(runs.Count, options.Events));
                generated += pilotEvents.Count;
                return Pass(r, pilotEvents, VolumeDraw.Natural(runs[r].Group), 1, pilot: true, ref pilotRandom);
            }, (r, tally) =>
            {
                if (tally.EnergyImportance() is { } g)
                    streams[r] = new EventGenerator(runs[r].Beam.Spectrum, runs[r].Processes.Model, g).Adapt(new GenerationOptions
                    {
                        Events = Math.Max(100, options.Events / runs.Count),
                        Vegas = options.Vegas with { Seed = unchecked(options.Seed * 0x9E3779B97F4A7C15UL + (ulong)r + 0x10_0000UL) },
                        Model = model.Description,
                    });
            })
            : AllocationPlan.Equal(runs.Select(run => run.Group).ToArray(), options.Events);

        for (int r = 0; r < runs.Count; r++)
        {
            var (beam, _, _, group, _) = runs[r];
            int events = plan.Events[r];
            progress?.Report($"run {r + 1}/{runs.Count}: {beam.Mode} {beam.Flavour} in {group.Name} ({events} events)");
            var random = RandomStream.Create(options.Seed, streamIndex: 1_000_000UL + (ulong)r);
            int batches = (events + BatchEvents - 1) / BatchEvents;
            for (int b = 0; b < batches; b++)
            {
                var sample = streams[r].Draw(events / batches + (b < events % batches ? 1 : 0));
                generated += sample.Count;
                Pass(r, sample, plan.Draws[r], 1.0 / batches, pilot: false, ref random);
            }
        }

        // The segments of the flight in fiducial volumes that reach ahead of its origin, written into `fiducial`.
        int FiducialSegments(in Ray flight) =>
            DecayInVolume.Accepted(detector, traced.AsSpan(0, detector.Trace(flight, traced)), VolumeRole.Fiducial, fiducial);

        // Runs the events of one pass of run r through the detector with weight scale `scale` (1/batches); a pilot pass
        // only measures Σ w² of `selected` per volume (returned) and adds nothing to the result.
        PilotTally Pass(int r, EventSample events, VolumeDraw draw, double scale, bool pilot, ref RandomStream random)
        {
            var (beam, pot, block, group, processes) = runs[r];
            var tally = new PilotTally(pilot ? detector.Volumes.Count : 0, events.Count, beam.Spectrum.MinEnergyGeV, beam.Spectrum.MaxEnergyGeV);
            // GeneratorWeight = VEGAS weight / BR_c, so Σ GeneratorWeight estimates C·σ for C channels; an upscattered N
            // counts its weight times BR_c over the model's summed BR (EventGenerator: Σ w·BR_c estimates σ·Σ_c BR_c)
            double visibleBr = processes.Model.Decays.Sum(d => d.BranchingRatio);
            // the sample numbers its distinct targets; map each back to its nucleus through the processes' target names
            var nucleusOfTarget = NucleusOfTarget(events.Metadata.Targets, processes);
            var processOfTarget = events.Metadata.Targets.Select(t => UpscatteringProcessNames.OfTarget(t.PdgCode)).ToArray();
            for (int i = 0; i < events.Count; i++)
            {
                var e = events[i];
                int nucleus = nucleusOfTarget[e.Target];
                int volume = draw.Draw(nucleus, random.NextDouble(), out double volumeFactor);
                if (pilot) tally.Place(volume);
                double importance = volumeFactor;
                ThreeVector origin;
                if (lineOfSight is null || !lineOfSight.Applies(volume)) origin = layout.SamplePoint(volume, ref random);
                else
                {
                    var produced = Rotate(e.Hnl, beam.Direction);
                    double p = produced.P;
                    origin = lineOfSight.Place(volume, p > 0 ? produced.P3 / p : beam.Direction, p / model.HnlMassGeV * model.ProperDecayLengthCm, ref random, out double placement);
                    importance *= placement;
                }
                double production = e.GeneratorWeight * pot * scale;
                double upscatteredWeight = production * e.BranchingRatio / visibleBr;
                var kind = processOfTarget[e.Target];
                if (!pilot)
                {
                    // every upscattered tally carries the volume draw's factor π_v/q_v, so that the breakdowns by volume,
                    // process and nucleus add up exactly to the total
                    double up = upscatteredWeight * volumeFactor;
                    upByVolume.Add(volume, up);
                    if (!group.IsDirt)
                    {
                        upscattered += up;
                        upByProcess.Add(kind, up);
                        upByNucleus.Add(group.Nuclei[nucleus].Name, up);
                    }
                }
                if (!model.TryVisible(e, out var first, out var second)) continue;
                double wBase = production * e.BranchingRatio;

                var hnl = Rotate(e.Hnl, beam.Direction);
                first = Rotate(first, beam.Direction);
                second = Rotate(second, beam.Direction);
                double pN = hnl.P;
                var flight = new Ray(origin, pN > 0 ? hnl.P3 / pN : beam.Direction);
                double lambda = pN / model.HnlMassGeV * model.ProperDecayLengthCm;
                double pDecay;
                int nFiducial = -1;   // the flight's fiducial segments ahead of its origin in `fiducial`, once traced
                ThreeVector vertex = origin;
                if (conversion is not null)
                    pDecay = ConversionWeight(detector, conversion, flight, lambda, first, ref random, out vertex);
                else
                {
                    pDecay = 0;
                    if (lambda > 0)
                    {
                        // one trace of the flight serves the probability, the vertex draw and the observer's crossings
                        nFiducial = FiducialSegments(flight);
                        var inFiducial = fiducial.AsSpan(0, nFiducial);
                        pDecay = DecayInVolume.Probability(inFiducial, lambda);
                        if (pDecay > 0 && DecayInVolume.TrySampleDistance(inFiducial, lambda, random.NextDouble(), out double t))
                            vertex = flight.PointAt(t);
                    }
                }
                var reconstructed = selection.Smear(new VisibleEvent(first, second, vertex, hnl), ref random);

                // the named factors of the weight (SimulationWeight); the production-point factor (volume draw and point
                // placement) enters every decay-dependent weight
                var weight = new SimulationWeight(e.GeneratorWeight, pot * scale, e.BranchingRatio, importance, pDecay, selection.Efficiency(reconstructed));
                double wDecay = weight.BeforeDecay;
                if (pilot)
                {
                    double s = pDecay > 0 ? weight.Total : 0;
                    if (s > 0) tally.Add(volume, s);
                    tally.AddEnergy(e.Neutrino.E, production, s);
                    continue;
                }
                double kinematic = 0;
                foreach (var centre in fiducialCentres)
                    kinematic = Math.Max(kinematic, selection.Efficiency(reconstructed with { VertexCm = centre }));
                if (!group.IsDirt) upscatteredSelected += wBase * kinematic;

                if (observer is not null && wDecay > 0 && pN > 0)
                {
                    if (conversion is null && nFiducial < 0) nFiducial = FiducialSegments(flight);
                    int count = conversion is null
                        ? AcceptingCrossings(selection, reconstructed, flight, fiducial.AsSpan(0, nFiducial), accepting, efficiencies)
                        : first.P > 0 ? ConversionSegments(detector, conversion, flight, first.P3 / first.P, kinematic, traced, accepting, efficiencies) : 0;
                    if (count > 0)
                        observer(new SimulatedDecay(flight, pN / model.HnlMassGeV, wDecay, analysis.Binning.Find(selection.Observable(reconstructed), block),
                            accepting.AsMemory(0, count), efficiencies.AsMemory(0, count)) { Factors = weight });
                }

                if (!(pDecay > 0)) continue;
                cutFlow.Add(reconstructed, wDecay * pDecay);
                double w = weight.Total;
                if (w == 0) continue;
                selected += w;
                sumW2 += w * w;
                byVolume[volume] += w;
                string nucleusName = group.Nuclei[nucleus].Name;
                CollectionsMarshal.GetValueRefOrAddDefault(byNucleus, nucleusName, out _) += w;
                selByProcess.Add(kind, w);
                int bin = analysis.Binning.Find(selection.Observable(reconstructed), block);
                if (bin >= 0) (bins[bin], binSumOfSquares[bin]) = (bins[bin] + w, binSumOfSquares[bin] + w * w);
            }
            return tally;
        }

        var split = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int v = 0; v < byVolume.Length; v++)
            if (layout.IsSource(v)) split[detector.Volumes[v].Name] = byVolume[v];
        return new SimulationResult
        {
            Upscattered = upscattered,
            UpscatteredSelected = upscatteredSelected,
            Selected = selected,
            SelectedByVolume = split,
            SelectedByNucleus = byNucleus,
            UpscatteredByVolume = upByVolume.ToDictionary(v => detector.Volumes[v].Name),
            UpscatteredByProcess = upByProcess.ToDictionary(UpscatteringProcessNames.Name),
            UpscatteredByNucleus = upByNucleus.ToDictionary(n => n),
            SelectedByProcess = selByProcess.ToDictionary(UpscatteringProcessNames.Name),
            McError = Math.Sqrt(sumW2),
            Bins = bins,
            BinSumOfSquares = binSumOfSquares,
            Events = generated,
            CutFlow = cutFlow.Result(),
        };
    }

    /// <summary>The processes of the kinds in <paramref name="kinds"/> (<see cref="UpscatteringProcessNames.OfTarget"/>); null if none.</summary>
    private static SignalProcesses? Part(SignalProcesses processes, UpscatteringProcessKinds kinds)
    {
        var all = processes.Model.Processes;
        var keep = Enumerable.Range(0, all.Count).Where(i => (UpscatteringProcessNames.OfTarget(all[i].Target.PdgCode) & kinds) != 0).ToArray();
        if (keep.Length == all.Count) return processes;
        if (keep.Length == 0) return null;
        return new SignalProcesses(new GenerationModel(keep.Select(i => all[i]), processes.Model.Decays), keep.Select(i => processes.NucleusOfProcess[i]).ToArray());
    }

    /// <summary>The parts at t ≥ 0 of <paramref name="flight"/>'s fiducial segments (<paramref name="fiducial"/>) where the
    /// selection accepts a decay, with the efficiency evaluated at the crossing's midpoint; returns their number.
    /// Allocation-free.</summary>
    private static int AcceptingCrossings(IEventSelection selection, in VisibleEvent reconstructed, in Ray flight,
        ReadOnlySpan<RaySegment> fiducial, RaySegment[] accepting, float[] efficiencies)
    {
        int count = 0;
        foreach (var segment in fiducial)
        {
            double a = Math.Max(segment.Entry, 0), b = segment.Exit;
            if (!(b > a)) continue;
            double efficiency = selection.Efficiency(reconstructed with { VertexCm = flight.PointAt(0.5 * (a + b)) });
            if (!(efficiency > 0)) continue;
            accepting[count] = new RaySegment(a, b);
            efficiencies[count++] = (float)efficiency;
        }
        return count;
    }

    private static int[] NucleusOfTarget(IReadOnlyList<TargetInfo> targets, SignalProcesses processes)
    {
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int k = 0; k < processes.Model.Processes.Count; k++)
        {
            string name = processes.Model.Processes[k].Target.Name;
            int nucleus = processes.NucleusOfProcess[k];
            if (byName.TryGetValue(name, out int other) && other != nucleus)
                throw new ArgumentException($"target '{name}' is used by processes on two different nuclei; give each nucleus its own target names");
            byName[name] = nucleus;
        }
        return targets.Select(t => byName[t.Name]).ToArray();
    }

    private static FourMomentum Rotate(FourMomentum p, ThreeVector axis) =>
        axis.Z > 1 - 1e-15 ? p : new FourMomentum(p.E, Directions.RotateZTo(p.P3, axis));

    /// <summary>Sums of weights and of squared weights by key, in first-seen order.</summary>
    private sealed class Tally<TKey> where TKey : notnull
    {
        private readonly Dictionary<TKey, (double Sum, double Sum2)> _sums = [];

        public void Add(TKey key, double w)   // one hash lookup per event
        {
            ref var sums = ref CollectionsMarshal.GetValueRefOrAddDefault(_sums, key, out _);
            sums = (sums.Sum + w, sums.Sum2 + w * w);
        }

        public Dictionary<string, EventEstimate> ToDictionary(Func<TKey, string> name) =>
            _sums.ToDictionary(kv => name(kv.Key), kv => new EventEstimate(kv.Value.Sum, Math.Sqrt(kv.Value.Sum2)), StringComparer.Ordinal);
    }

    /// <summary>Target groups and placement data of a detector.</summary>
    private sealed class Layout
    {
        private readonly Detector _detector;
        private readonly bool[] _source;

        public Layout(Detector detector, bool[] selected)
        {
            _detector = detector;
            var volumes = detector.Volumes;
            var owned = new double[volumes.Count];
            Owned = owned;
            _source = new bool[volumes.Count];
            for (int v = 0; v < volumes.Count; v++)
            {
                owned[v] = volumes[v].Solid.VolumeCm3;
                var outer = volumes[v].Solid.Bounds;
                // subtract what the higher-priority volumes inside v own (not their whole solids): with three nested
                // levels (fiducial in active in cryostat) the innermost would otherwise be subtracted twice
                for (int j = 0; j < v; j++)
                    if (Inside(volumes[j].Solid.Bounds, outer)) owned[v] -= owned[j];
                _source[v] = selected[v] && owned[v] > 0 && (volumes[v].Role & (VolumeRole.Target | VolumeRole.Dirt)) != 0;
            }
            // Stratified by volume role: each fiducial target volume is generated on its own (prompt decays come from
            // there, and a light fiducial volume such as TPC gas would otherwise receive a tiny share of the events),
            // the other target volumes together, the dirt apart.
            var groups = new List<Group>();
            bool IsFiducial(int v) => volumes[v].Role.HasFlag(VolumeRole.Fiducial);
            foreach (int v in Enumerable.Range(0, volumes.Count).Where(v => _source[v] && !volumes[v].Role.HasFlag(VolumeRole.Dirt) && IsFiducial(v)))
                groups.Add(new Group(volumes[v].Name, false, [v], volumes, owned));
            var targets = Enumerable.Range(0, volumes.Count).Where(v => _source[v] && !volumes[v].Role.HasFlag(VolumeRole.Dirt) && !IsFiducial(v)).ToArray();
            var dirt = Enumerable.Range(0, volumes.Count).Where(v => _source[v] && volumes[v].Role.HasFlag(VolumeRole.Dirt)).ToArray();
            if (targets.Length > 0) groups.Add(new Group("target volumes", false, targets, volumes, owned));
            if (dirt.Length > 0) groups.Add(new Group("dirt", true, dirt, volumes, owned));
            Groups = groups;
        }

        public IReadOnlyList<Group> Groups { get; }

        /// <summary>Owned volume of each volume, cm³.</summary>
        public IReadOnlyList<double> Owned { get; }

        public bool IsSource(int volume) => _source[volume];

        public ThreeVector SamplePoint(int volume, ref RandomStream random)
        {
            var box = _detector.Volumes[volume].Solid.Bounds;
            var size = box.Max - box.Min;
            for (int attempt = 0; attempt < MaxPlacementTries; attempt++)
            {
                var p = new ThreeVector(box.Min.X + random.NextDouble() * size.X, box.Min.Y + random.NextDouble() * size.Y, box.Min.Z + random.NextDouble() * size.Z);
                if (_detector.Locate(p) == volume) return p;
            }
            throw new DarkSectorException($"could not place a vertex in volume '{_detector.Volumes[volume].Name}' after {MaxPlacementTries} tries");
        }

        private static bool Inside(BoundingBox inner, BoundingBox outer) =>
            inner.Min.X >= outer.Min.X && inner.Min.Y >= outer.Min.Y && inner.Min.Z >= outer.Min.Z
            && inner.Max.X <= outer.Max.X && inner.Max.Y <= outer.Max.Y && inner.Max.Z <= outer.Max.Z;
    }

    /// <summary>Volumes generated together, with their nuclei and the number of each nucleus per volume.</summary>
    private sealed class Group
    {
        private readonly int[] _volumes;
        private readonly double[][] _cumulative;   // per nucleus: cumulative share of its nuclei over the volumes

        public Group(string name, bool isDirt, int[] volumes, IReadOnlyList<DetectorVolume> all, double[] owned)
        {
            (Name, IsDirt, _volumes) = (name, isDirt, volumes);
            var nuclei = volumes.SelectMany(v => all[v].Material.Components.Select(c => c.Nucleus))
                .DistinctBy(n => n.Name).ToArray();
            Nuclei = nuclei;
            var totals = new double[nuclei.Length];
            _cumulative = new double[nuclei.Length][];
            for (int k = 0; k < nuclei.Length; k++)
            {
                var c = new double[volumes.Length];
                double sum = 0;
                for (int i = 0; i < volumes.Length; i++)
                    c[i] = sum += all[volumes[i]].Material.TargetsPerCm3(nuclei[k]) * owned[volumes[i]];
                for (int i = 0; i < c.Length; i++) c[i] /= sum;
                totals[k] = sum;
                _cumulative[k] = c;
            }
            NucleusTotals = totals;
        }

        public string Name { get; }

        public bool IsDirt { get; }

        public IReadOnlyList<Nucleus> Nuclei { get; }

        public IReadOnlyList<double> NucleusTotals { get; }

        /// <summary>Indices of the group's volumes in the detector.</summary>
        public int[] VolumeIndices => _volumes;

        /// <summary>Per nucleus: cumulative share of its nuclei over <see cref="VolumeIndices"/>.</summary>
        public double[][] Cumulative => _cumulative;
    }
}
