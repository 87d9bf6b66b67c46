using System.CommandLine;
using DarkSector.Cli.Commands.Experiments;
using DarkSector.Cli.Hosting;
using DarkSector.Reporting.Reports;
using DarkSector.Reporting.Tables;

namespace DarkSector.Cli.Commands.Geometry;

/// <summary><c>darksector geometry &lt;experiment-id&gt;</c>: the detector's volumes, materials and masses (<see cref="GeometryReport"/>).</summary>
internal sealed class GeometryCommand : ReportCommand
{
    private readonly PluginFolderOption _plugins = new();
    private readonly Argument<string> _id = new("experiment-id") { Description = "Id of the experiment, e.g. t2k-nd280 (see 'darksector experiments')." };

    public override string Path => "geometry";

    public override string Description => "Show an experiment's detector: volumes in priority order, shapes, roles, materials, densities, volumes and masses.";

    protected override void Configure(Command command)
    {
        command.Arguments.Add(_id);
        _plugins.AddTo(command);
    }

    protected override ITextReport Report(ParseResult parse, CliContext context)
    {
        string id = parse.GetValue(_id) ?? "";
        return GeometryReport.Of(id, _plugins.Discover(parse).Get(id).Detector);
    }
}
