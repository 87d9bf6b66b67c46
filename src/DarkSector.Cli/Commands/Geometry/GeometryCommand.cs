using System.CommandLine;
using DarkSector.Cli.Commands.Experiments;
using DarkSector.Cli.Hosting;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Weights;
using Spectre.Console;

namespace DarkSector.Cli.Commands.Geometry;

/// <summary><c>darksector geometry &lt;experiment-id&gt;</c>: the detector's volumes, materials and masses (a check of the description).</summary>
internal sealed class GeometryCommand : CliCommand
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

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var catalog = _plugins.Discover(parse);
        string id = parse.GetValue(_id) ?? "";
        var detector = catalog.Get(id).Detector;
        var rows = detector.Volumes.Select((v, i) => new
        {
            priority = i,
            name = v.Name,
            roles = Roles(v.Role),
            solid = v.Solid.ToString() ?? "",
            material = v.Material.Name,
            densityGPerCm3 = v.Material.DensityGPerCm3,
            volumeCm3 = v.Solid.VolumeCm3,
            massKg = v.MassKg,
            radiationLengthCm = RadiationLength.OfMaterialCm(v.Material),
            composition = v.Material.Components.Select(c => new { nucleus = c.Nucleus.Name, massFraction = c.MassFraction }).ToArray(),
        }).ToArray();
        if (context.Json)
        {
            context.WriteJson(new { experiment = id, detector = detector.Name, volumes = rows });
            return ExitCodes.Success;
        }
        var console = context.Console;
        console.MarkupLine($"[bold]{Markup.Escape(detector.Name)}[/] ({Markup.Escape(id)}): {rows.Length} volumes, first listed owns overlaps");
        var table = new Table().AddColumns("#", "volume", "role", "rho [[g/cm3]]", "V [[m3]]", "mass [[t]]", "X0 [[cm]]");
        foreach (var r in rows)
            table.AddRow(r.priority.ToString(), Markup.Escape(r.name), Markup.Escape(string.Join("+", r.roles)),
                r.densityGPerCm3.ToString("G4"), (r.volumeCm3 / 1e6).ToString("G4"), (r.massKg / 1000).ToString("G4"), r.radiationLengthCm.ToString("G4"));
        console.Write(table);
        context.Out.WriteLine("materials and shapes (cm, z along the beam):");
        foreach (var r in rows)   // plain lines: never wrapped
            context.Out.WriteLine($"  {r.priority} {r.name}: {r.material} ({string.Join(", ", r.composition.Select(c => $"{c.nucleus} {c.massFraction:0.###}"))}); {r.solid}");
        return ExitCodes.Success;
    }

    private static string[] Roles(VolumeRole role) =>
        role == VolumeRole.None ? ["none"]
        : Enum.GetValues<VolumeRole>().Where(r => r is not VolumeRole.None and not VolumeRole.All && role.HasFlag(r)).Select(r => r.ToString().ToLowerInvariant()).ToArray();
}
