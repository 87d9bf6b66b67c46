using System.Text.Json;

namespace DarkSector.Cli.Tests.Commands;

public sealed class MicroBooNERateCommandTests
{
    // the collaboration's example point: m_4 = 106 MeV, m_Z' = 30 MeV, |U_mu4|^2 = 2e-10, eps = 8e-4, g_D = 2
    private static readonly string[] Example = ["--mn", "0.106", "--mzprime", "0.03", "--v-mu-n2", "2e-10", "--epsilon", "8e-4"];

    [Fact] // labelled bins appear as byTopology (label -> events) and sum to the selected events (1e-12)
    public void Json_HasEventsByTopology()
    {
        var result = CliRunner.Run(["rate", "microboone", "dark-photon", .. Example, "--g-d", "2", "--events", "2000", "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var byTopology = doc.RootElement.GetProperty("byTopology").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        Assert.Equal(["one-shower", "shower-track", "two-showers"], byTopology.Keys.ToArray());
        Assert.Equal(1.0, byTopology.Values.Sum() / doc.RootElement.GetProperty("selected").GetDouble(), 12);
    }

    [Fact] // --g-d 2 is --alpha-d 1/pi exactly (alpha_D = g_D^2/(4 pi)): identical output for the same seed
    public void GaugeCoupling_IsTheAlphaDConvenience()
    {
        var withG = CliRunner.Run(["rate", "microboone", "dark-photon", .. Example, "--g-d", "2", "--events", "1000", "--json"]);
        var withAlpha = CliRunner.Run(["rate", "microboone", "dark-photon", .. Example, "--alpha-d", (1 / Math.PI).ToString("R", System.Globalization.CultureInfo.InvariantCulture), "--events", "1000", "--json"]);
        Assert.True(withG.ExitCode == 0, withG.Error);
        Assert.Equal(CliRunner.WithoutCommandLine(withAlpha.Out), CliRunner.WithoutCommandLine(withG.Out));
        var both = CliRunner.Run(["rate", "microboone", "dark-photon", .. Example, "--g-d", "2", "--alpha-d", "0.3", "--events", "1000"]);
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("--g-d", both.Error);
    }

    [Fact] // the dual scenario: --m4 with --decay-to n4 runs N5 -> N4 e+e-; without --m4 it is an error
    public void DecayToN4_RunsTheDualScenario()
    {
        var dual = CliRunner.Run(["rate", "microboone", "dark-photon", "--m4", "0.106", "--mn", "0.212", "--mzprime", "0.03", "--v-mu-n2", "2e-10",
            "--v-45", "1", "--epsilon", "8e-4", "--g-d", "2", "--decay-to", "n4", "--events", "1000", "--json"]);
        Assert.True(dual.ExitCode == 0, dual.Error);
        using var doc = JsonDocument.Parse(dual.Out);
        Assert.True(doc.RootElement.GetProperty("selected").GetDouble() > 0);
        var single = CliRunner.Run(["rate", "microboone", "dark-photon", .. Example, "--g-d", "2", "--decay-to", "n4", "--events", "1000"]);
        Assert.Equal(2, single.ExitCode);
        Assert.Contains("--m4", single.Error);
    }
}
