using DarkSector.Sampling.Events;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Sampling.Generation;

public sealed partial class EventGenerator
{
    /// <summary>Adapts VEGAS as <see cref="Generate"/> does (warm-up and adaptive iterations from
    /// <paramref name="options"/>) and returns a stream of independent sampling passes from the adapted map: each
    /// <see cref="GeneratorStream.Draw"/> is a new pass whose weights alone estimate the integral, so a consumer draws
    /// events in batches (bounded memory) and pools them with weight n_b / Σ n (see DetectorSimulation).</summary>
    internal GeneratorStream Adapt(GenerationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var integrand = new GeneratorIntegrand(_kernel);
        var integrator = new VegasIntegrator(_kernel.Dimension);
        integrator.Integrate(integrand, options.Vegas);
        return new GeneratorStream(this, integrator, integrand, options);
    }

    /// <summary>Sampling passes of an adapted generator (<see cref="Adapt(GenerationOptions)"/>); deterministic for the options' seed and
    /// the order of the draws (pass k uses VEGAS random streams (seed, k)). Not thread-safe.</summary>
    internal sealed class GeneratorStream(EventGenerator generator, VegasIntegrator integrator, GeneratorIntegrand integrand, GenerationOptions options)
    {
        /// <summary>Draws about <paramref name="events"/> (≥ 2) weighted events in a new pass; Σ w estimates the integral.</summary>
        public EventSample Draw(int events)
        {
            var points = integrator.Sample(integrand, Math.Max(2, events), options.Vegas);
            var sample = new EventSample(generator.Metadata(options, points.Integral, points.Error), points.Count);
            generator.AddEvents(sample, points.Points, points.Weights);
            return sample;
        }
    }
}
