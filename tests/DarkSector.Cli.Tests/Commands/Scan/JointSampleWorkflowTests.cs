using System.Text.Json;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.IO;

namespace DarkSector.Cli.Tests.Commands.Scan;

/// <summary>One small joint sample on disk (t2k-nd280 tpc-ee, dark photon, 6 mass points × 200 events), made once by
/// <c>darksector sample</c> and shared by the workflow tests.</summary>
public sealed class JointSampleFixture : IDisposable
{
    public static readonly string[] Couplings = ["--fix", "v-mu-n2=2.2e-7,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1"];

    public JointSampleFixture()
    {
        Folder = Directory.CreateTempSubdirectory("ds-joint").FullName;
        File = Path.Combine(Folder, "joint.dsev");
        var result = CliRunner.Run(["sample", "t2k-nd280", "dark-photon", "--x", "m-n:0.05:0.3", "--y", "mzprime:0.5:2", .. Couplings,
            "--mass-points", "6", "--events", "200", "--seed", "3", "--out", File, "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        Report = result.Out;
    }

    public string Folder { get; }

    public string File { get; }

    public string Report { get; }

    public void Dispose() => Directory.Delete(Folder, true);
}

public sealed class JointSampleWorkflowTests(JointSampleFixture fixture) : IClassFixture<JointSampleFixture>
{
    private string PathOf(string name) => Path.Combine(fixture.Folder, name);

    private static double[] Values(JsonElement root, string key) => [.. root.GetProperty(key).EnumerateArray().Select(e => e.GetDouble())];

    private static JsonElement Scan(string json, params string[] args)
    {
        var result = CliRunner.Run(["scan", "t2k-nd280", "dark-photon", .. args, "--out", json]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        return doc.RootElement.Clone();
    }

    [Fact] // the report names the file, its size and the selected events; the size is the format's 38 B per event
           // (θ 16, weight 8, prior 8, bin 2, offset 4) + 12 B per crossing + the header
    public void Sample_ReportsTheWrittenFile()
    {
        using var doc = JsonDocument.Parse(fixture.Report);
        var root = doc.RootElement;
        long bytes = root.GetProperty("bytes").GetInt64();
        int events = root.GetProperty("selectedEvents").GetInt32(), crossings = root.GetProperty("crossings").GetInt32();
        Assert.Equal(new FileInfo(fixture.File).Length, bytes);
        Assert.True(events > 0 && crossings >= events, $"{events} events, {crossings} crossings");
        Assert.InRange(bytes - 38L * events - 12L * crossings, 100, 1000);
        Assert.Equal(6, root.GetProperty("massPoints").GetInt32());
        var sample = JointSampleFile.Read(fixture.File);
        Assert.Equal(["m-n", "mzprime"], sample.Metadata.Axes.Select(a => a.Name));
        Assert.Equal(2.2e-7, sample.Metadata.FixedParameters["v-mu-n2"]);
        Assert.Equal(("t2k-nd280", "tpc-ee", "dark-photon", 3UL, 200), (sample.Metadata.ExperimentId, sample.Metadata.AnalysisId,
            sample.Metadata.Family, sample.Metadata.Seed, sample.Metadata.EventsPerPoint));
    }

    [Fact] // the generator's documented recipe: point p draws m_k = min_k exp(ln(max_k/min_k) r) from stream (seed, 2e6 + p);
           // every event sits at one of those 6 points and carries the prior 1/(ln 6 · ln 4) of the log-uniform box exactly
    public void Sample_EventsSitAtTheDocumentedMassPoints_WithTheBoxPrior()
    {
        var sample = JointSampleFile.Read(fixture.File);
        var points = Enumerable.Range(0, 6).Select(p =>
        {
            var random = DarkSector.Sampling.Randomness.RandomStream.Create(3, 2_000_000UL + (ulong)p);
            double mn = 0.05 * Math.Exp(Math.Log(0.3 / 0.05) * random.NextDouble());
            return (mn, 0.5 * Math.Exp(Math.Log(2 / 0.5) * random.NextDouble()));
        }).ToHashSet();
        var theta = sample.Events.Theta.ToArray();
        var prior = sample.Events.Prior.ToArray();
        for (int i = 0; i < sample.Events.Count; i++)
        {
            Assert.Contains((theta[2 * i], theta[2 * i + 1]), points);
            Assert.Equal(1 / (Math.Log(0.3 / 0.05) * Math.Log(2 / 0.5)), prior[i]);
        }
    }

    [Fact] // generate once, scan many: the scan of the saved sample equals the in-memory joint scan of the same seed bit for
           // bit (every -2 ln L), and --save-sample writes the same bytes as darksector sample
    public void ScanFromSample_EqualsInMemoryJointScan_BitForBit()
    {
        string[] grid = ["--x", "m-n:0.05:0.3:log:4", "--y", "mzprime:0.5:2:log:3", .. JointSampleFixture.Couplings];
        var memory = Scan(PathOf("memory.json"), [.. grid, "--mass-points", "6", "--events", "200", "--seed", "3", "--save-sample", PathOf("saved.dsev")]);
        var file = Scan(PathOf("file.json"), [.. grid, "--sample", fixture.File]);
        var (a, b) = (Values(memory, "minusTwoLnL"), Values(file, "minusTwoLnL"));
        Assert.Equal(12, a.Length);
        Assert.Equal(a.Select(BitConverter.DoubleToInt64Bits), b.Select(BitConverter.DoubleToInt64Bits));
        Assert.Contains("from " + fixture.File, file.GetProperty("method").GetString());
        Assert.Equal(File.ReadAllBytes(fixture.File), File.ReadAllBytes(PathOf("saved.dsev")));
    }

    [Fact] // axes in the other order give the transposed grid exactly (the kernel sees the sample's axis order either way)
    public void ScanFromSample_WithSwappedAxes_IsTheTransposedGrid()
    {
        var xy = Values(Scan(PathOf("xy.json"), ["--x", "m-n:0.06:0.25:log:3", "--y", "mzprime:0.6:1.8:log:2", .. JointSampleFixture.Couplings, "--sample", fixture.File]), "minusTwoLnL");
        var yx = Values(Scan(PathOf("yx.json"), ["--x", "mzprime:0.6:1.8:log:2", "--y", "m-n:0.06:0.25:log:3", .. JointSampleFixture.Couplings, "--sample", fixture.File]), "minusTwoLnL");
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 2; j++)
                Assert.Equal(BitConverter.DoubleToInt64Bits(xy[j * 3 + i]), BitConverter.DoubleToInt64Bits(yx[i * 2 + j]));
    }

    [Theory] // any 2-D slice: a mass and a coupling (other mass fixed inside the box), or two couplings at fixed masses
    [InlineData("m-n:0.05:0.3:log:3", "v-mu-n2:1e-8:1e-5:log:3", "mzprime=1.25,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1")]
    [InlineData("v-mu-n2:1e-8:1e-5:log:3", "epsilon2:1e-5:1e-3:log:3", "m-n=0.1,mzprime=1.25,alpha-d=0.4,v-n2=1")]
    [InlineData("mzprime:0.5:2:log:3", "ctau0-cm:1:1e4:log:3", "m-n=0.1,v-mu-n2=2.2e-7,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1")]
    public void ScanFromSample_EvaluatesAnySlice(string x, string y, string fix)
    {
        var root = Scan(PathOf($"slice-{x[..3]}-{y[..3]}.json"), ["--x", x, "--y", y, "--fix", fix, "--sample", fixture.File]);
        Assert.All(Values(root, "delta"), d => Assert.True(d >= 0));
        Assert.StartsWith("joint sample of 6 mass points", root.GetProperty("method").GetString());
    }

    [Fact] // exact coupling reweighting: at fixed masses and lifetime (|V_N|² fixed), the predicted signal is linear in the
           // production coupling |V_μN|² (relative 1e-13: rounding of the ratio only), and at the reference couplings the
           // coupling factor is exactly 1
    public void CouplingReweighting_IsLinearInTheProductionCoupling()
    {
        var signal = AnalysisInference.For(DarkSector.Sampling.Experiments.ExperimentCatalog.Discover().Get("t2k-nd280"), null, new DarkSector.Sampling.Simulation.SimulationOptions { Events = 200, Seed = 1 });
        var joint = new JointSamplePrediction(JointSampleFile.Read(fixture.File), ModelFamilies.Get("dark-photon"), signal, null, "test");
        var (mu1, w1, mu3, w3) = (new double[joint.BinCount], new double[joint.BinCount], new double[joint.BinCount], new double[joint.BinCount]);
        // the first point of a grid inside the box where the small sample (6 points x 200 events) predicts a signal
        var point = (from mN in new[] { 0.12, 0.08, 0.16, 0.2, 0.25 }
                     from mZ in new[] { 1.1, 0.7, 1.5 }
                     select new Dictionary<string, double> { ["m-n"] = mN, ["mzprime"] = mZ, ["v-mu-n2"] = 2.2e-7, ["epsilon2"] = 4.6e-4, ["alpha-d"] = 0.4, ["v-n2"] = 1 })
            .FirstOrDefault(p => { joint.Predict(p, mu1, w1); return mu1.Sum() > 0; });
        Assert.NotNull(point);
        joint.Predict(point, mu1, w1);
        joint.Predict(new Dictionary<string, double>(point) { ["v-mu-n2"] = 6.6e-7 }, mu3, w3);
        Assert.True(mu1.Sum() > 0);
        for (int b = 0; b < mu1.Length; b++)
        {
            Assert.Equal(3 * mu1[b], mu3[b], 1e-13 * mu3[b]);
            Assert.Equal(9 * w1[b], w3[b], 1e-13 * w3[b]);
        }
    }

    [Theory] // bad --sample use: one line on stderr naming the option (and the allowed range), exit code 2
    [InlineData("missing", "--sample: file")]
    [InlineData("events", "is an event .dsev file, not a joint reweighting sample")]
    [InlineData("outside", "--x: m-n from 0.01 to 0.3 leaves the joint sample's box (--sample |allowed range [0.05, 0.3]")]
    [InlineData("fixed-outside", "--fix: mzprime = 3 is outside the joint sample's box (--sample |allowed range [0.5, 2]")]
    [InlineData("family", "generated for family 'dark-photon', not 'dipole'")]
    [InlineData("experiment", "generated for experiment 't2k-nd280', not 'miniboone'")]
    [InlineData("save", "--save-sample: the scan already reads a saved sample")]
    public void ScanFromSample_BadInput_IsOneLineWithExitCodeTwo(string @case, string expected)
    {
        string events = PathOf("events.dsev");
        DsevFile.Write(new EventSample(new EventSampleMetadata()), events);
        string[] args = @case switch
        {
            "missing" => ["t2k-nd280", "dark-photon", "--x", "m-n:0.05:0.3:log:3", "--y", "mzprime:0.5:2:log:3", .. JointSampleFixture.Couplings, "--sample", PathOf("none.dsev")],
            "events" => ["t2k-nd280", "dark-photon", "--x", "m-n:0.05:0.3:log:3", "--y", "mzprime:0.5:2:log:3", .. JointSampleFixture.Couplings, "--sample", events],
            "outside" => ["t2k-nd280", "dark-photon", "--x", "m-n:0.01:0.3:log:3", "--y", "mzprime:0.5:2:log:3", .. JointSampleFixture.Couplings, "--sample", fixture.File],
            "fixed-outside" => ["t2k-nd280", "dark-photon", "--x", "m-n:0.05:0.3:log:3", "--y", "v-mu-n2:1e-8:1e-6:log:3",
                "--fix", "mzprime=3,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1", "--sample", fixture.File],
            "family" => ["t2k-nd280", "dipole", "--analysis", "tpc-ee", "--x", "m-n:0.05:0.3:log:3", "--y", "d-mu:1e-8:1e-7:log:3", "--sample", fixture.File],
            "experiment" => ["miniboone", "dark-photon", "--x", "m-n:0.05:0.3:log:3", "--y", "mzprime:0.5:2:log:3", .. JointSampleFixture.Couplings, "--sample", fixture.File],
            _ => ["t2k-nd280", "dark-photon", "--x", "m-n:0.05:0.3:log:3", "--y", "mzprime:0.5:2:log:3", .. JointSampleFixture.Couplings,
                "--sample", fixture.File, "--save-sample", PathOf("again.dsev")],
        };
        var result = CliRunner.Run(["scan", .. args, "--out", PathOf("bad.json")]);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        foreach (string fragment in expected.Split('|')) Assert.Contains(fragment, result.Error);
    }

    [Theory] // options the saved sample fixes: explicit one-line error naming the option and the sample's value, exit code 2
             // (--events and --seed only without --benchmark, whose point is simulated with them)
    [InlineData("--events", "500", "--events: not allowed with --sample (the saved sample fixes it: 200 events per mass point)")]
    [InlineData("--seed", "7", "--seed: not allowed with --sample (the saved sample fixes it: seed 3)")]
    [InlineData("--mass-points", "6", "--mass-points: not allowed with --sample (the saved sample fixes it: 6 mass points)")]
    [InlineData("--processes", "coherent", "--processes: not allowed with --sample or --save-sample (joint samples do not record the production selection)")]
    [InlineData("--exclude-volumes", "upstream-rock", "--exclude-volumes: not allowed with --sample or --save-sample")]
    public void ScanFromSample_OptionTheSampleFixes_IsOneLineWithExitCodeTwo(string option, string value, string expected)
    {
        var result = CliRunner.Run(["scan", "t2k-nd280", "dark-photon", "--x", "m-n:0.05:0.3:log:2", "--y", "mzprime:0.5:2:log:2",
            .. JointSampleFixture.Couplings, "--sample", fixture.File, option, value, "--out", PathOf("fixed-option.json")]);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains(expected, result.Error);
    }

    [Fact] // with --benchmark the benchmark point is simulated, so --events and --seed are accepted and the delta reported
    public void ScanFromSample_WithBenchmark_AcceptsEventsAndSeed()
    {
        var root = Scan(PathOf("benchmark.json"), ["--x", "m-n:0.05:0.3:log:2", "--y", "mzprime:0.5:2:log:2", .. JointSampleFixture.Couplings,
            "--sample", fixture.File, "--benchmark", "0.1,1.25", "--events", "200", "--seed", "5"]);
        Assert.True(root.GetProperty("benchmark").GetProperty("delta").GetDouble() is var d && double.IsFinite(d));
    }

    [Theory] // bad sample generation: a coupling as an axis, a mass of another family, an empty box — one line, exit code 2
    [InlineData("dark-photon", "v-mu-n2:1e-8:1e-6", "is not a mass of the dark-photon family")]
    [InlineData("dipole", "mzprime:0.5:2", "is not a parameter of the dipole family")]
    [InlineData("dark-photon", "m-n:0.3:0.05", "must satisfy 0 < min < max")]
    public void Sample_BadInput_IsOneLineWithExitCodeTwo(string family, string x, string expected)
    {
        var result = CliRunner.Run(["sample", "t2k-nd280", family, "--x", x, "--fix", "d-mu=1e-7", "--events", "200", "--out", PathOf("bad.dsev")]);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains(expected, result.Error);
    }

    [Theory] // --masses: a name other than discrete|continuous|adaptive, and adaptive with --shard (its points after the pilot
             // depend on the pilot's simulations), are one line with exit code 2 before any simulation, no file written
    [InlineData("grid", null, "--masses = 'grid' is not a placement; allowed: discrete, continuous, adaptive")]
    [InlineData("adaptive", "0/2", "--masses adaptive: the points after the pilot depend on its simulations")]
    public void Sample_BadMasses_IsOneLineWithExitCodeTwo(string masses, string? shard, string expected)
    {
        string[] args = ["sample", "t2k-nd280", "dark-photon", "--x", "m-n:0.05:0.3", "--fix", "mzprime=1.25,v-mu-n2=2.2e-7,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1",
            "--events", "200", "--masses", masses, "--out", PathOf("masses.dsev"), .. shard is null ? Array.Empty<string>() : ["--shard", shard]];
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains(expected, result.Error);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(PathOf("masses.dsev"))!, "masses*"));
    }

    [Theory] // --precision outside (0, 1), or with --shard/--resume (it regenerates the whole sample): one line, exit code 2,
             // no file written
    [InlineData("2", null, "--precision = 2 must be in (0, 1)")]
    [InlineData("0.1", "0/2", "--precision cannot be combined with --shard 0/2")]
    public void Sample_BadPrecision_IsOneLineWithExitCodeTwo(string precision, string? shard, string expected)
    {
        string[] args = ["sample", "t2k-nd280", "dark-photon", "--x", "m-n:0.05:0.3", "--fix", "mzprime=1.25,v-mu-n2=2.2e-7,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1",
            "--events", "200", "--precision", precision, "--out", PathOf("precision.dsev"), .. shard is null ? Array.Empty<string>() : ["--shard", shard]];
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains(expected, result.Error);
        Assert.Empty(Directory.GetFiles(fixture.Folder, "precision*"));
    }

    [Fact] // --precision grows the sample (2 mass points from 200 events) and the JSON says what it reached; the file holds the
           // final events per point
    public void Sample_Precision_ReportsWhatItReached()
    {
        string file = PathOf("grown.dsev");
        var result = CliRunner.Run(["sample", "t2k-nd280", "dark-photon", "--x", "m-n:0.13:0.2", "--fix",
            "mzprime=1.25,v-mu-n2=2.2e-7,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1", "--mass-points", "2", "--events", "200", "--precision", "0.3", "--out", file, "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var precision = json.RootElement.GetProperty("precision");
        Assert.Equal(0.3, precision.GetProperty("target").GetDouble());
        Assert.True(precision.GetProperty("rounds").GetInt32() >= 1);
        bool reached = precision.GetProperty("reached").GetBoolean();
        Assert.Equal(reached, precision.GetProperty("worst").GetDouble() <= 0.3 && precision.GetProperty("pointsWithSignal").GetInt32() > 0);
        int events = json.RootElement.GetProperty("eventsPerPoint").GetInt32();
        Assert.True(events >= 200);
        Assert.Equal(events, JointSampleFile.Read(file).Metadata.EventsPerPoint);
    }

    [Fact] // dipole: a one-axis sample in m_N reweights d_μN exactly (production and every width ∝ d², so BR_vis is
           // d-independent and c τ₀ ∝ 1/d²); with zero background −2 ln L = 2μ grows with d in the long-lifetime corner
    public void Dipole_OneMassAxisSample_ScansMassAndCoupling()
    {
        string file = PathOf("dipole.dsev");
        var made = CliRunner.Run(["sample", "t2k-nd280", "dipole", "--analysis", "tpc-ee-dipole", "--x", "m-n:0.04:0.25", "--fix", "d-mu=1e-7",
            "--mass-points", "4", "--events", "300", "--out", file]);
        Assert.True(made.ExitCode == 0, made.Error);
        var result = CliRunner.Run(["scan", "t2k-nd280", "dipole", "--x", "m-n:0.05:0.2:log:2", "--y", "d-mu:1e-8:1e-7:log:3",
            "--sample", file, "--out", PathOf("dipole.json")]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(File.ReadAllText(PathOf("dipole.json")));
        Assert.Equal("tpc-ee-dipole", doc.RootElement.GetProperty("analysis").GetString());   // the sample's analysis by default
        var delta = Values(doc.RootElement, "delta");
        for (int i = 0; i < 2; i++)
            Assert.True(delta[i] < delta[2 + i] && delta[2 + i] < delta[4 + i], $"column {i}: {delta[i]}, {delta[2 + i]}, {delta[4 + i]}");
    }
}
