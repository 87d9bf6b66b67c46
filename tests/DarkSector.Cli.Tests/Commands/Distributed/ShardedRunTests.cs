using System.Globalization;
using System.Text.Json;
using DarkSector.Cli.Tests.Commands.Scan;
using DarkSector.Sampling.Distributed;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;

namespace DarkSector.Cli.Tests.Commands.Distributed;

/// <summary>scan and sample with --shard i/n, darksector merge, --resume and slurm status, against single-process runs
/// (issue 21). Scans reweight the shared joint sample (no simulation) except one real per-mass-column scan.</summary>
public sealed class ShardedRunTests(JointSampleFixture fixture) : IClassFixture<JointSampleFixture>
{
    private static readonly string[] Couplings = ["--fix", "mzprime=1,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1"];

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(fixture.Folder, name)).FullName;

    /// <summary>The scan JSON without its run-time line ("seconds") and its provenance line ("commandLine": the command
    /// that wrote the file), the only fields a merge cannot reproduce.</summary>
    private static string WithoutSeconds(string path) =>
        string.Join('\n', File.ReadAllLines(path).Where(l => !l.TrimStart().StartsWith("\"seconds\":", StringComparison.Ordinal)
            && !l.TrimStart().StartsWith("\"commandLine\":", StringComparison.Ordinal)));

    private static void Ok(CliRunner.Result result) => Assert.True(result.ExitCode == 0, result.Error);

    private static void BadInput(CliRunner.Result result, string expected)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains(expected, result.Error);
    }

    private string[] SampleScan(string x, string y) => ["scan", "t2k-nd280", "dark-photon", "--sample", fixture.File, "--x", x, "--y", y, .. Couplings];

    private static string[] Shards(string[] command, string outPath, int n)
    {
        foreach (int i in Enumerable.Range(0, n)) Ok(CliRunner.Run([.. command, "--out", outPath, "--shard", $"{i}/{n}"]));
        return [.. Enumerable.Range(0, n).Reverse().Select(i => new Shard(i, n).PartPath(outPath))];   // merge takes any order
    }

    [Property(MaxTest = 8)] // merged scan shards equal the single-process scan (every byte but "seconds") for n = 1, 2, 3, 7 on random grids
    public Property MergedScanShards_EqualTheSingleRun()
    {
        string folder = Folder("scan-property");
        var grids =
            from a in Gen.Choose(0, 100)
            from b in Gen.Choose(0, 100)
            from nx in Gen.Choose(2, 6)
            from ny in Gen.Choose(2, 4)
            from n in Gen.Elements(1, 2, 3, 7)
            from low in Gen.Choose(-9, -7)
            select (a, b, nx, ny, n, low);
        int run = 0;
        return Prop.ForAll(Arb.From(grids), g =>
        {
            double m0 = 0.05 * Math.Pow(6, Math.Min(g.a, g.b) / 101.0), m1 = 0.05 * Math.Pow(6, (Math.Max(g.a, g.b) + 1) / 102.0);
            string x = string.Create(CultureInfo.InvariantCulture, $"m-n:{m0:R}:{m1:R}:log:{g.nx}");
            string y = string.Create(CultureInfo.InvariantCulture, $"v-mu-n2:1e{g.low}:1e-5:log:{g.ny}");
            string single = Path.Combine(folder, $"single{run}.json"), merged = Path.Combine(folder, $"merged{run++}.json");
            Ok(CliRunner.Run([.. SampleScan(x, y), "--out", single]));
            var parts = Shards(SampleScan(x, y), merged, g.n);
            Ok(CliRunner.Run(["merge", .. parts, "--out", merged]));
            return WithoutSeconds(single) == WithoutSeconds(merged);
        });
    }

    [Fact] // one simulation per mass column, 3 columns in 3 shards of 1: identical to the single run
    public void MergedSimulationShards_EqualTheSingleRun()
    {
        string folder = Folder("scan-simulated");
        string[] scan = ["scan", "t2k-nd280", "dark-photon", "--analysis", "tpc-ee", "--x", "m-n:0.05:0.3:log:3", "--y", "v-mu-n2:1e-9:1e-5:log:2",
            "--fix", "mzprime=1.25,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1", "--events", "100", "--seed", "4"];
        string single = Path.Combine(folder, "single.json"), merged = Path.Combine(folder, "merged.json");
        Ok(CliRunner.Run([.. scan, "--out", single]));
        Ok(CliRunner.Run(["merge", .. Shards(scan, merged, 3), "--out", merged]));
        Assert.Equal(WithoutSeconds(single), WithoutSeconds(merged));
    }

    [Theory] // joint-sample shards (mass points) merge to the single run's file byte for byte; n = 7 > 6 points leaves a shard empty
    [InlineData(2)]
    [InlineData(7)]
    public void MergedSampleShards_AreByteIdenticalToTheSingleRun(int n)
    {
        string folder = Folder($"sample-{n}");
        string[] sample = ["sample", "t2k-nd280", "dark-photon", "--x", "m-n:0.05:0.3", "--y", "mzprime:0.5:2", .. JointSampleFixture.Couplings,
            "--mass-points", "6", "--events", "200", "--seed", "3"];
        string merged = Path.Combine(folder, "joint.dsev");
        Ok(CliRunner.Run(["merge", .. Shards(sample, merged, n), "--out", merged]));
        Assert.Equal(File.ReadAllBytes(fixture.File), File.ReadAllBytes(merged));
    }

    [Fact] // parts of scans on different grids, a missing shard, a file that is not a part: one line, exit 2, nothing written
    public void Merge_RefusesPartsThatDoNotBelongTogether()
    {
        string folder = Folder("refuse");
        string a = Path.Combine(folder, "a.json"), b = Path.Combine(folder, "b.json"), outPath = Path.Combine(folder, "out.json");
        var partsA = Shards(SampleScan("m-n:0.06:0.2:log:3", "v-mu-n2:1e-9:1e-5:log:2"), a, 2);
        var partsB = Shards(SampleScan("m-n:0.06:0.2:log:4", "v-mu-n2:1e-9:1e-5:log:2"), b, 2);
        BadInput(CliRunner.Run(["merge", partsA[1], partsB[0], "--out", outPath]), "--x is m-n:0.06:0.2:log:4 here but m-n:0.06:0.2:log:3 there");
        BadInput(CliRunner.Run(["merge", partsA[0], "--out", outPath]), "shard 0/2 is missing");
        BadInput(CliRunner.Run(["merge", partsA[0], partsA[0], "--out", outPath]), "given twice");
        BadInput(CliRunner.Run(["merge", fixture.File, "--out", outPath]), "not a shard part");
        Assert.False(File.Exists(outPath));
    }

    [Fact] // --resume continues a checkpoint without recomputing its columns (a planted value survives) and, from a true
           // checkpoint, equals the uninterrupted scan; the checkpoint is removed once the scan is written
    public void Resume_ContinuesTheCheckpointAndEqualsTheUninterruptedScan()
    {
        string folder = Folder("resume");
        string[] scan = SampleScan("m-n:0.06:0.25:log:5", "v-mu-n2:1e-9:1e-5:log:3");
        string plain = Path.Combine(folder, "plain.json"), resumed = Path.Combine(folder, "resumed.json");
        Ok(CliRunner.Run([.. scan, "--out", plain]));
        // A killed run: its checkpoint holds columns 0 and 3 only.
        string checkpoint = Shard.Whole.PartPath(resumed);
        Ok(CliRunner.Run([.. scan, "--out", resumed, "--shard", "0/1"]));
        var complete = ShardPartFile.Read(checkpoint);
        var killed = ShardPart.Empty(complete.Request, Shard.Whole, complete.UnitCount).With(0, complete.Units[0]).With(3, complete.Units[3]);
        ShardPartFile.Write(killed, checkpoint);
        Ok(CliRunner.Run([.. scan, "--out", resumed, "--resume"]));
        Assert.Equal(WithoutSeconds(plain), WithoutSeconds(resumed));
        Assert.False(File.Exists(checkpoint));

        ShardPartFile.Write(ShardPart.Empty(complete.Request, Shard.Whole, complete.UnitCount).With(3, ShardPayload.FromDoubles([1e6, 1e6, 1e6, 0, 0, 0, 0, 0, 0, 1, 1, 1, 10, 10, 10, 0, 0, 0, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6])), checkpoint);   // a column of a joint-sample scan: −2 ln L, signal, MC error, kernel ESS, mass points, flag, then −2 ln L at the signal ±1σ_MC, of its 3 points
        Ok(CliRunner.Run([.. scan, "--out", resumed, "--resume"]));
        using var doc = JsonDocument.Parse(File.ReadAllText(resumed));
        var values = doc.RootElement.GetProperty("minusTwoLnL").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.Equal([1e6, 1e6, 1e6], [values[3], values[3 + 5], values[3 + 10]]);   // x fastest: column 3 kept as checkpointed
    }

    [Fact] // a checkpoint of another scan is not resumed
    public void Resume_RefusesTheCheckpointOfAnotherScan()
    {
        string folder = Folder("resume-other");
        string outPath = Path.Combine(folder, "grid.json");
        Ok(CliRunner.Run([.. SampleScan("m-n:0.06:0.25:log:3", "v-mu-n2:1e-9:1e-5:log:2"), "--out", outPath, "--shard", "0/1"]));
        BadInput(CliRunner.Run([.. SampleScan("m-n:0.06:0.25:log:3", "v-mu-n2:1e-8:1e-5:log:2"), "--out", outPath, "--resume"]),
            "belongs to another job: --y is v-mu-n2:1e-9:1e-5:log:2 here but v-mu-n2:1e-8:1e-5:log:2 there");
    }

    [Fact] // a two-mass scan without --sample builds one joint sample in memory: sharding it is refused before any work
    public void Shard_IsRefusedForAnInMemoryJointSample() =>
        BadInput(CliRunner.Run(["scan", "t2k-nd280", "dark-photon", "--x", "m-n:0.05:0.3:log:3", "--y", "mzprime:0.5:2:log:3",
            "--fix", "v-mu-n2=2.2e-7,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1", "--out", Path.Combine(fixture.Folder, "never.json"), "--shard", "0/2"]),
            "shard darksector sample instead");

    [Fact] // status from the parts on disk: one of two shards finished, the other not started, not merged
    public void SlurmStatus_ReportsProgressFromTheParts()
    {
        string folder = Folder("status");
        string outPath = Path.Combine(folder, "grid.json");
        Ok(CliRunner.Run([.. SampleScan("m-n:0.06:0.25:log:4", "v-mu-n2:1e-9:1e-5:log:2"), "--out", outPath, "--shard", "0/2"]));
        var result = CliRunner.Run(["slurm", "status", outPath, "--json"]);
        Ok(result);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        Assert.Equal(("scan", 2, 4, 2, 1), (root.GetProperty("kind").GetString(), root.GetProperty("shards").GetInt32(), root.GetProperty("units").GetInt32(),
            root.GetProperty("finishedUnits").GetInt32(), root.GetProperty("complete").GetInt32()));
        Assert.Equal([1], root.GetProperty("missing").EnumerateArray().Select(e => e.GetInt32()));
        Assert.False(root.GetProperty("merged").GetBoolean());
    }
}
