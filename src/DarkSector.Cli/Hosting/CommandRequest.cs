namespace DarkSector.Cli.Hosting;

/// <summary>The canonical arguments of a parsed command, for the <see cref="JobRequest"/> of a sharded or resumable job:
/// positional values, then every explicitly given option with its tokens, in declaration order, without the options that
/// only say where and how to run (the excluded ones, e.g. --out, --shard, --resume).</summary>
internal static class CommandRequest
{
    /// <summary>The job request of kind <paramref name="kind"/> (e.g. "scan") of <paramref name="parse"/>'s command.</summary>
    public static JobRequest From(ParseResult parse, string kind, params string[] excluded)
    {
        var command = parse.CommandResult.Command;
        var arguments = command.Arguments.SelectMany(a => parse.GetResult(a)?.Tokens.Select(t => t.Value) ?? []).ToList();
        foreach (var option in command.Options)
            if (!excluded.Contains(option.Name) && parse.GetResult(option) is { Implicit: false } result)
                arguments.AddRange([option.Name, .. result.Tokens.Select(t => t.Value)]);
        return new JobRequest(kind, arguments);
    }
}
