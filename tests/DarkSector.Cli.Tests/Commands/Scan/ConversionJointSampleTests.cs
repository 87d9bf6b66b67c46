using System.Text.Json;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Reweighting;

namespace DarkSector.Cli.Tests.Commands.Scan;

/// <summary>Joint samples of a photon-conversion analysis (MINERvA me-rhc, dipole): the events carry their decay line as
/// segments weighted by ε·P_conv, so the kernel reweighter's lifetime factor is the per-mass reweighting's.</summary>
public sealed class ConversionJointSampleTests
{
    [Fact] // generate once, scan a slice: `sample` writes the conversion events with several decay-line segments each
           // (one fiducial crossing would be one segment), and `scan --sample` with Asimov data gives a -2 Delta ln L that
           // grows with d_mu at each m_N (long lifetimes here, c tau0 from ~1e2 to ~1e5 cm: production x decay
           // probability proportional to d^4, so the signal only grows)
    public void SampleAndScan_ConversionAnalysis_Workflow()
    {
        string dir = Directory.CreateTempSubdirectory("ds-mnv-joint").FullName;
        string file = Path.Combine(dir, "minerva.dsev"), json = Path.Combine(dir, "scan.json");
        var made = CliRunner.Run(["sample", "minerva", "dipole", "--analysis", "me-rhc", "--x", "m-n:0.1:0.3", "--fix", "d-mu=1e-6",
            "--mass-points", "4", "--events", "200", "--seed", "3", "--out", file, "--json"]);
        Assert.True(made.ExitCode == 0, made.Error);
        using (var report = JsonDocument.Parse(made.Out))
        {
            long selected = report.RootElement.GetProperty("selectedEvents").GetInt64();
            Assert.True(selected > 0);
            Assert.True(report.RootElement.GetProperty("crossings").GetInt64() > 2 * selected);
        }
        var scan = CliRunner.Run(["scan", "minerva", "dipole", "--x", "m-n:0.12:0.25:log:2", "--y", "d-mu:1e-7:1e-6:log:3",
            "--sample", file, "--data", "asimov", "--out", json]);
        Assert.True(scan.ExitCode == 0, scan.Error);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal("me-rhc", doc.RootElement.GetProperty("analysis").GetString());   // the sample's analysis by default
        Assert.StartsWith("joint sample of 4 mass points", doc.RootElement.GetProperty("method").GetString());
        double[] delta = [.. doc.RootElement.GetProperty("delta").EnumerateArray().Select(e => e.GetDouble())];
        for (int i = 0; i < 2; i++)
            Assert.True(delta[i] < delta[2 + i] && delta[2 + i] < delta[4 + i], $"m_N index {i}: {delta[i]}, {delta[2 + i]}, {delta[4 + i]}");
        Directory.Delete(dir, true);
    }

    [Fact] // a one-point joint sample, read back from its file, predicts at its own mass exactly the per-mass reweighting
           // of a simulation with the generator's documented seed (seed + 7919) at every c tau0 from 0.1 cm to 1e5 cm
           // (prompt to long-lived): the same events with the same decay-line segments. The kernel regression over one mass
           // point (LocalLinearKernelReweighter: the local fit is singular, so the local mean) has weight 1 on it: F = 1
           // for mu and Sigma w^2. Relative 1e-12 for summation order, plus the float32 index's bound per event
           // (LocalLinearKernelReweighter remarks): (2 kappa a_max + 20) 2^-24 on mu, twice that on Sigma w^2
    public void OnePointSample_ReproducesPerMassConversionReweighting()
    {
        string dir = Directory.CreateTempSubdirectory("ds-mnv-one").FullName;
        string file = Path.Combine(dir, "one.dsev");
        var made = CliRunner.Run(["sample", "minerva", "dipole", "--analysis", "me-rhc", "--x", "m-n:0.1:0.3", "--fix", "d-mu=1e-6",
            "--mass-points", "1", "--events", "200", "--seed", "3", "--out", file]);
        Assert.True(made.ExitCode == 0, made.Error);
        var sample = JointSampleFile.Read(file);
        Directory.Delete(dir, true);
        double mass = sample.Events.Theta[0];

        var family = ModelFamilies.Get("dipole");
        var signal = AnalysisInference.For(DarkSector.Sampling.Experiments.ExperimentCatalog.Discover().Get("minerva"), "me-rhc", new DarkSector.Sampling.Simulation.SimulationOptions { Events = 200, Seed = 3 });
        var point = new Dictionary<string, double> { ["m-n"] = mass, ["d-mu"] = 1e-6 };
        var events = new ReweightingEvents(1, signal.Analysis.Binning.Count);
        SimulationReweighting.Collect(signal.Experiment, signal.Analysis, family.Signal(point, signal.Analysis),
            signal.Options with { Seed = 3 + 7919 }, [mass], 1, 1, events);
        Assert.Equal(sample.Events.Count, events.Count);
        Assert.Equal(sample.Events.CrossingCount, events.CrossingCount);

        var joint = new JointSamplePrediction(sample, family, signal, null, "test");
        const double f = 1;
        int bins = joint.BinCount;
        var (mu, w2, muExact, w2Exact) = (new double[bins], new double[bins], new double[bins], new double[bins]);
        foreach (double ctau in new[] { 0.1, 10, 1e3, 1e5 })
        {
            joint.Predict(new Dictionary<string, double>(point) { ["ctau0-cm"] = ctau }, mu, w2);
            events.PredictAtSampledPoint(1, ctau, muExact, w2Exact);
            Assert.True(muExact.Sum() > 0, $"c tau0 = {ctau} cm: no signal");
            double relative = 1e-12 + (2 * events.ProperEntry.ToArray().Max() / ctau + 20) * Math.Pow(2, -24);
            for (int b = 0; b < bins; b++)
            {
                Assert.Equal(f * muExact[b], mu[b], relative * muExact[b]);
                Assert.Equal(f * f * w2Exact[b], w2[b], (2 * relative + relative * relative) * w2Exact[b]);
            }
        }
    }
}
