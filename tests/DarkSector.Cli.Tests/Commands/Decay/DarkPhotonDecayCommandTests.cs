using System.Text.Json;

namespace DarkSector.Cli.Tests.Commands.Decay;

public sealed class DarkPhotonDecayCommandTests
{
    private static readonly string[] Issue = ["decay", "dark-photon", "--mn", "0.1", "--mzprime", "1.25", "--epsilon", "0.02", "--alpha-d", "0.4", "--v-mu-n2", "2.2e-7", "--v-n2", "1"];

    private static JsonElement Json(params string[] args)
    {
        var result = CliRunner.Run([.. args, "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        return doc.RootElement.Clone();
    }

    [Fact] // the issue's command: contract keys and channel names; heavy-mediator closed form α α_D ε² m⁵/(48π m_Z'⁴) L(x) within 1e-3 (finite m_e)
    public void Json_HasTheDecayContractShape_AndTheHeavyMediatorWidth()
    {
        var root = Json(Issue);
        var channels = root.GetProperty("channels").EnumerateArray().ToArray();
        Assert.Equal(["nu_Zprime", "nu_e_e", "nu_mu_mu", "nu_nu_nu"], channels.Select(c => c.GetProperty("name").GetString()!).ToArray());
        double x = 0.01 / (1.25 * 1.25);
        double l = 12 / Math.Pow(x, 4) * (x - x * x / 2 - x * x * x / 6 - (1 - x) * Math.Log(1 / (1 - x)));
        double expected = 1 / 137.035999 * 0.4 * 4e-4 * 1e-5 / (48 * Math.PI * Math.Pow(1.25, 4)) * l;
        Assert.Equal(1.0, channels[1].GetProperty("widthGeV").GetDouble() / expected, 1e-3);
        double total = root.GetProperty("totalWidthGeV").GetDouble();
        Assert.Equal(1.973269804e-14 / total, root.GetProperty("ctau0Cm").GetDouble(), 1e-9);
        Assert.Equal(1.0, channels[1].GetProperty("branchingRatio").GetDouble(), 1e-12);
    }

    [Fact] // --epsilon2 is equivalent to --epsilon; Majorana doubles the light-daughter width
    public void Epsilon2AndMajorana_Options()
    {
        string[] withEpsilon2 = [.. Issue.Select(a => a == "--epsilon" ? "--epsilon2" : a == "0.02" ? "4e-4" : a)];
        double a = Json(Issue).GetProperty("totalWidthGeV").GetDouble();
        double b = Json(withEpsilon2).GetProperty("totalWidthGeV").GetDouble();
        Assert.Equal(a, b, 1e-12 * a);
        double majorana = Json([.. Issue, "--majorana"]).GetProperty("totalWidthGeV").GetDouble();
        Assert.Equal(2 * a, majorana, 1e-9 * a);
    }

    [Fact] // two HNLs: the N5 table carries N4 channels
    public void TwoHnls_AddN4Channels()
    {
        var root = Json("decay", "dark-photon", "--mn", "0.16", "--m4", "0.1", "--v-45", "0.5", "--mzprime", "1.25", "--epsilon", "0.01", "--alpha-d", "0.3", "--v-mu-n2", "1e-6");
        var names = root.GetProperty("channels").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToArray();
        Assert.Contains("N4_e_e", names);
        Assert.Contains("N4_Zprime", names);
    }

    [Theory]
    [InlineData("--mn", "0", "--mn")]
    [InlineData("--v-mu-n2", "1.5", "--v-mu-n2")]
    [InlineData("--mzprime", "abc", "abc")]
    public void BadInput_GivesOneLineAndExitCode2(string option, string value, string mentioned)
    {
        string[] args = [.. Issue];
        int i = Array.IndexOf(args, option);
        args[i + 1] = value;
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(mentioned, result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public void BothEpsilons_AreRejected()
    {
        var result = CliRunner.Run([.. Issue, "--epsilon2", "1e-4"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--epsilon2", result.Error);
    }
}
