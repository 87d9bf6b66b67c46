using System.CommandLine;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Cli.Commands.Options;

/// <summary>
/// <c>--processes</c>, <c>--volumes</c>, <c>--exclude-volumes</c>: which upscattering processes and which production
/// volumes a simulation includes (<see cref="SimulationOptions.Processes"/>, <see cref="VolumeSelection"/>), e.g.
/// <c>--processes coherent --exclude-volumes upstream-rock</c> for the assumptions of Argüelles-Foppiani-Hostert.
/// </summary>
internal sealed class ProductionSelectionOptions
{
    private readonly Option<string> _processes = new("--processes")
    {
        Description = "Upscattering processes: comma-separated coherent, proton, neutron, or all (default).",
        DefaultValueFactory = _ => "all",
    };

    private readonly Option<string?> _volumes = new("--volumes")
    {
        Description = "Production volumes: comma-separated volume names or groups (detector, dirt, rock, soil, fiducial, or the plugin's); default all.",
    };

    private readonly Option<string?> _exclude = new("--exclude-volumes")
    {
        Description = "Production volumes to drop: names or groups as for --volumes (e.g. upstream-rock, dirt).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_processes);
        command.Options.Add(_volumes);
        command.Options.Add(_exclude);
    }

    /// <summary><paramref name="options"/> with the parsed processes and volumes.</summary>
    /// <exception cref="ArgumentException">An unknown process name.</exception>
    public SimulationOptions Apply(ParseResult parse, SimulationOptions options) => options with
    {
        Processes = UpscatteringProcessNames.Parse(parse.GetValue(_processes)!),
        Volumes = VolumeSelection.Parse(parse.GetValue(_volumes), parse.GetValue(_exclude)),
    };

    /// <summary>Rejects an explicit selection where a joint sample is read or written (its metadata does not record
    /// the selection).</summary>
    /// <exception cref="ArgumentException">--processes, --volumes or --exclude-volumes given.</exception>
    public void RejectWith(ParseResult parse, string reason)
    {
        foreach (Option option in new Option[] { _processes, _volumes, _exclude })
            if (parse.GetResult(option) is { Implicit: false })
                throw new ArgumentException($"{option.Name}: not allowed with {reason} (joint samples do not record the production selection)");
    }

    /// <summary>A one-line description of a non-default selection, or null for the defaults.</summary>
    public static string? Describe(SimulationOptions options)
    {
        var parts = new List<string>();
        if (options.Processes != UpscatteringProcessKinds.All)
            parts.Add("processes " + string.Join(",", new[] { UpscatteringProcessKinds.Coherent, UpscatteringProcessKinds.Proton, UpscatteringProcessKinds.Neutron }
                .Where(k => options.Processes.HasFlag(k)).Select(UpscatteringProcessNames.Name)));
        if (options.Volumes.Include.Count > 0) parts.Add("volumes " + string.Join(",", options.Volumes.Include));
        if (options.Volumes.Exclude.Count > 0) parts.Add("excluding " + string.Join(",", options.Volumes.Exclude));
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }
}
