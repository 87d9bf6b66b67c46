using System.Text.Json;

namespace DarkSector.Cli.Tests.Commands;

public sealed class MiniBooNEOscillationCommandTests
{
    [Fact] // the CLI contract: same keys as the other families; background only = the combined hand computation
           // (69.23341168478774, MiniBooNEChiSquareTests; 1e-9 relative); the best scale's chi2 is no worse than the nominal
    public void Rate3p1_PrintsBinsChi2Chi2BackgroundAndBestFit()
    {
        var result = CliRunner.Run(["rate", "miniboone", "3p1", "--dm2", "0.5", "--sin2-2theta", "0.01", "--analysis", "eqe-combined", "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        var bins = root.GetProperty("bins").EnumerateArray().Select(b => b.GetDouble()).ToArray();
        Assert.Equal(22, bins.Length);
        Assert.All(bins, b => Assert.True(b > 0));
        Assert.Equal(1.0, root.GetProperty("chi2Background").GetDouble() / 69.23341168478774, 9);
        double chi2 = root.GetProperty("chi2").GetDouble();
        Assert.True(chi2 < root.GetProperty("chi2Background").GetDouble());
        Assert.True(root.GetProperty("bestFit").GetProperty("chi2").GetDouble() <= chi2);
    }

    [Fact] // linearity in the amplitude: doubling sin²2θ doubles every bin (exact up to rounding, 1e-12 relative)
    public void Rate3p1_IsLinearInTheAmplitude()
    {
        double[] Bins(string amplitude)
        {
            var r = CliRunner.Run(["rate", "miniboone", "3p1", "--dm2", "2", "--sin2-2theta", amplitude, "--analysis", "eqe", "--json"]);
            Assert.True(r.ExitCode == 0, r.Error);
            using var doc = JsonDocument.Parse(r.Out);
            return doc.RootElement.GetProperty("bins").EnumerateArray().Select(b => b.GetDouble()).ToArray();
        }
        var once = Bins("0.003");
        var twice = Bins("0.006");
        for (int b = 0; b < once.Length; b++) Assert.Equal(1.0, twice[b] / (2 * once[b]), 12);
    }

    [Theory]
    [InlineData("--dm2", "-1", "--sin2-2theta", "0.01")]
    [InlineData("--dm2", "0.5", "--sin2-2theta", "1.5")]
    [InlineData("--dm2", "abc", "--sin2-2theta", "0.01")]
    public void Rate3p1_RejectsBadInputWithOneLineAndExitCode2(params string[] options)
    {
        var result = CliRunner.Run(["rate", "miniboone", "3p1", .. options]);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Equal("", result.Out);
    }

    [Fact] // an analysis without an oscillation Monte Carlo is an input error naming it
    public void Rate3p1_RejectsAnAnalysisWithoutAppearanceSample()
    {
        var result = CliRunner.Run(["rate", "miniboone", "3p1", "--dm2", "1", "--sin2-2theta", "0.01", "--analysis", "costheta"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("costheta", result.Error);
    }

    [Fact] // the contract of reproduce miniboone-3p1: bestFit {dm2, sin22theta, chi2}; the best fit lies in the published
           // region (MiniBooNE PRD 103 (2021) 052002: 0.043 eV², 0.807): Δm² within [0.02, 0.1] eV², sin²2θ > 0.3, and the
           // published point inside our 1σ region (−2ΔlnL < 2.30); background only worse by more than 3σ (11.83)
    public void Reproduce3p1_WritesBestFitAndRegions()
    {
        string folder = Directory.CreateTempSubdirectory("ds-3p1-").FullName;
        var result = CliRunner.Run(["reproduce", "miniboone-3p1", "--out-dir", folder, "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        var fit = root.GetProperty("bestFit");
        Assert.InRange(fit.GetProperty("dm2").GetDouble(), 0.02, 0.1);
        Assert.InRange(fit.GetProperty("sin22theta").GetDouble(), 0.3, 1.0);
        Assert.Equal(root.GetProperty("minimum").GetDouble(), fit.GetProperty("chi2").GetDouble());
        Assert.True(root.GetProperty("benchmark").GetProperty("delta").GetDouble() < 2.30);
        Assert.True(root.GetProperty("deltaChi2Background").GetDouble() > 11.83);
        Assert.Equal(3, root.GetProperty("regions").GetArrayLength());
        Assert.True(File.Exists(Path.Combine(folder, "miniboone-3p1.svg")));
        Directory.Delete(folder, true);
    }

    [Fact] // spectrum-plot stacks the oscillation component: one panel per analysis block with an appearance sample
    public void SpectrumPlot3p1_DrawsEveryAnalysisWithAnAppearanceSample()
    {
        string path = Path.Combine(Path.GetTempPath(), $"ds-3p1-{Guid.NewGuid():N}.svg");
        var result = CliRunner.Run(["spectrum-plot", "miniboone", "3p1", "--dm2", "0.04", "--sin2-2theta", "0.9", "--out", path, "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var ids = doc.RootElement.GetProperty("analyses").EnumerateArray().Select(a => a.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(["eqe", "eqe-rhc", "eqe-combined"], ids);
        Assert.Contains("signal (stacked)", File.ReadAllText(path));
        File.Delete(path);
    }

    [Fact] // mixed fit at the heavy dipole benchmark mass: the best fit reports every parameter (profiled d included) and
           // its chi2 is the grid minimum; with d profiled, the minimum is no worse than at the smallest amplitude row
           // (which is the dipole-only fit up to a 1e-4 amplitude), an identity of minimising over a superset
    public void ScanDipolePlus3p1_ReportsTheBestFitOverTheProfiledCoupling()
    {
        string path = Path.Combine(Path.GetTempPath(), $"ds-mixed-{Guid.NewGuid():N}.json");
        var result = CliRunner.Run(["scan", "miniboone", "dipole+3p1", "--analysis", "eqe-combined", "--fix", "m-n=0.47",
            "--x", "sin2-2theta:1e-4:1:log:4", "--y", "dm2:1e-2:1e2:log:4", "--profile", "d-mu:1e-7:1e-5:log:5", "--events", "2000", "--out", path, "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        var fit = root.GetProperty("bestFit");
        foreach (var key in new[] { "sin22theta", "dm2", "dMu", "mN", "chi2" }) Assert.True(fit.TryGetProperty(key, out _), key);
        Assert.Equal(0.47, fit.GetProperty("mN").GetDouble());
        var grid = root.GetProperty("profile").GetProperty("grid").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.Contains(fit.GetProperty("dMu").GetDouble(), grid);
        var chi2 = root.GetProperty("minusTwoLnL").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.Equal(chi2.Min(), fit.GetProperty("chi2").GetDouble());
        Assert.True(fit.GetProperty("chi2").GetDouble() <= Enumerable.Range(0, 4).Min(j => chi2[j * 4]));
        File.Delete(path);
    }

    [Fact] // --profile belongs to the directly predicted families; elsewhere one line and exit 2, before any simulation
    public void Scan_RejectsProfileForASimulatedFamily()
    {
        var result = CliRunner.Run(["scan", "miniboone", "dipole", "--analysis", "eqe", "--x", "m-n:0.1:0.5:log:3", "--y", "d-mu:1e-7:1e-5:log:3",
            "--profile", "ctau0-cm:1:100:log:3", "--out", Path.Combine(Path.GetTempPath(), "never-written.json")]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--profile", result.Error);
    }
}
