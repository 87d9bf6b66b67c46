using System.CommandLine;
using DarkSector.Cli.Hosting;
using DarkSector.Reporting.Reports;
using DarkSector.Reporting.Tables;

namespace DarkSector.Cli.Commands.Experiments;

/// <summary><c>darksector experiments</c>: the discovered experiment plugins, their analyses and any load diagnostics.</summary>
internal sealed class ExperimentsCommand : ReportCommand
{
    private readonly PluginFolderOption _plugins = new();

    public override string Path => "experiments";

    public override string Description => "List the discovered experiment plugins (built-in and from plugin folders) with their analyses and load diagnostics.";

    protected override void Configure(Command command) => _plugins.AddTo(command);

    protected override ITextReport Report(ParseResult parse, CliContext context) => ExperimentsReport.Of(_plugins.Discover(parse));
}
