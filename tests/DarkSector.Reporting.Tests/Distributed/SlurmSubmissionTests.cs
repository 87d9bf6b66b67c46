using DarkSector.Reporting.Distributed;
using DarkSector.Sampling.Distributed;

namespace DarkSector.Reporting.Tests.Distributed;

/// <summary>A Slurm submission is checked before anything is written; its dry run prints both scripts and the dependent
/// submission; the status of a job reads its parts on disk.</summary>
public sealed class SlurmSubmissionTests
{
    private static readonly JobRequest Job = new("scan", ["--seed", "7"]);

    private static string Folder()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"ds-slurm-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    [Theory] // every bad setting is refused with the option and the value; nothing is written
    [InlineData(0, null, null, 1, "--array = 0 is outside [1, 10000]")]
    [InlineData(10_001, null, null, 1, "--array = 10001 is outside [1, 10000]")]
    [InlineData(4, null, null, 0, "--cpus-per-task = 0 must be >= 1")]
    [InlineData(4, "short queue", null, 1, "--partition: 'short queue' is not a Slurm value")]
    [InlineData(4, null, "1'00", 1, "--time: '1'00' is not a Slurm value")]
    public void Plan_RefusesBadSettings(int tasks, string? partition, string? time, int cpus, string expected)
    {
        string folder = Folder();
        try
        {
            var e = Assert.ThrowsAny<ArgumentException>(() => SlurmSubmission.Plan(["darksector"], Job, [Path.Combine(folder, "out.json")], folder, tasks, partition, time, cpus));
            Assert.Contains(expected, e.Message, StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact] // a job array merges into exactly one file, in an existing folder without white space
    public void Plan_NeedsOneOutputInAnExistingFolder()
    {
        string folder = Folder();
        try
        {
            Assert.Contains("give --out once (given 2 times)", Assert.Throws<ArgumentException>(() =>
                SlurmSubmission.Plan(["darksector"], Job, ["a.json", "a.parquet"], folder, 2, null, null, null)).Message, StringComparison.Ordinal);
            Assert.Contains("does not exist", Assert.Throws<ArgumentException>(() =>
                SlurmSubmission.Plan(["darksector"], Job, [Path.Combine(folder, "missing", "a.json")], folder, 2, null, null, null)).Message, StringComparison.Ordinal);
            Assert.Contains("contains white space", Assert.Throws<ArgumentException>(() =>
                SlurmSubmission.Plan(["darksector"], Job, [Path.Combine(folder, "a.json")], "/my folder", 2, null, null, null)).Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact] // the dry run prints both scripts and the array then the merge submission (afterok), and writes nothing
    public void DryRun_PrintsScriptsAndTheDependentSubmission()
    {
        string folder = Folder();
        try
        {
            string outPath = Path.Combine(folder, "out.json");
            var submission = SlurmSubmission.Plan(["darksector"], Job, [outPath], folder, 3, null, null, null);
            using var text = new StringWriter();
            submission.WriteDryRun(text);
            string printed = text.ToString();
            Assert.Contains(submission.Scripts.ArrayScript(), printed, StringComparison.Ordinal);
            Assert.Contains(submission.Scripts.MergeScript(), printed, StringComparison.Ordinal);
            Assert.Contains($"ARRAY_JOB_ID=$(sbatch --parsable {outPath}.slurm-array.sh)", printed, StringComparison.Ordinal);
            Assert.EndsWith($"sbatch --parsable --dependency=afterok:${{ARRAY_JOB_ID%%;*}} {outPath}.slurm-merge.sh{Environment.NewLine}", printed, StringComparison.Ordinal);
            var json = submission.DryRunJson();
            Assert.True(json["dryRun"]!.GetValue<bool>());
            Assert.Equal(3, json["parts"]!.AsArray().Count);
            Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact] // a stale part of another job next to --out would fail its task on --resume: refused before submitting
    public void Plan_RefusesAStalePartOfAnotherJob()
    {
        string folder = Folder();
        try
        {
            string outPath = Path.Combine(folder, "out.json");
            ShardPartFile.Write(ShardPart.Empty(new JobRequest("scan", ["--seed", "8"]), new Shard(1, 2), 4), new Shard(1, 2).PartPath(outPath));
            var e = Assert.Throws<ArgumentException>(() => SlurmSubmission.Plan(["darksector"], Job, [outPath], folder, 2, null, null, null));
            Assert.Contains("is a part of another job", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact] // status: no parts yet; then one empty part of two shards: one in progress, one not started, 0 of 4 units
    public void Status_CountsTheParts()
    {
        string folder = Folder();
        try
        {
            string outPath = Path.Combine(folder, "out.json");
            var none = ShardJobStatus.Read(outPath);
            Assert.Equal(0, none.ToJson()["shards"]!.GetValue<int>());
            using (var text = new StringWriter())
            {
                none.WriteText(text);
                Assert.Equal($"{outPath}: no parts yet{Environment.NewLine}", text.ToString());
            }
            ShardPartFile.Write(ShardPart.Empty(Job, new Shard(0, 2), 4), new Shard(0, 2).PartPath(outPath));
            var json = ShardJobStatus.Read(outPath).ToJson();
            Assert.Equal((2, 4, 0, 0), (json["shards"]!.GetValue<int>(), json["units"]!.GetValue<int>(), json["finishedUnits"]!.GetValue<int>(), json["complete"]!.GetValue<int>()));
            Assert.Equal([1], json["missing"]!.AsArray().Select(n => n!.GetValue<int>()));
            Assert.Equal(2, json["perShard"]!.AsArray()[0]!["owned"]!.GetValue<int>());
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
