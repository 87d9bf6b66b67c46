using System.CommandLine;
using DarkSector.Sampling.Distributed;

namespace DarkSector.Cli.Hosting;

/// <summary>The canonical arguments of a parsed command, for the <see cref="JobRequest"/> of a sharded or resumable job:
/// positional values in declaration order, then every explicitly given option in declaration order with its tokens,
/// without the options that only say where and how to run (output path, shard, resume).</summary>
internal static class CommandRequest
{
    /// <summary>The job request of <paramref name="parse"/>'s command.</summary>
    /// <param name="parse">The parse result.</param>
    /// <param name="kind">The job kind, e.g. "scan".</param>
    /// <param name="excluded">Option names left out (e.g. "--out", "--shard", "--resume").</param>
    public static JobRequest From(ParseResult parse, string kind, params string[] excluded)
    {
        var command = parse.CommandResult.Command;
        var arguments = new List<string>();
        foreach (var argument in command.Arguments)
            if (parse.GetResult(argument) is { } result) arguments.AddRange(result.Tokens.Select(t => t.Value));
        foreach (var option in command.Options)
        {
            if (excluded.Contains(option.Name) || parse.GetResult(option) is not { Implicit: false } result) continue;
            arguments.Add(option.Name);
            arguments.AddRange(result.Tokens.Select(t => t.Value));
        }
        return new JobRequest(kind, arguments);
    }
}
