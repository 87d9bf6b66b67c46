using System.Runtime.CompilerServices;
using DarkSector.Physics;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Likelihoods;
using DarkSector.Sampling.Randomness;

namespace DarkSector.Sampling.Tests.Experiments;

/// <summary>A plugin that throws from its geometry, flux, selection or likelihood at run time is named, with the member,
/// in one line (issue 24); code outside plugins is not blamed on one.</summary>
public sealed class PluginFaultTests
{
    static PluginFaultTests()
    {
        // Discovery remembers this assembly (a host assembly) as a plugin.
        var options = new ExperimentDiscoveryOptions { IncludeBuiltIn = false, UseEnvironmentVariable = false };
        options.Assemblies.Add(typeof(ThrowingExperiment).Assembly);
        ExperimentCatalog.Discover(options);
    }

    private static string Source => typeof(ThrowingExperiment).Assembly.GetName().Name!;

    private static string Explained(Action run)
    {
        var e = Assert.ThrowsAny<Exception>(run);
        var fault = PluginFault.Explain(e);
        Assert.NotNull(fault);
        Assert.DoesNotContain('\n', fault.Message);
        Assert.StartsWith($"experiment plugin {Source} failed in ", fault.Message);
        return fault.Message;
    }

    private static IExperiment Unconstructed() => (IExperiment)RuntimeHelpers.GetUninitializedObject(typeof(ThrowingExperiment));

    [Fact] // geometry and flux: the experiment's properties
    public void GeometryAndFlux_AreNamed()
    {
        Assert.Equal($"experiment plugin {Source} failed in IExperiment.Detector (in ThrowingExperiment): NotSupportedException: Specified method is not supported.",
            Explained(() => _ = Unconstructed().Detector));
        Assert.Contains("failed in IExperiment.Beams (in ThrowingExperiment): NotSupportedException", Explained(() => _ = Unconstructed().Beams));
    }

    [Fact] // selection and likelihood, also when thrown on a worker thread of a parallel loop
    public void SelectionAndLikelihood_AreNamed()
    {
        IEventSelection selection = new BrokenSelection();
        Assert.Equal($"experiment plugin {Source} failed in IEventSelection.Efficiency (in BrokenSelection): InvalidOperationException: efficiency table 'fgd.csv' not found",
            Explained(() => selection.Efficiency(default)));
        Assert.Contains("failed in IEventSelection.Efficiency (in BrokenSelection)",
            Explained(() => Parallel.For(0, 4, _ => selection.Efficiency(default))));
        IBinnedLikelihood likelihood = new BrokenLikelihood();
        Assert.Contains("failed in IBinnedLikelihood.MinusTwoLnL (in BrokenLikelihood): IndexOutOfRangeException",
            Explained(() => likelihood.MinusTwoLnL([1.0], [1.0], [1.0], [1.0])));
    }

    [Fact] // an exception of core code alone is not a plugin fault
    public void CoreExceptions_AreNotBlamedOnAPlugin()
    {
        // Invoked by reflection, the inner exception's trace holds the core's frames only (not this test's).
        var constructor = typeof(Binning).GetConstructor([typeof(string), typeof(string), typeof(IReadOnlyList<double>)])!;
        var e = Assert.Throws<System.Reflection.TargetInvocationException>(() => constructor.Invoke(["x", "", new double[] { 1 }]));
        Assert.IsAssignableFrom<ArgumentException>(e.InnerException);
        Assert.Null(PluginFault.Explain(e));
        Assert.Null(PluginFault.Explain(new InvalidOperationException("never thrown")));
    }

    private sealed class BrokenSelection : IEventSelection
    {
        public VisibleEvent Smear(in VisibleEvent trueEvent, ref RandomStream random) => trueEvent;
        public double Efficiency(in VisibleEvent reconstructed) => throw new InvalidOperationException("efficiency table 'fgd.csv' not found");
        public double Observable(in VisibleEvent reconstructed) => 0;
    }

    private sealed class BrokenLikelihood : IBinnedLikelihood
    {
        public int? BinCount => 1;
        public double MinusTwoLnL(ReadOnlySpan<double> observed, ReadOnlySpan<double> signal, ReadOnlySpan<double> signalSumW2, ReadOnlySpan<double> background) =>
            observed[observed.Length];
    }
}
