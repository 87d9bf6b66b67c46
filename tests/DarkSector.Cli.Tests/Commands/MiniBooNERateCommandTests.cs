using System.Text.Json;

namespace DarkSector.Cli.Tests.Commands;

public sealed class MiniBooNERateCommandTests
{
    [Fact] // fit analyses report chi2 with and without the signal; background only = the hand computation of the release
           // recipe (31.802031115027027, see MiniBooNEChiSquareTests; 1e-9 relative)
    public void Rate_ReportsChi2OfTheEqeFit()
    {
        var result = CliRunner.Run(["rate", "miniboone", "dipole", "--mn", "0.47", "--d-mu", "1.25e-6", "--analysis", "eqe", "--events", "2000", "--seed", "2", "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        Assert.Equal(11, root.GetProperty("bins").GetArrayLength());
        Assert.Equal(1.0, root.GetProperty("chi2Background").GetDouble() / 31.802031115027027, 9);
        double chi2 = root.GetProperty("chi2").GetDouble();
        Assert.True(double.IsFinite(chi2) && chi2 > 0);
        Assert.True(root.GetProperty("selected").GetDouble() > 0);
        // best-fit normalisation: a positive scale whose chi2 is no larger than with the nominal signal or without it
        var fit = root.GetProperty("bestFit");
        Assert.True(fit.GetProperty("scale").GetDouble() > 0);
        Assert.True(fit.GetProperty("chi2").GetDouble() <= Math.Min(chi2, root.GetProperty("chi2Background").GetDouble()));
    }

    [Fact] // eqe-combined: 22 bins (FHC then RHC), background-only chi2 = the combined hand computation (69.23341168478774,
           // see MiniBooNEChiSquareTests; 1e-9 relative), both blocks filled
    public void Rate_ReportsChi2OfTheCombinedFit()
    {
        var result = CliRunner.Run(["rate", "miniboone", "dipole", "--mn", "0.47", "--d-mu", "1.25e-6", "--analysis", "eqe-combined", "--events", "2000", "--seed", "2", "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        var bins = root.GetProperty("bins").EnumerateArray().Select(b => b.GetDouble()).ToArray();
        Assert.Equal(22, bins.Length);
        Assert.True(bins[..11].Sum() > 0 && bins[11..].Sum() > 0);
        Assert.Equal(1.0, root.GetProperty("chi2Background").GetDouble() / 69.23341168478774, 9);
    }

    [Fact] // the dark-photon family runs the cos(theta) analysis (20 bins) and reports its chi2
    public void Rate_RunsTheCosThetaAnalysis()
    {
        var result = CliRunner.Run(["rate", "miniboone", "dark-photon", "--mn", "0.1", "--mzprime", "1.25", "--epsilon2", "4.6e-4", "--alpha-d", "0.4",
            "--v-mu-n2", "2.2e-7", "--v-n2", "1", "--analysis", "costheta", "--events", "2000", "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal(20, doc.RootElement.GetProperty("bins").GetArrayLength());
        Assert.True(doc.RootElement.TryGetProperty("chi2", out _));
    }

    [Fact] // --plot writes an SVG with the stacked signal, the background and the data points
    public void Rate_PlotWritesTheStackedSpectrum()
    {
        string path = Path.Combine(Path.GetTempPath(), $"miniboone-eqe-{Guid.NewGuid():N}.svg");
        try
        {
            var result = CliRunner.Run(["rate", "miniboone", "dipole", "--mn", "0.47", "--d-mu", "1.25e-6", "--analysis", "eqe", "--events", "1000", "--plot", path]);
            Assert.True(result.ExitCode == 0, result.Error);
            string svg = File.ReadAllText(path);
            Assert.Contains("<svg", svg);
            Assert.Contains("background", svg);
            Assert.Contains("data", svg);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
