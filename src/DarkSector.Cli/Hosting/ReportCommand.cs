using System.CommandLine;
using DarkSector.Reporting.Tables;

namespace DarkSector.Cli.Hosting;

/// <summary>The shape of most commands: parse the options, call the library, print its report (<see cref="ITextReport"/>:
/// JSON with <c>--json</c>, else text). A subclass declares its options and builds the report.</summary>
internal abstract class ReportCommand : CliCommand
{
    /// <summary>The report of the parsed command (bad input throws; the host prints one line and exits 2).</summary>
    protected abstract ITextReport Report(ParseResult parse, CliContext context);

    protected sealed override int Execute(ParseResult parse, CliContext context) => context.Report(Report(parse, context));
}
