namespace DarkSector.Cli.Tests;

public class HostTests
{
    [Fact]
    public void Version_PrintsTheAssemblyVersion()
    {
        var result = CliRunner.Run("--version");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("0.1.0", result.Out.Trim());
    }

    [Fact]
    public void UnknownCommand_IsOneLineOnStderrWithExitCode2()
    {
        var result = CliRunner.Run("no-such-command");
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Equal("", result.Out);
    }
}
