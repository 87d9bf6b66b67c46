using System.Diagnostics;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Reporting.Reweighting;

/// <summary>A joint sample's closure test as a library call (<c>darksector closure</c>, issue 27): at random points of the
/// sample's box, the kernel prediction <c>scan --sample</c> makes (<see cref="JointSamplePrediction"/>) against a dedicated
/// simulation at the point, both at the sample's reference couplings (<see cref="Closure"/>).</summary>
public static class ClosureRun
{
    /// <summary>Runs the test on the sample in <paramref name="path"/> and returns its report.</summary>
    /// <param name="path">The joint sample (.dsev).</param>
    /// <param name="catalog">The discovered experiments (the sample's is looked up by id).</param>
    /// <param name="points">Random points, 1 to 10000.</param>
    /// <param name="options">Events and seed of the dedicated simulations (the seed also draws the points).</param>
    /// <param name="bandwidth">Kernel half-width in decades, or null for cross-validation.</param>
    /// <param name="pointDone">Called after each point, or null.</param>
    public static ClosureRunReport Run(string path, ExperimentCatalog catalog, int points, SimulationOptions options, double? bandwidth,
        Action? pointDone = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sample = JointSamplePrediction.Read(path, "sample");
        var m = sample.Metadata;
        var family = ModelFamilies.Get(m.Family);
        var signal = AnalysisInference.For(catalog.Get(m.ExperimentId), m.AnalysisId, options);
        var joint = new JointSamplePrediction(sample, family, signal, bandwidth, path);
        var (_, modelAt) = JointSamplePrediction.Plan(signal, family, m.Axes, m.FixedParameters, m.PointCount, m.Seed);
        var result = Closure.Run(joint.Reweighter, m, signal.Experiment, signal.Analysis, modelAt, points, signal.Options,
            (mu, w2) => signal.MinusTwoLnL(mu, w2), () => pointDone?.Invoke());
        return new ClosureRunReport
        {
            SamplePath = path, Joint = joint, Report = result, Events = signal.Options.Events, Seed = signal.Options.Seed,
            Seconds = clock.Elapsed.TotalSeconds, CpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds,
        };
    }
}
