using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSector.Cli.Hosting;

/// <summary>Builds the command tree from the groups and commands of <see cref="CliServices"/>, parses and runs. A parse
/// error is one line on stderr and exit code 2.</summary>
internal static class CliApplication
{
    /// <summary>Global option: machine-readable JSON (camelCase keys) on stdout.</summary>
    public static readonly Option<bool> JsonOption = new("--json") { Description = "Print machine-readable JSON (camelCase keys) on stdout instead of tables.", Recursive = true };

    /// <summary>Global option: no progress display on stderr.</summary>
    public static readonly Option<bool> QuietOption = new("--quiet")
    {
        Description = "No progress display on stderr (long commands otherwise show it on a terminal, a line every few seconds when redirected).",
        Recursive = true,
    };

    /// <summary>Runs the tool with the given arguments and writers; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ParseResult parse = BuildRoot(stdout, stderr).Parse(args);
        if (parse.Action is ParseErrorAction || (parse.Errors.Count > 0 && parse.Action is null))
        {
            stderr.WriteLine($"darksector: {CliCommand.OneLine(ParseErrorMessage(parse, args))}");
            return ExitCodes.BadInput;
        }
        if (parse.Action is not HelpWithSections) return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        var buffer = new StringWriter();   // help without System.CommandLine's "Additional Arguments" (model options are listed in a section instead)
        int code = parse.Invoke(new InvocationConfiguration { Output = buffer, Error = stderr, EnableDefaultExceptionHandler = false });
        stdout.Write(WithoutAdditionalArguments(buffer.ToString()));
        return code;
    }

    /// <summary>Drops the "Additional Arguments" section and the usage suffix for extra tokens from a help text.</summary>
    internal static string WithoutAdditionalArguments(string help)
    {
        var kept = new List<string>();
        bool skipping = false;
        foreach (string line in help.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("Additional Arguments:", StringComparison.Ordinal)) skipping = true;
            else if (skipping) skipping = line.Length != 0;
            else kept.Add(line.Replace(" [[--] <additional arguments>...]]", "", StringComparison.Ordinal));
        }
        return string.Join('\n', kept);
    }

    /// <summary>One line for a parse failure: an unknown word is named, a missing subcommand said, a refused value names its option.</summary>
    private static string ParseErrorMessage(ParseResult parse, string[] args)
    {
        if (args.Length == 0) return "no command given; see darksector --help";
        var unknown = parse.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal));
        if (unknown is not null)
            return parse.CommandResult.Command is RootCommand ? $"unknown command '{parse.UnmatchedTokens.FirstOrDefault() ?? args[0]}'; see darksector --help" : unknown.Message;
        if (parse.Errors.Count == 0) return "unknown command; see darksector --help";
        string first = parse.Errors[0].Message;
        string? name = parse.Errors[0].SymbolResult switch { OptionResult o => o.Option.Name, ArgumentResult { Parent: OptionResult o } => o.Option.Name, _ => null };
        if (name is not null && !first.Contains(name, StringComparison.Ordinal)) first = $"{name}: {first}";
        return first.StartsWith("Required command was not provided", StringComparison.Ordinal)
            ? $"'{string.Join(' ', args)}' needs a subcommand; see darksector {string.Join(' ', args)} --help" : first;
    }

    /// <summary>The root command with every group and command attached.</summary>
    internal static RootCommand BuildRoot(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("DarkSector: dark-sector explanations of short-baseline neutrino anomalies — widths, cross sections, events, rates, likelihoods and limits.")
        {
            JsonOption, QuietOption,
        };
        foreach (var option in root.Options.OfType<VersionOption>()) option.Action = new VersionAction(stdout);
        using var services = CliServices.Commands();
        var byPath = new Dictionary<string, Command>(StringComparer.Ordinal) { [""] = root };
        foreach (var group in services.GetServices<CliGroup>().OrderBy(g => g.Path.Length))
            Attach(byPath, group.Path, new Command(group.Path[(group.Path.LastIndexOf(' ') + 1)..], group.Description));
        var sections = new Dictionary<Command, string>();
        foreach (var command in services.GetServices<CliCommand>())
        {
            var built = command.Build(new CliContext(stdout, stderr));
            if (command.HelpSection is string section) sections[built] = section;
            Attach(byPath, command.Path, built);
        }
        if (root.Options.OfType<HelpOption>().FirstOrDefault() is { Action: HelpAction help } helpOption) helpOption.Action = new HelpWithSections(help, sections);
        StrictNumbers.Apply(root);
        return root;
    }

    private static void Attach(Dictionary<string, Command> byPath, string path, Command command)
    {
        string parent = path.Contains(' ') ? path[..path.LastIndexOf(' ')] : "";
        (byPath.TryGetValue(parent, out var group) ? group : throw new InvalidOperationException($"command '{path}' has no group '{parent}'")).Subcommands.Add(command);
        byPath[path] = command;
    }

    /// <summary>The standard help, then the command's <see cref="CliCommand.HelpSection"/> if it has one.</summary>
    private sealed class HelpWithSections(HelpAction help, IReadOnlyDictionary<Command, string> sections) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            int code = help.Invoke(parseResult);
            if (sections.TryGetValue(parseResult.CommandResult.Command, out string? section)) parseResult.InvocationConfiguration.Output.WriteLine(section + "\n");
            return code;
        }
    }

    /// <summary>Prints the DarkSector version (of the Physics package, not the host process, which differs under a test host).</summary>
    private sealed class VersionAction(TextWriter stdout) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            stdout.WriteLine(RunProvenance.Version);
            return ExitCodes.Success;
        }
    }
}
