using System.CommandLine;
using DarkSector.Physics;
using DarkSector.Sampling.Experiments;

namespace DarkSector.Cli.Hosting;

/// <summary>
/// One command of the tool: its options and its action. Discovered by reflection (a sealed subclass with a
/// parameterless constructor, one per file under Commands/). The action parses, calls the library and prints;
/// it holds no physics.
/// </summary>
internal abstract class CliCommand
{
    /// <summary>Space-separated path from the root, e.g. "formfactor" or "decay dark-photon".</summary>
    public abstract string Path { get; }

    /// <summary>One-line description for --help.</summary>
    public abstract string Description { get; }

    /// <summary>A section appended to this command's --help (e.g. the model options of each family), or null.</summary>
    public virtual string? HelpSection => null;

    /// <summary>Adds this command's options and arguments to <paramref name="command"/>.</summary>
    protected abstract void Configure(Command command);

    /// <summary>Runs the command; returns the exit code. Exceptions are reported by the host.</summary>
    protected abstract int Execute(ParseResult parse, CliContext context);

    /// <summary>Creates the System.CommandLine command with the error mapping of the tool.</summary>
    public Command Build(CliContext context)
    {
        string name = Path[(Path.LastIndexOf(' ') + 1)..];
        var command = new Command(name, Description);
        Configure(command);
        command.SetAction(parse => Guarded(parse, context));
        return command;
    }

    /// <summary>Parses <paramref name="args"/> (without the command's name) as this command alone, outside the tool's tree
    /// (for a command run on behalf of another: a merge, a batch submission).</summary>
    internal ParseResult ParseAlone(IEnumerable<string> args)
    {
        string name = Path[(Path.LastIndexOf(' ') + 1)..];
        var command = new Command(name, Description);
        Configure(command);
        var root = new RootCommand { command };
        root.Options.Add(CliApplication.JsonOption);
        return root.Parse([name, .. args]);
    }

    private int Guarded(ParseResult parse, CliContext context)
    {
        try
        {
            return Execute(parse, context.WithJson(parse.GetValue(CliApplication.JsonOption)) with { Provenance = RunProvenance.Of(parse), Quiet = parse.GetValue(CliApplication.QuietOption) });
        }
        catch (Exception e) when (PluginFault.Explain(e) is { } fault)
        {
            context.Error.WriteLine($"darksector: {OneLine(fault.Message)}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (IsBadInput(e))
        {
            context.Error.WriteLine($"darksector: {BadInputMessage(e)}");
            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            context.Error.WriteLine($"darksector: internal error ({e.GetType().Name}): {OneLine(e.Message)}");
            return ExitCodes.InternalError;
        }
    }

    private static bool IsBadInput(Exception e) =>
        e is ArgumentException or DarkSectorException or FormatException or IOException or InvalidDataException
            or UnauthorizedAccessException or KeyNotFoundException;

    /// <summary>The one-line message of a bad-input exception, without .NET's "(Parameter 'x')" and "Actual value was"
    /// suffixes (DarkSector's messages already name the parameter, the value and the allowed range).</summary>
    internal static string BadInputMessage(Exception e)
    {
        string text = e.Message;
        if (e is ArgumentException)
        {
            text = System.Text.RegularExpressions.Regex.Replace(text, @"\s*Actual value was [^\n]*$", "");
            text = System.Text.RegularExpressions.Regex.Replace(text, @"\s*\(Parameter '[^']*'\)", "");
        }
        return OneLine(text);
    }

    /// <summary>Folds a message to one line (ArgumentException appends "(Parameter ...)" on its own line).</summary>
    internal static string OneLine(string message)
    {
        string text = message.Replace("\r", " ").Replace('\n', ' ');
        return System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
    }
}
