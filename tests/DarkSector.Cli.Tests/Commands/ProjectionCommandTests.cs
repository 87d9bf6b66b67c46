using System.Text.Json;

namespace DarkSector.Cli.Tests.Commands;

public class ProjectionCommandTests
{
    [Fact] // the three projection plugins are built in and listed with their analyses
    public void Experiments_ListsSbndIcarusAndDuneNd()
    {
        var result = CliRunner.Run(["experiments", "--json"]);
        Assert.Equal(0, result.ExitCode);
        foreach (string id in new[] { "sbnd", "icarus", "dune-nd" })
            Assert.Contains($"\"{id}\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("photon-counting", result.Out, StringComparison.Ordinal);
    }

    [Fact] // the command runs in seconds (2000 events here); --pot scales the prediction linearly (the same
           // seed and events give the same weights, so the ratio is exact to rounding: 1e-9)
    public void RateSbndDipole_RunsAndPotOverridesTheExposure()
    {
        string[] args = ["rate", "sbnd", "dipole", "--mn", "0.2", "--d-mu", "6.25e-7", "--events", "2000", "--json"];
        var nominal = CliRunner.Run(args);
        Assert.Equal(0, nominal.ExitCode);
        var doubled = CliRunner.Run([.. args, "--pot", "3.12e21"]);
        Assert.Equal(0, doubled.ExitCode);
        using var a = JsonDocument.Parse(nominal.Out);
        using var b = JsonDocument.Parse(doubled.Out);
        double s1 = a.RootElement.GetProperty("selected").GetDouble(), s2 = b.RootElement.GetProperty("selected").GetDouble();
        Assert.True(s1 > 3, $"selected {s1}");
        Assert.Equal(2.0, s2 / s1, 9);
        Assert.Equal(2.0, b.RootElement.GetProperty("upscattered").GetDouble() / a.RootElement.GetProperty("upscattered").GetDouble(), 9);
        Assert.Equal(2, CliRunner.Run([.. args, "--pot", "-1"]).ExitCode);
    }

    [Fact] // reproduce knows the projection figure
    public void Reproduce_ListsSbnProjections()
    {
        var result = CliRunner.Run(["reproduce", "--list"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("sbn-projections", result.Out, StringComparison.Ordinal);
    }
}
