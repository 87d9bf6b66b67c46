namespace DarkSector.Cli.Commands.Options;

/// <summary><c>--processes</c>, <c>--volumes</c>, <c>--exclude-volumes</c>: the library's <see cref="ProductionSelection"/>.</summary>
internal sealed class ProductionSelectionOptions
{
    private readonly Option<string> _processes = new("--processes") { Description = "Upscattering processes: comma-separated coherent, proton, neutron, or all (default).", DefaultValueFactory = _ => "all" };
    private readonly Option<string?> _volumes = new("--volumes") { Description = "Production volumes: comma-separated volume names or groups (detector, dirt, rock, soil, fiducial, or the plugin's); default all." };
    private readonly Option<string?> _exclude = new("--exclude-volumes") { Description = "Production volumes to drop: names or groups as for --volumes (e.g. upstream-rock, dirt)." };

    public void AddTo(Command command)
    {
        foreach (Option option in new Option[] { _processes, _volumes, _exclude }) command.Options.Add(option);
    }

    /// <summary><paramref name="options"/> with the parsed processes and volumes (an unknown process is an ArgumentException).</summary>
    public SimulationOptions Apply(ParseResult parse, SimulationOptions options) =>
        ProductionSelection.Apply(options, parse.GetValue(_processes)!, parse.GetValue(_volumes), parse.GetValue(_exclude));

    /// <summary>Rejects an explicit selection where a joint sample is read or written (its metadata does not record it).</summary>
    public void RejectWith(ParseResult parse, string reason)
    {
        foreach (Option option in new Option[] { _processes, _volumes, _exclude })
            if (parse.GetResult(option) is { Implicit: false })
                throw new ArgumentException($"{option.Name}: not allowed with {reason} (joint samples do not record the production selection)");
    }
}
