using DarkSector.Reporting.Tables;

namespace DarkSector.Cli.Hosting;

/// <summary>The shape of most commands: add the options, then parse, call the library and print its report
/// (<see cref="ITextReport"/>: JSON with <c>--json</c>, else text). <c>define</c> adds the options to the
/// command and returns the report of a parse (bad input throws; the host prints one line and exits 2).</summary>
internal sealed class ReportCommand(string path, string description, Func<Command, Func<ParseResult, CliContext, ITextReport>> define) : CliCommand(path, description)
{
    private readonly Dictionary<Command, Func<ParseResult, CliContext, ITextReport>> _reports = [];

    /// <summary>Adds <paramref name="option"/> to <paramref name="command"/> and returns it.</summary>
    public static T Add<T>(Command command, T option) where T : Option
    {
        command.Options.Add(option);
        return option;
    }

    protected override void Configure(Command command)
    {
        lock (_reports) _reports[command] = define(command);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        Func<ParseResult, CliContext, ITextReport> report;
        lock (_reports) report = _reports[parse.CommandResult.Command];
        return context.Report(report(parse, context));
    }
}
