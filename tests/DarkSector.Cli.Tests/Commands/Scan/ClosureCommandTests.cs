using System.Text.Json;

namespace DarkSector.Cli.Tests.Commands.Scan;

/// <summary><c>darksector closure</c> and the kernel diagnostics of <c>scan --sample</c> on the shared small joint sample
/// (t2k-nd280 tpc-ee, 6 mass points × 200 events, <see cref="JointSampleFixture"/>): CI-sized, the machinery only.</summary>
public sealed class ClosureCommandTests(JointSampleFixture fixture) : IClassFixture<JointSampleFixture>
{
    private string PathOf(string name) => Path.Combine(fixture.Folder, name);

    private static double[] Values(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetDouble())];

    [Fact] // 3 random points with 500-event dedicated simulations: JSON and plot written; every point inside the box; each
           // pull is (kernel − direct)/√(σ_k² + σ_d²) of its own numbers, the summary's coverages count them, and the
           // flag follows the documented threshold (fewer than 2(d+1) = 6 mass points in the kernel, or a singular fit)
    public void Closure_WritesConsistentReportAndPlot()
    {
        string json = PathOf("closure.json"), svg = PathOf("closure.svg");
        var result = CliRunner.Run(["closure", fixture.File, "--points", "3", "--events", "500", "--seed", "4", "--out", json, "--plot", svg]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var root = doc.RootElement;
        var points = root.GetProperty("points").EnumerateArray().ToArray();
        Assert.Equal(3, points.Length);
        int withinTwo = 0;
        foreach (var p in points)
        {
            double mn = p.GetProperty("theta").GetProperty("m-n").GetDouble(), mz = p.GetProperty("theta").GetProperty("mzprime").GetDouble();
            Assert.InRange(mn, 0.05, 0.3);
            Assert.InRange(mz, 0.5, 2);
            double k = p.GetProperty("signal").GetDouble(), sk = p.GetProperty("signalMcError").GetDouble();
            double d = p.GetProperty("direct").GetDouble(), sd = p.GetProperty("directMcError").GetDouble();
            Assert.True(d > 0 && sd > 0 && k >= 0, $"direct {d} +- {sd}, kernel {k}");
            double pull = p.GetProperty("pull").GetDouble();
            Assert.Equal((k - d) / Math.Sqrt(sk * sk + sd * sd), pull, 1e-12);
            if (Math.Abs(pull) <= 2) withinTwo++;
            Assert.Equal(k / d - 1, p.GetProperty("relativeBias").GetDouble(), 1e-12);
            Assert.True(p.GetProperty("flagged").GetBoolean() || p.GetProperty("distinctMassPoints").GetInt32() >= 6);
        }
        Assert.Equal(withinTwo / 3.0, root.GetProperty("summary").GetProperty("coverageTwoSigma").GetDouble(), 1e-15);
        Assert.Equal(2, root.GetProperty("bandwidths").GetArrayLength());
        Assert.Equal(49, root.GetProperty("crossValidation").GetArrayLength());
        Assert.StartsWith("<", File.ReadAllText(svg).TrimStart());
        Assert.Contains("pull", File.ReadAllText(svg));
    }

    [Theory] // bad input: one line naming the option and its range, exit code 2, no file written
    [InlineData("--points", "0", "--points = 0 is outside [1, 10000]")]
    [InlineData("--events", "10", "--events = 10 must be >= 100")]
    [InlineData("--out", "c.txt", "the extension must be .json")]
    public void Closure_BadInput_IsOneLineWithExitCodeTwo(string option, string value, string expected)
    {
        string[] args = option == "--points" ? ["closure", fixture.File, "--points", value] : ["closure", fixture.File, "--points", "2", option, value];
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains(expected, result.Error);
    }

    [Fact] // a missing sample is one line naming the file
    public void Closure_MissingSample_IsOneLine()
    {
        var result = CliRunner.Run(["closure", PathOf("none.dsev"), "--points", "2"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("none.dsev' does not exist", result.Error);
    }

    [Fact] // scan --sample reports per grid point, in minusTwoLnL's order, the signal with its MC error, the effective sample
           // size, the mass points in the kernel and the flag: ESS = (signal/error)², flagged iff fewer than 6 mass points
           // (or the fit fell back), and the signal at the reference couplings grows 4× when |V_μN|² does (exact couplings)
    public void ScanFromSample_ReportsThePredictionsAndWhatTheyRestOn()
    {
        string[] grid = ["--x", "m-n:0.06:0.25:log:3", "--y", "mzprime:0.6:1.8:log:2", "--sample", fixture.File];
        JsonElement Scan(string name, string fix)
        {
            var result = CliRunner.Run(["scan", "t2k-nd280", "dark-photon", .. grid, "--fix", fix, "--out", PathOf(name)]);
            Assert.True(result.ExitCode == 0, result.Error);
            using var doc = JsonDocument.Parse(File.ReadAllText(PathOf(name)));
            return doc.RootElement.Clone();
        }
        var root = Scan("diagnostics.json", "v-mu-n2=2.2e-7,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1");
        var four = Scan("diagnostics4.json", "v-mu-n2=8.8e-7,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1");
        int n = root.GetProperty("minusTwoLnL").GetArrayLength();
        Assert.Equal(6, n);
        var signal = Values(root.GetProperty("signal"));
        var error = Values(root.GetProperty("signalMcError"));
        var ess = Values(root.GetProperty("effectiveSampleSize"));
        var masses = root.GetProperty("distinctMassPoints").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var flagged = root.GetProperty("flagged").EnumerateArray().Select(e => e.GetBoolean()).ToArray();
        Assert.All(new[] { signal.Length, error.Length, ess.Length, masses.Length, flagged.Length }, length => Assert.Equal(n, length));
        for (int k = 0; k < n; k++)
        {
            if (error[k] > 0) Assert.Equal(signal[k] * signal[k] / (error[k] * error[k]), ess[k], 1e-9 * ess[k]);
            if (masses[k] < 6) Assert.True(flagged[k]);
        }
        var signal4 = Values(four.GetProperty("signal"));
        for (int k = 0; k < n; k++) Assert.Equal(4 * signal[k], signal4[k], 1e-12 * signal4[k] + 1e-300);
    }
}
