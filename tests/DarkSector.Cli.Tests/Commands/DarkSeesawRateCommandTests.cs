using System.Text.Json;

namespace DarkSector.Cli.Tests.Commands;

/// <summary><c>rate ... dark-seesaw --card FILE</c> and the combined <c>scan a,b ...</c> front: the card's states are
/// simulated and summed, bad input is one line with exit code 2.</summary>
public class DarkSeesawRateCommandTests
{
    private static readonly string Card = Path.Combine(AppContext.BaseDirectory, "dark-seesaw-test-card.yaml");

    static DarkSeesawRateCommandTests() => File.WriteAllText(Card, ExampleCards.DarkSeesaw);

    [Fact] // the summed result's bins add up to its selected events (1e-12), and every produced state is reported
    public void Rate_SumsTheCardStates()
    {
        var result = CliRunner.Run(["rate", "t2k-nd280", "dark-seesaw", "--card", Card, "--mode", "fhc", "--events", "1000", "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        double selected = doc.RootElement.GetProperty("selected").GetDouble();
        double bins = doc.RootElement.GetProperty("bins").EnumerateArray().Sum(b => b.GetDouble());
        Assert.Equal(selected, bins, 1e-12 * Math.Max(1, selected));
        Assert.True(doc.RootElement.GetProperty("upscattered").GetDouble() > 0);
    }

    [Theory]
    [InlineData("rate t2k-nd280 dark-seesaw --events 1000", "--card")]                                      // no card
    [InlineData("scan miniboone,miniboone dark-photon --x m-n:0.1:0.2:lin:2 --y v-mu-n2:1e-8:1e-7:log:2 --out x.json", "twice")]
    [InlineData("scan miniboone,t2k-nd280 dark-photon --analysis eqe,tpc-ee,x --x m-n:0.1:0.2:lin:2 --y v-mu-n2:1e-8:1e-7:log:2 --out x.json", "one per experiment")]
    [InlineData("scan miniboone dark-seesaw --x lambda-scale:0.5:2:log:2 --y mzprime:1:2:lin:2 --out x.json", "--card")]
    public void BadInput_IsOneLineWithExitCodeTwo(string command, string named)
    {
        var result = CliRunner.Run(command.Split(' '));
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains(named, result.Error);
    }
}
