using System.CommandLine;
using System.CommandLine.Parsing;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSector.Cli.Hosting;

/// <summary>
/// Builds the command tree from every <see cref="CliCommand"/> and <see cref="CliGroup"/> in this assembly (resolved from
/// <see cref="CliServices"/>),
/// parses, and runs. Parse errors become one line on stderr and exit code 2.
/// </summary>
internal static class CliApplication
{
    /// <summary>Global option: machine-readable JSON (camelCase keys) on stdout.</summary>
    public static readonly Option<bool> JsonOption = new("--json")
    {
        Description = "Print machine-readable JSON (camelCase keys) on stdout instead of tables.",
        Recursive = true,
    };

    /// <summary>Global option: no progress display on stderr.</summary>
    public static readonly Option<bool> QuietOption = new("--quiet")
    {
        Description = "No progress display on stderr (long commands otherwise show a bar on a terminal, a line every few seconds when redirected).",
        Recursive = true,
    };

    /// <summary>Runs the tool with the given arguments and writers; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = BuildRoot(stdout, stderr);
        ParseResult parse = root.Parse(args);
        if (parse.Action is System.CommandLine.Invocation.ParseErrorAction || (parse.Errors.Count > 0 && parse.Action is null))
        {
            stderr.WriteLine($"darksector: {CliCommand.OneLine(ParseErrorMessage(parse, args))}");
            return ExitCodes.BadInput;
        }
        if (parse.Action is HelpWithSections)
        {
            // Help: System.CommandLine's text without its "Additional Arguments" boilerplate (the commands that take model
            // options as extra tokens list them in their own section instead).
            var buffer = new StringWriter();
            int helpCode = parse.Invoke(new InvocationConfiguration { Output = buffer, Error = stderr, EnableDefaultExceptionHandler = false });
            stdout.Write(WithoutAdditionalArguments(buffer.ToString()));
            return helpCode;
        }
        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        return parse.Invoke(configuration);
    }

    /// <summary>Drops the "Additional Arguments" section and the usage suffix for extra tokens from a help text.</summary>
    internal static string WithoutAdditionalArguments(string help)
    {
        var kept = new List<string>();
        bool skipping = false;
        foreach (string line in help.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("Additional Arguments:", StringComparison.Ordinal)) { skipping = true; continue; }
            if (skipping) { if (line.Length == 0) skipping = false; continue; }
            kept.Add(line.Replace(" [[--] <additional arguments>...]]", "", StringComparison.Ordinal));
        }
        return string.Join('\n', kept);
    }

    /// <summary>One line for a parse failure: an unknown word is named (System.CommandLine would first say "Required
    /// command was not provided"), a missing command says so.</summary>
    private static string ParseErrorMessage(ParseResult parse, string[] args)
    {
        if (args.Length == 0) return "no command given; see darksector --help";
        var unknown = parse.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal));
        if (unknown is not null && parse.CommandResult.Command is RootCommand)
            return $"unknown command '{parse.UnmatchedTokens.FirstOrDefault() ?? args[0]}'; see darksector --help";
        if (unknown is not null) return unknown.Message;
        if (parse.Errors.Count == 0) return "unknown command; see darksector --help";
        string first = parse.Errors[0].Message;
        // Name the option whose value was refused (System.CommandLine's "Argument 'x' not recognized" does not).
        string? name = parse.Errors[0].SymbolResult switch
        {
            OptionResult o => o.Option.Name,
            ArgumentResult { Parent: OptionResult o } => o.Option.Name,
            _ => null,
        };
        if (name is not null && !first.Contains(name, StringComparison.Ordinal)) first = $"{name}: {first}";
        return first.StartsWith("Required command was not provided", StringComparison.Ordinal)
            ? $"'{string.Join(' ', args)}' needs a subcommand; see darksector {string.Join(' ', args)} --help" : first;
    }

    /// <summary>The root command with every discovered group and command attached.</summary>
    internal static RootCommand BuildRoot(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("DarkSector: dark-sector explanations of short-baseline neutrino anomalies — widths, cross sections, events, rates, likelihoods and limits.");
        root.Options.Add(JsonOption);
        root.Options.Add(QuietOption);
        foreach (var option in root.Options.OfType<VersionOption>())
            option.Action = new VersionAction(stdout);

        using var services = CliServices.Commands();
        var groups = services.GetServices<CliGroup>().ToArray();
        var commands = services.GetServices<CliCommand>().ToArray();

        var byPath = new Dictionary<string, Command>(StringComparer.Ordinal) { [""] = root };
        foreach (var group in groups.OrderBy(g => g.Path.Length))
            Attach(byPath, group.Path, new Command(LastWord(group.Path), group.Description));
        var sections = new Dictionary<Command, string>();
        foreach (var command in commands)
        {
            var built = command.Build(new CliContext(stdout, stderr));
            if (command.HelpSection is string section) sections[built] = section;
            Attach(byPath, command.Path, built);
        }
        if (root.Options.OfType<System.CommandLine.Help.HelpOption>().FirstOrDefault() is { Action: System.CommandLine.Help.HelpAction help } helpOption)
            helpOption.Action = new HelpWithSections(help, sections);
        StrictNumbers.Apply(root);
        return root;
    }

    private static void Attach(Dictionary<string, Command> byPath, string path, Command command)
    {
        int split = path.LastIndexOf(' ');
        string parentPath = split < 0 ? "" : path[..split];
        if (!byPath.TryGetValue(parentPath, out var parent))
            throw new InvalidOperationException($"command '{path}' has no group '{parentPath}'");
        parent.Subcommands.Add(command);
        byPath[path] = command;
    }

    /// <summary>The standard help, then the command's extra section (<see cref="CliCommand.HelpSection"/>) if it has one.</summary>
    private sealed class HelpWithSections(System.CommandLine.Help.HelpAction help, IReadOnlyDictionary<Command, string> sections)
        : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            int code = help.Invoke(parseResult);
            if (sections.TryGetValue(parseResult.CommandResult.Command, out string? section))
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine(section);
                output.WriteLine();
            }
            return code;
        }
    }

    private static string LastWord(string path) => path[(path.LastIndexOf(' ') + 1)..];
}
