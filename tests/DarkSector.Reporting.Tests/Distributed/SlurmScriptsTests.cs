using DarkSector.Reporting.Distributed;
using DarkSector.Sampling.Distributed;

namespace DarkSector.Reporting.Tests.Distributed;

/// <summary>The sbatch scripts of a sharded job, built without a Slurm: one shard per array task, a merge of the parts.</summary>
public sealed class SlurmScriptsTests
{
    private static SlurmScripts Scripts(string? partition = null) => new(["darksector"], new JobRequest("scan", ["--seed", "7", "--label", "it's"]),
        "/data/out.json", "/data", 4, partition, "01:00:00", 2);

    [Fact]
    public void ArrayScript_RunsOneShardPerTask_Resumably()
    {
        string script = Scripts().ArrayScript();
        Assert.StartsWith("#!/bin/bash\n", script, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --array=0-3\n", script, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --cpus-per-task=2\n", script, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --time=01:00:00\n", script, StringComparison.Ordinal);
        Assert.DoesNotContain("--partition", script, StringComparison.Ordinal);
        Assert.Contains("exec darksector scan --seed 7 --label 'it'\\''s' --out /data/out.json --shard \"${SLURM_ARRAY_TASK_ID}/${SLURM_ARRAY_TASK_COUNT:-4}\" --resume\n",
            script, StringComparison.Ordinal);
    }

    [Fact]
    public void MergeScript_MergesTheFourParts()
    {
        var scripts = Scripts("short");
        Assert.Equal(4, scripts.Parts.Count);
        Assert.Equal(scripts.Parts.Count, scripts.Parts.Distinct().Count());
        string merge = scripts.MergeScript();
        Assert.Contains("#SBATCH --partition=short\n", merge, StringComparison.Ordinal);
        Assert.Contains($"exec darksector merge {string.Join(' ', scripts.Parts)} --out /data/out.json\n", merge, StringComparison.Ordinal);
        Assert.Equal("/data/out.json.slurm-array.sh", scripts.ArrayScriptPath);
        Assert.Equal("/data/out.json.slurm-merge.sh", scripts.MergeScriptPath);
    }

    [Theory]
    [InlineData("plain-word_1.5", "plain-word_1.5")]
    [InlineData("two words", "'two words'")]
    [InlineData("", "''")]
    [InlineData("$HOME", "'$HOME'")]
    public void Words_QuoteForBash(string word, string quoted) => Assert.Equal(quoted, SlurmScripts.Words([word]));
}
