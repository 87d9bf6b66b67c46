using System.Text.Json;

namespace DarkSector.Cli.Tests.Commands;

public sealed class ScanLimitCommandTests
{
    private static readonly string[] Heavy =
        ["--mn", "0.1", "--mzprime", "1.25", "--epsilon2", "4.6e-4", "--alpha-d", "0.4", "--v-mu-n2", "2.2e-7", "--v-n2", "1"];

    [Fact] // limit: documented JSON keys; excluded intervals lie inside the scan and are ordered; Δ ≥ 0 everywhere
           // (the minimum includes the background-only hypothesis); the signal vanishes for a stable N (ND280's TPC gas is
           // target and fiducial volume at once, so prompt decays still count)
    public void Limit_Json_ReportsOrderedExcludedIntervals()
    {
        var result = CliRunner.Run(["limit", "t2k-nd280", "dark-photon", .. Heavy, "--param", "ctau0-cm", "--min", "1e-2", "--max", "1e8",
            "--points", "6", "--events", "400", "--seed", "2", "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        Assert.Equal(["param", "confidenceLevel", "threshold", "excluded", "scan", "modelCtau0Cm"], root.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(2.705543454095404, root.GetProperty("threshold").GetDouble(), 1e-9);   // χ²₁ 90% quantile
        var scan = root.GetProperty("scan").EnumerateArray().ToArray();
        Assert.Equal(6, scan.Length);
        Assert.All(scan, p => Assert.True(p.GetProperty("delta").GetDouble() >= 0));
        Assert.True(scan[^1].GetProperty("selected").GetDouble() < 1e-3 * scan.Max(p => p.GetProperty("selected").GetDouble()));
        double previous = 0;
        foreach (var interval in root.GetProperty("excluded").EnumerateArray())
        {
            double low = interval.GetProperty("low").GetDouble(), high = interval.GetProperty("high").GetDouble();
            Assert.True(low >= 1e-2 * (1 - 1e-12) && high <= 1e8 * (1 + 1e-12) && low < high && low >= previous);
            previous = high;
        }
    }

    [Fact] // scan: a 3 × 3 grid writes the JSON file (Δ ≥ 0, threshold 4.61 for 90% / 2 dof) and a well-formed SVG
    public void Scan_WritesJsonAndSvg()
    {
        string dir = Directory.CreateTempSubdirectory("ds-scan").FullName;
        string json = Path.Combine(dir, "scan.json"), svg = Path.Combine(dir, "scan.svg");
        var result = CliRunner.Run(["scan", "t2k-nd280", "dark-photon", "--x", "m-n:0.05:0.3:log:3", "--y", "v-mu-n2:1e-8:1e-5:log:3",
            "--fix", "mzprime=1.25,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1", "--events", "300", "--out", json, "--plot", svg, "--benchmark", "0.1,2.2e-7"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var root = doc.RootElement;
        Assert.Equal(4.605170185988091, root.GetProperty("threshold").GetDouble(), 1e-9);
        Assert.Equal(9, root.GetProperty("delta").GetArrayLength());
        Assert.All(root.GetProperty("delta").EnumerateArray(), d => Assert.True(d.GetDouble() >= 0));
        Assert.True(root.GetProperty("benchmark").GetProperty("delta").GetDouble() >= 0);
        System.Xml.Linq.XDocument.Load(svg);
        Directory.Delete(dir, true);
    }

    [Fact] // two mass axes: the joint-sample kernel path runs and reports its method; Δ ≥ 0 everywhere
    public void Scan_OverTwoMasses_UsesJointSample()
    {
        string json = Path.Combine(Path.GetTempPath(), $"ds-scan-masses-{Environment.ProcessId}.json");
        var result = CliRunner.Run(["scan", "t2k-nd280", "dark-photon", "--x", "m-n:0.05:0.3:log:3", "--y", "mzprime:0.5:2:log:3",
            "--fix", "v-mu-n2=2.2e-7,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1", "--events", "200", "--mass-points", "6", "--out", json]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        Assert.StartsWith("joint sample of 6 mass points", doc.RootElement.GetProperty("method").GetString());
        Assert.All(doc.RootElement.GetProperty("delta").EnumerateArray(), d => Assert.True(d.GetDouble() >= 0));
        File.Delete(json);
    }

    [Theory] // bad input: one line on stderr, exit code 2
    [InlineData("--x", "m-n:0.05:0.3:cubic:3")]
    [InlineData("--x", "no-such:0.05:0.3:log:3")]
    [InlineData("--x", "d-mu:1e-7:1e-6:log:3")]
    [InlineData("--fix", "mzprime=abc")]
    public void Scan_BadInput_IsOneLineWithExitCodeTwo(string option, string value)
    {
        var args = new Dictionary<string, string>
        {
            ["--x"] = "m-n:0.05:0.3:log:3", ["--y"] = "v-mu-n2:1e-8:1e-5:log:3", ["--fix"] = "mzprime=1.25,epsilon2=4.6e-4,alpha-d=0.4",
        };
        args[option] = value;
        var result = CliRunner.Run(["scan", "t2k-nd280", "dark-photon", .. args.SelectMany(kv => new[] { kv.Key, kv.Value }), "--events", "200", "--out", Path.Combine(Path.GetTempPath(), "ds-bad-scan.json")]);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
    }
}
