using DarkSector.Sampling.Events;
using DarkSector.Sampling.Flux;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Sampling.Generation;

/// <summary>
/// Generates weighted upscattering-and-decay events for a model point (or a family of points, jointly) and a neutrino
/// flux: VEGAS adapts to flux × dσ/dQ² × decay distribution, then draws weighted points that become full events.
/// </summary>
/// <remarks>
/// The integrand and its coordinates are described in <c>GeneratorKernel</c> (E_ν, ln Q², φ_N, process, channel,
/// decay variables, ln θ). Each event's weight factors: generator = VEGAS weight / BR_c (cm² per POT per exposure unit),
/// branching ratio = BR_c, all others 1 (geometry, selection and exposure are applied downstream, method.md "Weights").
/// Σ_i of the total weights estimates Σ_k n_k ∫ φ(E) σ_k(E) dE Σ_c BR_c with the error of the sampling pass. In joint
/// mode the weights also carry q(θ) (see <see cref="IModelFamily"/>). Results are reproducible from the VEGAS seed on
/// any number of threads. Not thread-safe (one run at a time).
/// </remarks>
public sealed partial class EventGenerator
{
    private readonly EnergySpectrum _flux;
    private readonly GeneratorKernel _kernel;
    private readonly IModelFamily? _family;

    /// <summary>Creates a generator for one model point.</summary>
    /// <param name="flux">Neutrino spectrum (per GeV per cm² per POT).</param>
    /// <param name="model">Processes and decay channels.</param>
    public EventGenerator(EnergySpectrum flux, GenerationModel model)
    {
        _flux = flux ?? throw new ArgumentNullException(nameof(flux));
        ArgumentNullException.ThrowIfNull(model);
        _kernel = new GeneratorKernel(flux, model, null);
    }

    /// <summary>Creates a generator for one model point whose VEGAS adapts to f·g(E_ν) instead of f, g &gt; 0 a
    /// positive energy importance (e.g. what reaches a detector's fiducial volumes per upscattered N): the points follow
    /// f·g and each event's weight is divided by g(E_ν), so Σ w still estimates ∫ f (importance sampling with the exact
    /// density). <see cref="EventSampleMetadata.Integral"/> is then ∫ f·g, not ∫ f.</summary>
    internal EventGenerator(EnergySpectrum flux, GenerationModel model, Func<double, double> energyImportance)
    {
        _flux = flux ?? throw new ArgumentNullException(nameof(flux));
        ArgumentNullException.ThrowIfNull(model);
        _kernel = new GeneratorKernel(flux, model, null, energyImportance);
    }

    /// <summary>Creates a generator that samples the parameters θ of <paramref name="family"/> jointly with the events.</summary>
    /// <param name="flux">Neutrino spectrum (per GeV per cm² per POT).</param>
    /// <param name="family">Model family with 1 to 4 parameters.</param>
    public EventGenerator(EnergySpectrum flux, IModelFamily family)
    {
        _flux = flux ?? throw new ArgumentNullException(nameof(flux));
        _family = family ?? throw new ArgumentNullException(nameof(family));
        if (family.Parameters.Count is < 1 or > 4) throw new ArgumentException($"a family needs 1 to 4 parameters (got {family.Parameters.Count})", nameof(family));
        _kernel = new GeneratorKernel(flux, null, family);
    }

    /// <summary>Number of VEGAS dimensions.</summary>
    public int Dimension => _kernel.Dimension;

    /// <summary>Adapts VEGAS, draws the events and returns them with the integral they estimate.</summary>
    /// <param name="options">VEGAS settings, number of events, metadata.</param>
    /// <param name="progress">Optional observer of VEGAS iterations.</param>
    /// <exception cref="Physics.DarkSectorException">The events would not fit in memory (checked before any work).</exception>
    public GenerationResult Generate(GenerationOptions options, IProgress<VegasIteration>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        RequireMemory(options);
        var integrand = new GeneratorIntegrand(_kernel);
        var integrator = new VegasIntegrator(_kernel.Dimension);
        var integration = integrator.Integrate(integrand, options.Vegas, progress);
        var points = integrator.Sample(integrand, options.Events, options.Vegas);

        var sample = new EventSample(Metadata(options, points.Integral, points.Error), points.Count);
        int dropped = AddEvents(sample, points.Points, points.Weights);
        sample.TrimExcess();
        return new GenerationResult
        {
            Events = sample, Integral = points.Integral, IntegralError = points.Error, Integration = integration, DroppedPoints = dropped,
        };
    }

    /// <summary>Refuses up front a number of events whose arrays would not fit in memory: the VEGAS points (a coordinate
    /// per dimension and a weight, float64 each) and the event sample (its columns).</summary>
    /// <exception cref="Physics.DarkSectorException">Too many events for the memory available.</exception>
    internal void RequireMemory(GenerationOptions options, long? available = null)
    {
        long perEvent = 8L * (_kernel.Dimension + 1) + EventSample.BytesPerEvent(Metadata(options, 0, 0).ParameterNames.Count);
        MemoryGuard.Require((double)options.Events * perEvent, $"{options.Events} events ({perEvent} bytes each)", available);
    }

    /// <summary>The metadata of a sample of this generator's events.</summary>
    private EventSampleMetadata Metadata(GenerationOptions options, double integral, double error)
    {
        var reference = _kernel.Reference;
        return new EventSampleMetadata
        {
            Model = options.Model,
            Seed = options.Vegas.Seed,
            Flux = _flux.Description,
            Exposure = "per exposure unit (the targets the processes count: one nucleus for generate) per POT",
            NeutrinoPdgCode = options.NeutrinoPdgCode,
            DecayChannels = reference.Decays.Select(d => d.Sampler.Channel).ToArray(),
            Targets = reference.Processes.Select(p => p.Target).Distinct().ToArray(),
            ParameterNames = _family?.Parameters.Select(p => p.Name).ToArray() ?? [],
            Integral = integral,
            IntegralError = error,
        };
    }

    /// <summary>Appends the events of VEGAS points (row-major) with their weights to <paramref name="sample"/>, in point
    /// order; returns the number of points dropped (zero weight or zero density).</summary>
    private int AddEvents(EventSample sample, ReadOnlySpan<double> points, ReadOnlySpan<double> weights)
    {
        var reference = _kernel.Reference;
        var targets = reference.Processes.Select(p => p.Target).Distinct().ToArray();
        var targetOfProcess = reference.Processes.Select(p => (byte)Array.IndexOf(targets, p.Target)).ToArray();
        int dim = _kernel.Dimension, dropped = 0;
        Span<double> theta = stackalloc double[4];
        for (int i = 0; i < weights.Length; i++)
        {
            double w = weights[i];
            if (w == 0) { dropped++; continue; }
            double f = _kernel.Evaluate(points.Slice(i * dim, dim), true, out var record, theta, out double br);
            if (f == 0) { dropped++; continue; }
            sample.Add(record with { GeneratorWeight = w / (br * _kernel.EnergyImportance(record.Neutrino.E)), BranchingRatio = br, Target = targetOfProcess[record.Target] }, theta[.._kernel.ThetaCount]);
        }
        return dropped;
    }
}
