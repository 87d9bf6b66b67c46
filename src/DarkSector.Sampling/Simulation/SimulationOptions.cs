using DarkSector.Physics;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Sampling.Simulation;

/// <summary>Settings of a <see cref="DetectorSimulation"/> run.</summary>
/// <remarks>Immutable; validated on initialisation.</remarks>
public sealed record SimulationOptions
{
    /// <summary>Number of generated events of the estimate, shared by the generator runs (beam mode × flavour × target
    /// group) as <see cref="Allocation"/> says; ≥ 100.</summary>
    public int Events { get; init => field = Check.AtLeast(value, 100, nameof(Events)); } = 100_000;

    /// <summary>Seed of every random stream (VEGAS and the placement of vertices); equal seeds give equal results.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Upscattering processes to simulate (default all); an analysis that counts coherent scattering only
    /// (<see cref="Experiments.AnalysisDefinition.CoherentOnly"/>) keeps only the coherent part of this set.</summary>
    public UpscatteringProcessKinds Processes
    {
        get;
        init => field = value != UpscatteringProcessKinds.None && (value & ~UpscatteringProcessKinds.All) == 0 ? value
            : throw new ArgumentOutOfRangeException(nameof(Processes), value, "choose at least one of coherent, proton, neutron");
    } = UpscatteringProcessKinds.All;

    /// <summary>Production volumes (default all; <see cref="VolumeSelection"/>).</summary>
    public VolumeSelection Volumes { get; init => field = value ?? throw new ArgumentNullException(nameof(Volumes)); } = VolumeSelection.All;

    /// <summary>Placement of production points (default <see cref="ProductionPointSampling.LineOfSightForReweighting"/>:
    /// the dirt importance-sampled toward the fiducial volumes over ±2 decades of lifetime, unbiased, with 40-360x less
    /// MC variance per event from the rock and soil; <see cref="ProductionPointSampling.Uniform"/> for the plain
    /// sampler). Ignored for the photon-conversion topology.</summary>
    public ProductionPointSampling ProductionSampling { get; init => field = value ?? throw new ArgumentNullException(nameof(ProductionSampling)); } = ProductionPointSampling.LineOfSightForReweighting;

    /// <summary>Sharing of the events among generator runs and volumes (default <see cref="EventAllocation.ByVariance"/>:
    /// Neyman allocation from a pilot pass of 10% more events, adapted volume draw, energy importance; 1% on the ND280
    /// heavy benchmark with 1e6 events). Tail-safe: strata the pilot has not seen well keep their equal share, so a small
    /// run is an equal allocation and its MC error is honest (docs/precision.md). <see cref="EventAllocation.Equal"/> for
    /// the plain stratification. Ignored, i.e. <see cref="EventAllocation.Equal"/>, when <see cref="DetectorSimulation.Run"/>
    /// is given a lifetime-reweighting observer.</summary>
    public EventAllocation Allocation
    {
        get;
        init => field = Enum.IsDefined(value) ? value
            : throw new ArgumentOutOfRangeException(nameof(Allocation), value, $"Allocation = {value} must be Equal or ByVariance");
    } = EventAllocation.ByVariance;

    /// <summary>Whether <see cref="Allocation"/> applies also when <see cref="DetectorSimulation.Run"/> is given a
    /// lifetime-reweighting observer (default false: such a run uses <see cref="EventAllocation.Equal"/>). The pilot of
    /// <see cref="EventAllocation.ByVariance"/> measures the spread of the selected weight at the run's own lifetime, so
    /// set this only when the observer's events are reweighted to (nearly) that lifetime: e.g. a scan's mass column whose
    /// c τ₀ does not change along its couplings (<see cref="Inference.FamilyScan"/> sets it for such columns). The
    /// observer's weights carry the allocation's exact densities, so reweighting stays unbiased at any lifetime; only its
    /// variance away from the run's lifetime is not what the pilot optimised.</summary>
    public bool AllocateAtRunLifetime { get; init; }

    /// <summary>VEGAS settings for each generator run (its seed is derived from <see cref="Seed"/>).</summary>
    public VegasOptions Vegas { get; init => field = value ?? throw new ArgumentNullException(nameof(Vegas)); } =
        new() { WarmupIterations = 5, WarmupEvaluations = 2000, Iterations = 5, Evaluations = 10_000 };

    /// <summary>Whether VEGAS's adaptation is scaled to the events a run draws (default false, opt-in): each iteration
    /// evaluates at most max(n, 1000) points in the warm-up and max(2n, 1000) in the adaptive iterations, n = events / runs,
    /// capped by <see cref="Vegas"/>, and a small run with fewer processes (coherent only) refines the shared map briefly
    /// instead of adapting on its own. A run drawing 1,250 events then adapts with 18,750 evaluations instead of 60,000.
    /// Any adaptation gives unbiased events (the weights carry the exact VEGAS density), but a coarser grid misses heavily
    /// weighted tails more often in small runs: the ND280 heavy benchmark at 2e4 events, 8 seeds, has median 4.8 (scaled)
    /// against 7.5 (not scaled), truth 8.69 (2e5 events); <c>reproduce</c> takes 22 instead of 37 CPU-s, with the
    /// as-published variant's MC band 75% instead of 30.5% wide (benchmarks/notes.md). false: every run adapts with
    /// <see cref="Vegas"/> as given.</summary>
    public bool ScaleAdaptation { get; init; }
}
