using DarkSector.Sampling.Distributed;

namespace DarkSector.Cli.Tests.Commands.Distributed;

/// <summary>generate and rate with --shard i/n and their merges, against single-process runs (issue 21).</summary>
public sealed class GenerateRateShardTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ds-gen-rate-shards").FullName;

    private static readonly string[] Generate =
    [
        "generate", "dark-photon", "--flux", "miniboone:fhc:numu", "--mn", "0.1", "--mzprime", "1.25", "--epsilon2", "4.6e-4", "--alpha-d", "0.4",
        "--v-mu-n2", "2.2e-7", "--events", "5000", "--warmup-iterations", "2", "--warmup-evaluations", "1000", "--iterations", "2", "--evaluations", "2000",
        "--seed", "3", "--quiet",
    ];

    private static readonly string[] Rate =
        ["rate", "t2k-nd280", "dark-photon", "--mn", "0.1", "--mzprime", "1.25", "--epsilon2", "4.6e-4", "--alpha-d", "0.4", "--v-mu-n2", "2.2e-7", "--events", "400", "--quiet"];

    public void Dispose() => Directory.Delete(_folder, true);

    private static void Ok(CliRunner.Result result) => Assert.True(result.ExitCode == 0, result.Error);

    private static void BadInput(CliRunner.Result result, string expected)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains(expected, result.Error);
    }

    private static string[] Shards(string[] command, string outPath, int n)
    {
        foreach (int i in Enumerable.Range(0, n)) Ok(CliRunner.Run([.. command, "--out", outPath, "--shard", $"{i}/{n}"]));
        return [.. Enumerable.Range(0, n).Reverse().Select(i => new Shard(i, n).PartPath(outPath))];
    }

    [Theory] // merged generate shards write the single run's file byte for byte, weighted and unweighted, in every event format
    [InlineData(1, ".dsev", false)]
    [InlineData(2, ".csv", true)]
    [InlineData(3, ".hepmc", false)]
    [InlineData(7, ".dsev", true)]
    public void MergedGenerateShards_AreByteIdenticalToTheSingleRun(int n, string extension, bool unweight)
    {
        string[] command = unweight ? [.. Generate, "--unweight"] : Generate;
        string single = Path.Combine(_folder, "single" + extension), merged = Path.Combine(_folder, $"merged{n}" + extension);
        var singleRun = CliRunner.Run([.. command, "--out", single]);
        Ok(singleRun);
        var mergeRun = CliRunner.Run(["merge", .. Shards(command, merged, n), "--out", merged]);
        Ok(mergeRun);
        Assert.Equal(File.ReadAllBytes(single), File.ReadAllBytes(merged));
        Assert.Equal(singleRun.Out.Replace(single, "OUT"), mergeRun.Out.Replace(merged, "OUT"));   // the same summary
    }

    [Fact] // generate parts of another seed do not merge: one line naming --seed, nothing written
    public void Merge_RefusesGenerateShardsOfAnotherSeed()
    {
        string outPath = Path.Combine(_folder, "events.dsev");
        string[] parts = Shards(Generate, outPath, 2);
        Ok(CliRunner.Run([.. Generate.Select(a => a == "3" ? "4" : a), "--out", outPath, "--shard", "1/2"]));
        BadInput(CliRunner.Run(["merge", .. parts, "--out", outPath]), "--seed is");
        Assert.False(File.Exists(outPath));
    }

    [Fact] // --shard needs --out (where the part goes); refused before any work
    public void GenerateShard_WithoutOut_IsRefused() =>
        BadInput(CliRunner.Run([.. Generate, "--shard", "0/2"]), "--shard: give --out");

    [Fact] // merged rate shards give rate --json's report (but for commandLine); a part of another model is refused naming --mn
    public void MergedRateShards_EqualRateJson()
    {
        var single = CliRunner.Run([.. Rate, "--json"]);
        Ok(single);
        string outPath = Path.Combine(_folder, "rate.json");
        var parts = Shards(Rate, outPath, 2);
        Ok(CliRunner.Run(["merge", .. parts, "--out", outPath]));
        Assert.Equal(CliRunner.WithoutCommandLine(single.Out), CliRunner.WithoutCommandLine(File.ReadAllText(outPath)));

        string other = Path.Combine(_folder, "other.json");
        Ok(CliRunner.Run([.. Rate.Select(a => a == "0.1" ? "0.12" : a), "--out", other, "--shard", "0/2"]));
        BadInput(CliRunner.Run(["merge", new Shard(0, 2).PartPath(other), parts[0], "--out", Path.Combine(_folder, "x.json")]), "--mn");
    }

    [Fact] // scan --profile with --shard: the parts carry the profiled values; the merged JSON equals the single run's (but seconds, commandLine)
    public void MergedProfiledScanShards_EqualTheSingleRun()
    {
        string[] scan = ["scan", "miniboone", "dipole+3p1", "--analysis", "eqe", "--fix", "m-n=0.47", "--x", "sin2-2theta:1e-3:1:log:3",
            "--y", "dm2:1e-1:1e1:log:2", "--profile", "d-mu:1e-7:1e-5:log:3", "--events", "500", "--quiet"];
        string single = Path.Combine(_folder, "profiled.json"), merged = Path.Combine(_folder, "profiled-merged.json");
        Ok(CliRunner.Run([.. scan, "--out", single]));
        Ok(CliRunner.Run(["merge", .. Shards(scan, merged, 3), "--out", merged]));
        static string Stable(string path) => string.Join('\n', File.ReadAllLines(path).Where(l => !l.TrimStart().StartsWith("\"seconds\":", StringComparison.Ordinal)
            && !l.TrimStart().StartsWith("\"commandLine\":", StringComparison.Ordinal)));
        Assert.Equal(Stable(single), Stable(merged));
        Assert.Contains("\"profile\"", File.ReadAllText(merged));
    }
}
