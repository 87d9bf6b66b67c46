using System.Text.RegularExpressions;
using DarkSector.Physics;

namespace DarkSector.Cli.Hosting;

/// <summary>One command of the tool: its options and its action (parse, call the library, print). A sealed subclass with a
/// parameterless constructor is discovered (<see cref="CliServices"/>). Exceptions become one line on stderr: exit code 2
/// for bad input and plugin faults, 1 for anything else (a bug).</summary>
/// <param name="path">Space-separated path from the root, e.g. "formfactor" or "decay dark-photon".</param>
/// <param name="description">One-line description for --help.</param>
internal abstract class CliCommand(string path, string description)
{
    /// <summary>Space-separated path from the root, e.g. "formfactor" or "decay dark-photon".</summary>
    public string Path => path;

    /// <summary>One-line description for --help.</summary>
    public string Description => description;

    /// <summary>A section appended to this command's --help (e.g. the model options of each family), or null.</summary>
    public virtual string? HelpSection => null;

    /// <summary>Adds this command's options and arguments to <paramref name="command"/>.</summary>
    protected abstract void Configure(Command command);

    /// <summary>Runs the command; returns the exit code.</summary>
    protected abstract int Execute(ParseResult parse, CliContext context);

    /// <summary>The System.CommandLine command with the tool's error mapping.</summary>
    public Command Build(CliContext context)
    {
        var command = Create();
        command.SetAction(parse => Guarded(parse, context));
        return command;
    }

    /// <summary>Parses <paramref name="args"/> as this command alone (a command run on behalf of another: a merge, a batch
    /// submission), with the tool's number parsing (<see cref="StrictNumbers"/>: <c>--events 1e3</c> as on the command line).</summary>
    internal ParseResult ParseAlone(IEnumerable<string> args)
    {
        var command = Create();
        StrictNumbers.Apply(command);
        var root = new RootCommand { command };
        root.Options.Add(CliApplication.JsonOption);
        return root.Parse([command.Name, .. args]);
    }

    /// <summary>Runs this command as the merge of its sharded parts (<c>darksector merge</c>): on the parts' arguments with
    /// <c>--out <paramref name="outPath"/></c>, its work units read from <paramref name="units"/> (<see cref="CliContext.Merged"/>);
    /// the output describes the command the parts ran, not the merge command.</summary>
    /// <param name="request">The parts' request.</param>
    /// <param name="units">Every work unit's payload, in order.</param>
    /// <param name="outPath">The merge's --out.</param>
    /// <param name="context">Output writers.</param>
    internal int Merge(JobRequest request, IReadOnlyList<byte[]> units, string outPath, CliContext context)
    {
        var parse = ParseAlone([.. request.Arguments, "--out", outPath]);
        if (parse.Errors.Count > 0) throw new ArgumentException($"the parts' {Path.Split(' ')[0]} arguments do not parse: {parse.Errors[0].Message}");
        return Execute(parse, context with { Merged = (request, units), Provenance = RunProvenance.Of(parse.Tokens.Select(t => t.Value)) });
    }

    private Command Create()
    {
        var command = new Command(Path[(Path.LastIndexOf(' ') + 1)..], Description);
        Configure(command);
        return command;
    }

    private int Guarded(ParseResult parse, CliContext context)
    {
        try
        {
            return Execute(parse, context with { Json = parse.GetValue(CliApplication.JsonOption), Provenance = RunProvenance.Of(parse.Tokens.Select(t => t.Value)), Quiet = parse.GetValue(CliApplication.QuietOption) });
        }
        catch (Exception e)
        {
            bool bad = PluginFault.Explain(e) is not null || e is ArgumentException or DarkSectorException or FormatException or IOException
                or InvalidDataException or UnauthorizedAccessException or KeyNotFoundException;
            string message = PluginFault.Explain(e)?.Message ?? BadInputMessage(e);
            context.Error.WriteLine(bad ? $"darksector: {OneLine(message)}" : $"darksector: internal error ({e.GetType().Name}): {OneLine(e.Message)}");
            return bad ? ExitCodes.BadInput : ExitCodes.InternalError;
        }
    }

    /// <summary>The one-line message of a bad-input exception, without .NET's "(Parameter 'x')" and "Actual value was"
    /// suffixes (DarkSector's messages already name the parameter, the value and the allowed range).</summary>
    internal static string BadInputMessage(Exception e) => OneLine(e is ArgumentException
        ? Regex.Replace(Regex.Replace(e.Message, @"\s*Actual value was [^\n]*$", ""), @"\s*\(Parameter '[^']*'\)", "") : e.Message);

    /// <summary>Folds a message to one line.</summary>
    internal static string OneLine(string message) => Regex.Replace(message.Replace('\r', ' ').Replace('\n', ' '), @"\s+", " ").Trim();
}
