using System.Text.Json;

namespace DarkSector.Cli.Tests.Commands;

public sealed class RateCommandTests
{
    private static readonly string[] Heavy =
        ["--mn", "0.1", "--mzprime", "1.25", "--epsilon2", "4.6e-4", "--alpha-d", "0.4", "--v-mu-n2", "2.2e-7", "--v-n2", "1"];

    [Fact] // the JSON has exactly the documented keys (issue 8's six, issue 18's breakdowns and selection, issue 11's cutFlow, issue 23's eventsGenerated); the experiment is resolved through the plugin catalog
    public void Json_HasExactlyTheDocumentedKeys()
    {
        var result = CliRunner.Run(["rate", "t2k-nd280", "dark-photon", .. Heavy, "--mode", "fhc", "--events", "1000", "--seed", "3", "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var keys = doc.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["upscattered", "upscatteredSelected", "selected", "selectedByVolume", "upscatteredByVolume", "upscatteredByProcess",
            "upscatteredByNucleus", "selectedByProcess", "processes", "mcError", "eventsGenerated", "bins", "cutFlow",
            "schemaVersion", "tool", "toolVersion", "commandLine"], keys);   // the command's keys, then the provenance
        double selected = doc.RootElement.GetProperty("selected").GetDouble();
        double byVolume = doc.RootElement.GetProperty("selectedByVolume").EnumerateObject().Sum(p => p.Value.GetDouble());
        Assert.Equal(1.0, byVolume / selected, 12);
        Assert.True(doc.RootElement.GetProperty("upscattered").GetDouble() >= doc.RootElement.GetProperty("upscatteredSelected").GetDouble());
        Assert.InRange(doc.RootElement.GetProperty("eventsGenerated").GetInt32(), 1000, int.MaxValue);   // the requested events, and the pilot's
    }

    [Fact] // progress goes to stderr, one line per generator run; --quiet silences it (and rate, spectrum-plot and
           // validate share the writer), the report on stdout unchanged
    public void Quiet_SilencesTheProgressLines()
    {
        string[] args = ["rate", "t2k-nd280", "dark-photon", .. Heavy, "--mode", "fhc", "--events", "200", "--seed", "3"];
        var loud = CliRunner.Run(args);
        var quiet = CliRunner.Run([.. args, "--quiet"]);
        Assert.True(loud.ExitCode == 0 && quiet.ExitCode == 0, loud.Error + quiet.Error);
        Assert.Contains("rate: run 1/", loud.Error);
        Assert.Equal("", quiet.Error);
        Assert.Equal(loud.Out, quiet.Out);
    }

    [Theory] // bad input: one line on stderr, exit code 2
    [InlineData("no-such-experiment", "dark-photon", "tpc-ee", "both")]
    [InlineData("t2k-nd280", "dark-photon", "no-such-analysis", "both")]
    [InlineData("t2k-nd280", "dark-photon", "tpc-ee", "nu-mode")]
    public void BadInput_IsOneLineWithExitCodeTwo(string experiment, string family, string analysis, string mode)
    {
        var result = CliRunner.Run(["rate", experiment, family, .. Heavy, "--analysis", analysis, "--mode", mode, "--events", "1000"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact] // the dipole family parses its own options (no clash with the dark-photon --mn) and runs the dipole search
    public void DipoleFamily_RunsTheDipoleSearch()
    {
        var result = CliRunner.Run(["rate", "t2k-nd280", "dipole", "--mn", "0.1", "--d-mu", "1e-7", "--analysis", "tpc-ee-dipole", "--mode", "fhc", "--events", "1000", "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.True(doc.RootElement.GetProperty("upscattered").GetDouble() > 0);
    }

    [Fact] // an option of neither the command nor the family: one line, exit code 2
    public void UnknownModelOption_IsOneLineWithExitCodeTwo()
    {
        var result = CliRunner.Run(["rate", "t2k-nd280", "dark-photon", .. Heavy, "--bogus", "3", "--events", "1000"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--bogus", result.Error);
    }

    // issue 18's contract: --processes coherent --exclude-volumes upstream-rock gives the paper's assumptions: only the
    // coherent process and no rock in any breakdown; each breakdown adds up to its total (1e-12 relative) and carries
    // an MC error no larger than its value's magnitude times sqrt(events) (a sanity bound, not a precision check)
    [Fact]
    public void PaperAssumptions_RestrictTheBreakdowns()
    {
        var result = CliRunner.Run(["rate", "t2k-nd280", "dark-photon", .. Heavy, "--processes", "coherent", "--exclude-volumes", "upstream-rock",
            "--mode", "fhc", "--events", "2000", "--seed", "3", "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        static double Sum(JsonElement split) => split.EnumerateObject().Sum(p => p.Value.GetProperty("value").GetDouble());
        Assert.Equal(["coherent"], root.GetProperty("upscatteredByProcess").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["coherent"], root.GetProperty("selectedByProcess").EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain("upstream rock", root.GetProperty("upscatteredByVolume").EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain("upstream rock", root.GetProperty("selectedByVolume").EnumerateObject().Select(p => p.Name));
        double upscattered = root.GetProperty("upscattered").GetDouble(), selected = root.GetProperty("selected").GetDouble();
        Assert.Equal(1.0, Sum(root.GetProperty("upscatteredByProcess")) / upscattered, 12);
        Assert.Equal(1.0, Sum(root.GetProperty("upscatteredByNucleus")) / upscattered, 12);
        Assert.Equal(1.0, Sum(root.GetProperty("upscatteredByVolume")) / upscattered, 12);
        Assert.Equal(1.0, Sum(root.GetProperty("selectedByProcess")) / selected, 12);
        Assert.Equal("processes coherent; excluding upstream-rock", root.GetProperty("processes").GetString());
    }

    [Theory] // unknown process or volume: one line naming the option, exit code 2
    [InlineData("--processes", "coherent,elastic")]
    [InlineData("--exclude-volumes", "upstream-dirt")]
    [InlineData("--volumes", "p0d,nowhere")]
    public void BadSelection_IsOneLineWithExitCodeTwo(string option, string value)
    {
        var result = CliRunner.Run(["rate", "t2k-nd280", "dark-photon", .. Heavy, option, value, "--events", "1000"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains(option, result.Error);
    }
}
