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
