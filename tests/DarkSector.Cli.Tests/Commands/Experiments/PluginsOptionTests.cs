namespace DarkSector.Cli.Tests.Commands.Experiments;

/// <summary>Every command that takes an experiment finds a plugin given by <c>--plugins DIR</c> (issue 17): the sample
/// plugin's <c>my-detector</c> is resolved (the error is about the analysis asked for, not an unknown experiment), and
/// without the option it is unknown.</summary>
public class PluginsOptionTests
{
    private static readonly string[] Model = ["--mn", "0.1", "--mzprime", "1.25", "--epsilon", "0.02", "--alpha-d", "0.4", "--v-mu-n2", "2.2e-7"];

    public static TheoryData<string[]> Commands => new()
    {
        { ["rate", "my-detector", "dark-photon", .. Model] },
        { ["limit", "my-detector", "dark-photon", .. Model, "--param", "ctau0-cm"] },
        { ["scan", "my-detector", "dark-photon", "--x", "m-n:0.05:0.2:log:3", "--y", "v-mu-n2:1e-9:1e-6:log:3", "--fix", "mzprime=1.25,epsilon=0.02,alpha-d=0.4", "--out", Path.Combine(Path.GetTempPath(), "ds-plugins-option.json")] },
        { ["sample", "my-detector", "dark-photon", "--x", "m-n:0.05:0.2", "--y", "mzprime:0.8:2", "--fix", "epsilon=0.02,alpha-d=0.4,v-mu-n2=2.2e-7", "--out", Path.Combine(Path.GetTempPath(), "ds-plugins-option.dsev")] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void PluginFolder_IsSearched(string[] command)
    {
        var found = CliRunner.Run([.. command, "--analysis", "no-such-analysis", "--plugins", ExperimentsCommandTests.SampleFolder]);
        Assert.Equal(2, found.ExitCode);
        Assert.Contains("not an analysis of my-detector", found.Error);

        var missing = CliRunner.Run([.. command, "--analysis", "no-such-analysis"]);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("unknown experiment 'my-detector'", missing.Error);
    }
}
