using DarkSector.Cli.Hosting;

namespace DarkSector.Cli.Tests;

/// <summary>Runs the tool in-process and captures its output.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Result Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApplication.Run(args, stdout, stderr);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A JSON object's text without its "commandLine" key, to compare the outputs of two command lines.</summary>
    public static string WithoutCommandLine(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        Assert.True(node.Remove("commandLine"));
        return node.ToJsonString();
    }
}
