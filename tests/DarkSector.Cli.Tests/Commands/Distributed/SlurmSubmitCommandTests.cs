using DarkSector.Sampling.Distributed;

namespace DarkSector.Cli.Tests.Commands.Distributed;

/// <summary>slurm scan --dry-run: the job array, the dependent merge and the same darksector, without a Slurm.</summary>
public sealed class SlurmSubmitCommandTests
{
    private static readonly string[] Scan = ["t2k-nd280", "dark-photon", "--x", "m-n:0.05:0.3:log:4", "--y", "v-mu-n2:1e-9:1e-5:log:5",
        "--fix", "mzprime=1.25,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1", "--events", "100"];

    [Fact] // one shard per array task, resumable; the merge writes the scan's own --out after the array (afterok); nothing written
    public void DryRun_PrintsTheArrayAndTheDependentMergeJob()
    {
        var folder = Directory.CreateTempSubdirectory("ds-slurm").FullName;
        try
        {
            string outPath = Path.Combine(folder, "grid.json");
            var result = CliRunner.Run(["slurm", "scan", .. Scan, "--out", outPath, "--array", "4", "--partition", "short", "--time", "00:10:00", "--dry-run"]);
            Assert.True(result.ExitCode == 0, result.Error);
            string text = result.Out;
            Assert.Contains("#SBATCH --array=0-3", text);
            Assert.Contains("#SBATCH --partition=short", text);
            Assert.Contains("#SBATCH --time=00:10:00", text);
            Assert.Contains($"#SBATCH --chdir={Environment.CurrentDirectory}", text);
            Assert.Contains($"scan t2k-nd280 dark-photon --x m-n:0.05:0.3:log:4 --y v-mu-n2:1e-9:1e-5:log:5 --fix mzprime=1.25,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1 --events 100 --out {outPath} --shard \"${{SLURM_ARRAY_TASK_ID}}/${{SLURM_ARRAY_TASK_COUNT:-4}}\" --resume", text);
            Assert.Contains($"merge {outPath}.shard-0-of-4 {outPath}.shard-1-of-4 {outPath}.shard-2-of-4 {outPath}.shard-3-of-4 --out {outPath}", text);
            Assert.Contains("--dependency=afterok:", text);
            string dll = typeof(CliRunner).Assembly.Location;   // the test host runs darksector.dll on the dotnet host
            Assert.Contains(Path.Combine(Path.GetDirectoryName(dll)!, "darksector.dll"), text);
            Assert.Empty(Directory.GetFiles(folder));
        }
        finally { Directory.Delete(folder, true); }
    }

    [Fact] // the inner command's numbers parse as on its own command line: --events 1e3 is a whole number, 1,5 is refused
    public void DryRun_ParsesTheInnerNumbersAsTheCommandDoes()
    {
        var folder = Directory.CreateTempSubdirectory("ds-slurm").FullName;
        try
        {
            string[] Run(string events) => ["slurm", "scan", .. Scan[..^2], "--events", events, "--out", Path.Combine(folder, "grid.json"), "--array", "2", "--dry-run"];
            var result = CliRunner.Run(Run("1e3"));
            Assert.True(result.ExitCode == 0, result.Error);
            Assert.Contains("--events 1e3", result.Out);
            var refused = CliRunner.Run(Run("1,5"));
            Assert.Equal(2, refused.ExitCode);
            Assert.Contains("--events = '1,5'", refused.Error);
        }
        finally { Directory.Delete(folder, true); }
    }

    [Fact] // a stale part of another job next to --out would fail its task on --resume: refused before submitting
    public void Submit_RefusesStalePartsOfAnotherJob()
    {
        var folder = Directory.CreateTempSubdirectory("ds-slurm-stale").FullName;
        try
        {
            string outPath = Path.Combine(folder, "grid.json");
            var other = new JobRequest("scan", ["t2k-nd280", "dark-photon", "--events", "5000"]);
            ShardPartFile.Write(ShardPart.Empty(other, new Shard(1, 2), 4), new Shard(1, 2).PartPath(outPath));
            var result = CliRunner.Run(["slurm", "scan", .. Scan, "--out", outPath, "--array", "2", "--dry-run"]);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"--out: {outPath}.shard-1-of-2 is a part of another job", result.Error);
        }
        finally { Directory.Delete(folder, true); }
    }

    [Theory] // the scan's own errors and the options the front end sets itself: one line, exit 2
    [InlineData("--shard", "not allowed with slurm scan")]
    [InlineData("--resume", "not allowed with slurm scan")]
    [InlineData("--no-out", "--out")]
    [InlineData("--array0", "--array = 0")]
    public void Submit_RejectsBadArguments(string variant, string expected)
    {
        string[] args = variant switch
        {
            "--shard" => ["slurm", "scan", .. Scan, "--out", "g.json", "--array", "2", "--shard", "0/2", "--dry-run"],
            "--resume" => ["slurm", "scan", .. Scan, "--out", "g.json", "--array", "2", "--resume", "--dry-run"],
            "--no-out" => ["slurm", "scan", .. Scan, "--array", "2", "--dry-run"],
            _ => ["slurm", "scan", .. Scan, "--out", "g.json", "--array", "0", "--dry-run"],
        };
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains(expected, result.Error);
    }
}
