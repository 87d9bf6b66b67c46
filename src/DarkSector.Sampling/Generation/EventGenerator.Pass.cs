using DarkSector.Sampling.Events;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Sampling.Generation;

public sealed partial class EventGenerator
{
    /// <summary>
    /// Adapts VEGAS exactly as <see cref="Generate"/> does and plans its sampling pass, whose batches of events can then be
    /// drawn separately (by the shards of a distributed job) and combined into <see cref="Generate"/>'s result bit for bit
    /// (<see cref="GenerationPass.Combine"/>).
    /// </summary>
    /// <param name="options">VEGAS settings, number of events, metadata.</param>
    /// <param name="progress">Optional observer of VEGAS iterations.</param>
    public GenerationPass Plan(GenerationOptions options, IProgress<VegasIteration>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var integrand = new GeneratorIntegrand(_kernel);
        var integrator = new VegasIntegrator(_kernel.Dimension);
        var integration = integrator.Integrate(integrand, options.Vegas, progress);
        var pass = integrator.PlanSample(integrand, options.Events, options.Vegas);
        return new GenerationPass(integration, pass.BatchCount, b =>
        {
            var batch = pass.Draw(b);
            var events = new EventSample(Metadata(options, double.NaN, double.NaN), batch.Count);
            int dropped = AddEvents(events, batch.Points, batch.Weights);
            events.TrimExcess();
            return new GenerationBatch(b, events, batch.Weights.ToArray(), [.. batch.Cubes], batch.HypercubeCount, dropped);
        });
    }
}
