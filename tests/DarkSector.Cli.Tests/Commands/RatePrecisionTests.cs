using System.Text.Json;

namespace DarkSector.Cli.Tests.Commands;

public sealed class RatePrecisionTests
{
    private static readonly string[] Heavy =
        ["--mn", "0.1", "--mzprime", "1.25", "--epsilon2", "4.6e-4", "--alpha-d", "0.4", "--v-mu-n2", "2.2e-7", "--v-n2", "1"];

    [Theory] // outside (0, 1): one line naming the option, exit code 2, before any simulation
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("-0.1")]
    public void Precision_OutsideZeroOne_IsRejected(string value)
    {
        var result = CliRunner.Run(["rate", "t2k-nd280", "dark-photon", .. Heavy, "--precision", value, "--events", "1000"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains("--precision", result.Error);
    }

    [Fact] // --precision grows the sample from --events until the selected signal's relative MC error is below it, and says so
    public void Precision_IsReachedAndReported()
    {
        var result = CliRunner.Run(["rate", "t2k-nd280", "dark-photon", .. Heavy, "--mode", "fhc", "--events", "1000", "--precision", "0.3", "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var precision = doc.RootElement.GetProperty("precision");
        Assert.True(precision.GetProperty("reached").GetBoolean());
        double relative = precision.GetProperty("relativeError").GetDouble();
        Assert.True(relative <= 0.3);
        Assert.Equal(relative, doc.RootElement.GetProperty("mcError").GetDouble() / doc.RootElement.GetProperty("selected").GetDouble(), 12);
        Assert.True(precision.GetProperty("events").GetInt32() >= 1000);
    }
}
