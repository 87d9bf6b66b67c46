using System.Text.Json;

namespace DarkSector.Cli.Tests.Commands;

public sealed class ScanPrecisionTests
{
    private static readonly string[] Plane =
        ["t2k-nd280", "dark-photon", "--x", "m-n:0.08:0.2:log:2", "--y", "v-mu-n2:1e-9:1e-5:log:5", "--fix", "mzprime=1.25,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1"];

    [Theory] // outside (0, 1) or with --shard: one line naming the option, exit code 2, nothing written
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("0.1", "--shard", "0/2")]
    public void Precision_BadValueOrCombination_IsRejected(string value, params string[] more)
    {
        string out_ = Path.Combine(Path.GetTempPath(), $"ds-scanprec-{Guid.NewGuid():N}.json");
        var result = CliRunner.Run(["scan", .. Plane, "--events", "200", "--precision", value, "--out", out_, .. more]);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains("--precision", result.Error);
        Assert.False(File.Exists(out_));
    }

    [Fact] // the JSON states the target, each mass column's relative error, events and whether it was reached, the columns
           // that were not, and the MC band of the contour
    public void Precision_AndBand_AreReported()
    {
        string out_ = Path.Combine(Path.GetTempPath(), $"ds-scanprec-{Guid.NewGuid():N}.json");
        try
        {
            var result = CliRunner.Run(["scan", .. Plane, "--events", "300", "--precision", "0.3", "--out", out_]);
            Assert.True(result.ExitCode == 0, result.Error);
            Assert.Contains("precision:", result.Out);
            Assert.Contains("MC band", result.Out);
            using var doc = JsonDocument.Parse(File.ReadAllText(out_));
            var precision = doc.RootElement.GetProperty("precision");
            Assert.Equal(0.3, precision.GetProperty("target").GetDouble());
            var columns = precision.GetProperty("columns").EnumerateArray().ToArray();
            Assert.Equal(2, columns.Length);
            foreach (var c in columns)
                Assert.Equal(c.GetProperty("reached").GetBoolean(), c.GetProperty("relativeError").GetDouble() <= 0.3);
            Assert.Equal(columns.Count(c => !c.GetProperty("reached").GetBoolean()), precision.GetProperty("notReached").GetArrayLength());
            var band = doc.RootElement.GetProperty("mcBand");
            Assert.True(band.GetProperty("maxRelativeWidth").GetDouble() >= 0);
            Assert.Equal(2, band.GetProperty("edges").GetArrayLength());
        }
        finally { File.Delete(out_); }
    }
}
