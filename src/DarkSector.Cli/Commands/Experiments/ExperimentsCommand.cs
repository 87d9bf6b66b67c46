using System.CommandLine;
using DarkSector.Cli.Hosting;
using DarkSector.Sampling.Experiments;
using Spectre.Console;

namespace DarkSector.Cli.Commands.Experiments;

/// <summary><c>darksector experiments</c>: the discovered experiment plugins, their analyses and any load diagnostics.</summary>
internal sealed class ExperimentsCommand : CliCommand
{
    private readonly PluginFolderOption _plugins = new();

    public override string Path => "experiments";

    public override string Description => "List the discovered experiment plugins (built-in and from plugin folders) with their analyses and load diagnostics.";

    protected override void Configure(Command command) => _plugins.AddTo(command);

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var catalog = _plugins.Discover(parse);
        var experiments = catalog.LoadAll();
        var diagnostics = catalog.Diagnostics;
        if (context.Json)
        {
            context.WriteJson(new
            {
                experiments = experiments.Select(e => Describe(e, catalog.SourceOf(e.Info.Id))).ToArray(),
                diagnostics = diagnostics.Select(d => new { source = d.Source, reason = d.Reason }).ToArray(),
            });
            return ExitCodes.Success;
        }
        var console = context.Console;
        if (experiments.Count == 0) console.WriteLine("No experiments found.");
        else
        {
            var table = new Table().AddColumns("id", "name", "analyses", "beams", "source");
            foreach (var e in experiments)
                table.AddRow(Markup.Escape(e.Info.Id), Markup.Escape(e.Info.Name),
                    Markup.Escape(string.Join(", ", e.Analyses.Select(a => $"{a.Id} ({a.Binning.Count} bins)"))),
                    Markup.Escape(string.Join(", ", e.Beams.Select(b => $"{b.Mode} {b.Flavour}"))),
                    Markup.Escape(System.IO.Path.GetFileName(catalog.SourceOf(e.Info.Id))));
            console.Write(table);
        }
        foreach (var d in diagnostics)   // plain lines: a path and a reason must not be wrapped
            context.Out.WriteLine($"plugin problem: {d.Source}: {d.Reason}");
        return ExitCodes.Success;
    }

    private static object Describe(IExperiment e, string source) => new
    {
        id = e.Info.Id,
        name = e.Info.Name,
        description = e.Info.Description,
        citation = e.Info.Citation,
        source,
        detector = new { name = e.Detector.Name, volumes = e.Detector.Volumes.Count },
        beams = e.Beams.Select(b => new
        {
            mode = b.Mode,
            flavour = b.Flavour.ToString(),
            exposureUnit = b.ExposureUnit,
            minEnergyGeV = b.Spectrum.MinEnergyGeV,
            maxEnergyGeV = b.Spectrum.MaxEnergyGeV,
            integratedFluxPerCm2 = b.Spectrum.Integral,
        }).ToArray(),
        analyses = e.Analyses.Select(a => new
        {
            id = a.Id,
            description = a.Description,
            signal = a.Signal.ToString(),
            observable = a.Binning.Observable,
            unit = a.Binning.Unit,
            bins = a.Binning.Count,
            exposures = a.Exposures.Select(x => new { mode = x.Mode, amount = x.Amount }).ToArray(),
            dataAvailable = a.Data.IsAvailable,
            dataUnavailableReason = a.Data.UnavailableReason,
            likelihood = a.Likelihood.GetType().Name,
        }).ToArray(),
        defaults = new { confidenceLevel = e.Defaults.ConfidenceLevel, degreesOfFreedom = e.Defaults.DegreesOfFreedom },
        figures = e.Figures.Select(f => f.Id).Concat(e.CompositeFigures.Select(c => c.Id)).ToArray(),
    };
}
