using System.Reflection;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Randomness;
using DarkSector.Sampling.Simulation;
using DarkSector.Sampling.Vegas;
using Xunit;

namespace DarkSector.Testing;

/// <summary>
/// The plugin contract as tests: subclass it once per experiment (<c>public sealed class MyDetectorContract :
/// ExperimentContractTests&lt;MyDetector&gt; { }</c>) and xunit runs every check below on the plugin — metadata complete
/// and the plugin discoverable, geometry closed (each solid's Monte Carlo volume agrees with its stated volume) and the
/// volumes of <see cref="DisjointVolumes"/> non-overlapping, fluxes positive and normalised, selections deterministic,
/// likelihoods finite at background only, published figures well formed and runnable at tiny statistics.
/// </summary>
/// <typeparam name="TExperiment">The plugin's experiment class (public parameterless constructor, as the contract asks).</typeparam>
/// <remarks>Every check is a real assertion with a message naming the experiment, the item and the value. Override the
/// protected members to state what the plugin promises (e.g. which volumes are disjoint).</remarks>
public abstract class ExperimentContractTests<TExperiment> where TExperiment : class, IExperiment, new()
{
    private static readonly Lazy<TExperiment> Shared = new(() => new TExperiment());

    /// <summary>The experiment under test (one instance per test class, as the host keeps one).</summary>
    protected TExperiment Experiment => Shared.Value;

    /// <summary>Names of volumes the plugin promises to be pairwise disjoint (e.g. the detector modules); none by
    /// default (volumes are stacked by priority, so a fiducial box inside its module is allowed).</summary>
    protected virtual IReadOnlyList<string> DisjointVolumes => [];

    /// <summary>Generated events per simulation when the published figures are run (at least 100).</summary>
    protected virtual int FigureEvents => 200;

    /// <summary>Points sampled per volume by the geometry checks.</summary>
    protected virtual int GeometryPoints => 20_000;

    /// <summary>The export attribute gives the id of <see cref="ExperimentInfo"/>; name, description and citation are
    /// given; every analysis has an id, a description, bins and data (or a reason why not); the plugin's assembly is
    /// discovered by <see cref="ExperimentCatalog"/> without a diagnostic.</summary>
    [Fact]
    public void Metadata_IsComplete()
    {
        var export = typeof(TExperiment).GetCustomAttribute<ExportExperimentAttribute>();
        Assert.True(export is not null, $"{typeof(TExperiment).Name} has no [ExportExperiment(\"id\")] attribute");
        var info = Experiment.Info;
        Assert.Equal(export!.Id, info.Id);
        Assert.False(string.IsNullOrWhiteSpace(info.Name), $"{info.Id}: Info.Name is empty");
        Assert.False(string.IsNullOrWhiteSpace(info.Description), $"{info.Id}: Info.Description is empty");
        Assert.False(string.IsNullOrWhiteSpace(info.Citation), $"{info.Id}: Info.Citation is empty");
        Assert.NotEmpty(Experiment.Analyses);
        foreach (var analysis in Experiment.Analyses)
        {
            Assert.False(string.IsNullOrWhiteSpace(analysis.Description), $"{info.Id}: analysis '{analysis.Id}' has no description");
            Assert.True(analysis.Binning.Count > 0, $"{info.Id}: analysis '{analysis.Id}' has no bins");
            Assert.NotEmpty(analysis.Exposures);
            if (analysis.Data.IsAvailable) Assert.Equal(analysis.Binning.Count, analysis.Data.BinCount);
            else Assert.False(string.IsNullOrWhiteSpace(analysis.Data.UnavailableReason), $"{info.Id}: analysis '{analysis.Id}' has no data and no reason");
        }
        var options = new ExperimentDiscoveryOptions { IncludeBuiltIn = false, UseEnvironmentVariable = false };
        options.Assemblies.Add(typeof(TExperiment).Assembly);
        var catalog = ExperimentCatalog.Discover(options);
        Assert.True(catalog.Diagnostics.Count == 0, $"{info.Id}: discovery reports {string.Join("; ", catalog.Diagnostics.Select(d => d.Reason))}");
        Assert.Contains(info.Id, catalog.Ids);
    }

    /// <summary>Every volume is a closed solid: finite bounds, a positive stated volume, and the fraction of points in
    /// its bounding box that it contains times the box's volume agrees with the stated volume within 5 standard
    /// deviations of the binomial estimate (plus 0.5% for the solid's own arithmetic).</summary>
    [Fact]
    public void Geometry_VolumesAreClosed()
    {
        var random = RandomStream.Create(20_260_101, 0);
        foreach (var volume in Experiment.Detector.Volumes)
        {
            var solid = volume.Solid;
            var box = solid.Bounds;
            double stated = solid.VolumeCm3;
            Assert.True(double.IsFinite(box.Volume) && box.Volume > 0, $"{Experiment.Info.Id}: volume '{volume.Name}' has bounds of volume {box.Volume} cm^3");
            Assert.True(double.IsFinite(stated) && stated > 0 && stated <= box.Volume * (1 + 1e-9),
                $"{Experiment.Info.Id}: volume '{volume.Name}' states {stated} cm^3 for bounds of {box.Volume} cm^3");
            int inside = 0;
            for (int i = 0; i < GeometryPoints; i++)
                if (solid.Contains(PointIn(box, ref random))) inside++;
            double p = Math.Min(1, stated / box.Volume), estimate = (double)inside / GeometryPoints * box.Volume;
            double sigma = Math.Sqrt(p * (1 - p) / GeometryPoints) * box.Volume;
            Assert.True(Math.Abs(estimate - stated) <= 5 * sigma + 0.005 * stated,
                $"{Experiment.Info.Id}: volume '{volume.Name}' contains {estimate:G4} cm^3 by sampling, states {stated:G4} cm^3 (5 sigma = {5 * sigma:G3})");
        }
    }

    /// <summary>The volumes of <see cref="DisjointVolumes"/> exist and no sampled point of one lies in another.</summary>
    [Fact]
    public void Geometry_PromisedVolumesDoNotOverlap()
    {
        var detector = Experiment.Detector;
        var volumes = DisjointVolumes.Select(name => detector.Volumes.FirstOrDefault(v => v.Name == name)
            ?? throw new Xunit.Sdk.XunitException($"{Experiment.Info.Id}: DisjointVolumes names '{name}', which is not a volume ({string.Join(", ", detector.Volumes.Select(v => v.Name))})")).ToArray();
        var random = RandomStream.Create(20_260_102, 0);
        foreach (var a in volumes)
            for (int i = 0, found = 0; i < GeometryPoints && found < GeometryPoints / 10; i++)
            {
                var point = PointIn(a.Solid.Bounds, ref random);
                if (!a.Solid.Contains(point)) continue;
                found++;
                foreach (var b in volumes)
                    if (!ReferenceEquals(a, b) && b.Solid.Contains(point))
                        Assert.Fail($"{Experiment.Info.Id}: volumes '{a.Name}' and '{b.Name}' overlap at ({point.X:G5}, {point.Y:G5}, {point.Z:G5}) cm");
            }
    }

    /// <summary>Every flux is non-negative everywhere, vanishes outside its table, integrates to a finite positive
    /// value, and that integral is the one an independent quadrature of <see cref="Sampling.Flux.EnergySpectrum.Value"/>
    /// gives (relative 1e-3): the stated normalisation is the spectrum's. Every beam states its exposure unit, all
    /// flavours of a mode share it, and every analysis's exposure has a beam mode and a positive amount.</summary>
    [Fact]
    public void Fluxes_ArePositiveAndNormalised()
    {
        Assert.NotEmpty(Experiment.Beams);
        foreach (var beam in Experiment.Beams)
        {
            string name = $"{Experiment.Info.Id}: beam {beam.Mode} {beam.Flavour}";
            var spectrum = beam.Spectrum;
            Assert.True(double.IsFinite(spectrum.Integral) && spectrum.Integral > 0, $"{name} integrates to {spectrum.Integral}");
            Assert.False(string.IsNullOrWhiteSpace(beam.ExposureUnit), $"{name} has no exposure unit");
            double lo = spectrum.MinEnergyGeV, hi = spectrum.MaxEnergyGeV;
            Assert.Equal(0, spectrum.Value(hi + 1));
            const int steps = 200_000;   // midpoint rule on a fine uniform grid, independent of the table's nodes
            double h = (hi - lo) / steps, sum = 0;
            for (int i = 0; i < steps; i++)
            {
                double value = spectrum.Value(lo + (i + 0.5) * h);
                Assert.True(value >= 0 && double.IsFinite(value), $"{name} is {value} at {lo + (i + 0.5) * h} GeV");
                sum += value * h;
            }
            Assert.True(Math.Abs(sum - spectrum.Integral) <= 1e-3 * spectrum.Integral, $"{name}: quadrature {sum:G6} vs stated integral {spectrum.Integral:G6}");
        }
        foreach (var mode in Experiment.Beams.GroupBy(b => b.Mode))
            Assert.True(mode.Select(b => b.ExposureUnit).Distinct().Count() == 1, $"{Experiment.Info.Id}: mode {mode.Key} mixes exposure units");
        foreach (var analysis in Experiment.Analyses)
            foreach (var exposure in analysis.Exposures)
            {
                Assert.Contains(Experiment.Beams, b => b.Mode == exposure.Mode);
                Assert.True(exposure.Amount > 0 && double.IsFinite(exposure.Amount), $"{Experiment.Info.Id}: analysis '{analysis.Id}' exposure {exposure.Mode} = {exposure.Amount}");
            }
    }

    /// <summary>Every analysis's selection gives the same reconstructed event, efficiency and observable for the same
    /// true event and random stream (the core relies on it to reproduce a run from its seed); efficiencies lie in
    /// [0, 1] and a selected event has a finite observable.</summary>
    [Fact]
    public void Selections_AreDeterministic()
    {
        var fiducial = Experiment.Detector.Volumes.First(v => v.Role.HasFlag(VolumeRole.Fiducial));
        foreach (var analysis in Experiment.Analyses)
        {
            var events = SyntheticEvents.In(fiducial.Solid, analysis.Signal, 64, 20_260_103);
            for (int i = 0; i < events.Count; i++)
            {
                var first = Reconstruct(analysis, events[i], (ulong)i);
                var second = Reconstruct(analysis, events[i], (ulong)i);
                Assert.Equal(first.Event, second.Event);
                Assert.Equal(first.Efficiency, second.Efficiency);
                Assert.True(first.Efficiency is >= 0 and <= 1, $"{Experiment.Info.Id}: analysis '{analysis.Id}' efficiency {first.Efficiency}");
                if (first.Efficiency > 0)
                {
                    Assert.True(double.IsFinite(first.Observable), $"{Experiment.Info.Id}: analysis '{analysis.Id}' observable {first.Observable} of a selected event");
                    Assert.Equal(first.Observable, second.Observable);
                }
            }
        }
    }

    /// <summary>Every analysis with data has a finite −2 ln L at background only, for the Asimov data set (observed =
    /// background) and with a signal as large as the background (at least one event per bin).</summary>
    [Fact]
    public void Likelihood_IsFiniteAtBackgroundOnly()
    {
        foreach (var analysis in Experiment.Analyses.Where(a => a.Data.IsAvailable))
        {
            var data = analysis.ToBinnedAnalysis();
            var zero = new double[data.BinCount];
            double observed = data.MinusTwoLnL(zero, zero);
            double asimov = data.WithObserved(data.Background).MinusTwoLnL(zero, zero);
            Assert.True(double.IsFinite(observed), $"{Experiment.Info.Id}: analysis '{analysis.Id}': -2 ln L at background only = {observed}");
            Assert.True(double.IsFinite(asimov), $"{Experiment.Info.Id}: analysis '{analysis.Id}': Asimov -2 ln L at background only = {asimov}");
            var signal = data.Background.ToArray().Select(b => Math.Max(b, 1)).ToArray();
            double withSignal = data.MinusTwoLnL(signal, zero);
            Assert.True(double.IsFinite(withSignal), $"{Experiment.Info.Id}: analysis '{analysis.Id}': -2 ln L with a signal = {withSignal}");
        }
    }

    /// <summary>Every declared figure names this experiment and one of its analyses, its benchmark lies on its axes,
    /// and its assumption set and every variant's resolve against the detector (named volumes and groups exist, at
    /// least one volume is kept).</summary>
    [Fact]
    public void PublishedFigures_AreWellFormed()
    {
        foreach (var figure in Experiment.Figures)
        {
            Assert.Equal(Experiment.Info.Id, figure.ExperimentId);
            if (figure.Analysis is string id) Assert.Contains(Experiment.Analyses, a => a.Id == id);
            if (figure.Benchmark is FigurePoint star)
                Assert.True(star.X >= figure.X.Min && star.X <= figure.X.Max && star.Y >= figure.Y.Min && star.Y <= figure.Y.Max,
                    $"{figure.Id}: benchmark ({star.X}, {star.Y}) lies outside the axes");
            Assert.NotEqual(figure.X.Parameter, figure.Y.Parameter);
            foreach (var assumptions in figure.Variants.Select(v => v.Assumptions).Prepend(figure.Assumptions))
            {
                var kept = assumptions.Volumes.Resolve(Experiment.Detector, Experiment.VolumeGroups);
                Assert.True(kept.Any(k => k), $"{figure.Id}: the assumptions keep no volume");
            }
        }
    }

    /// <summary>Every declared figure whose family the kit can simulate (dark-photon, dipole, dipole+3p1) runs its
    /// analysis at its benchmark (or the centre of its plane) at <see cref="FigureEvents"/> events, under its own
    /// assumptions and every variant's: finite non-negative bins and a finite −2 ln L. A 3+1 oscillation figure needs
    /// the analysis's appearance Monte Carlo instead.</summary>
    [Fact]
    public void PublishedFigures_RunAtTinyStatistics()
    {
        foreach (var figure in Experiment.Figures)
        {
            var analysis = figure.Analysis is string id ? Experiment.Analyses.Single(a => a.Id == id) : Experiment.Analyses[0];
            var signal = FigureSignals.At(figure, analysis);
            if (signal is null)
            {
                Assert.True(figure.Family == "3p1", $"{figure.Id}: the kit cannot build a signal of family '{figure.Family}'");
                Assert.NotNull(analysis.Appearance);
                continue;
            }
            foreach (var assumptions in figure.Variants.Select(v => v.Assumptions).Prepend(figure.Assumptions))
            {
                var options = assumptions.Apply(new SimulationOptions
                {
                    Events = FigureEvents,
                    Seed = 1,
                    Vegas = new VegasOptions { WarmupIterations = 2, WarmupEvaluations = 500, Iterations = 2, Evaluations = 1000 },
                });
                var result = DetectorSimulation.Run(Experiment, analysis, analysis.Exposures, signal, options);
                Assert.All(result.Bins, b => Assert.True(b >= 0 && double.IsFinite(b), $"{figure.Id}: bin content {b}"));
                Assert.True(double.IsFinite(result.McError), $"{figure.Id}: MC error {result.McError}");
                if (analysis.Data.IsAvailable)
                {
                    double chi2 = analysis.ToBinnedAnalysis().MinusTwoLnL(result.Bins.ToArray(), new double[result.Bins.Count]);
                    Assert.True(double.IsFinite(chi2), $"{figure.Id}: -2 ln L = {chi2}");
                }
            }
        }
    }

    private static (VisibleEvent Event, double Efficiency, double Observable) Reconstruct(AnalysisDefinition analysis, VisibleEvent trueEvent, ulong stream)
    {
        var random = RandomStream.Create(20_260_104, stream);
        var reconstructed = analysis.Selection.Smear(trueEvent, ref random);
        double efficiency = analysis.Selection.Efficiency(reconstructed);
        return (reconstructed, efficiency, efficiency > 0 ? analysis.Selection.Observable(reconstructed) : double.NaN);
    }

    private static Physics.Kinematics.ThreeVector PointIn(BoundingBox box, ref RandomStream random) => new(
        box.Min.X + random.NextDouble() * (box.Max.X - box.Min.X),
        box.Min.Y + random.NextDouble() * (box.Max.Y - box.Min.Y),
        box.Min.Z + random.NextDouble() * (box.Max.Z - box.Min.Z));
}
