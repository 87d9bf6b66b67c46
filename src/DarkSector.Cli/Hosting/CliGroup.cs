namespace DarkSector.Cli.Hosting;

/// <summary>A command that only groups subcommands (for example <c>decay</c> over <c>decay dark-photon</c>): the built-in
/// ones are listed in <see cref="Builtin"/>; a sealed subclass with a parameterless constructor is discovered too.</summary>
internal class CliGroup(string path = "", string description = "")
{
    /// <summary>The groups of the tool's model commands and of <c>slurm</c>.</summary>
    public static readonly CliGroup[] Builtin =
    [
        new("decay", "Decay channels, partial widths, branching ratios, total width and c*tau0 of an HNL."),
        new("xsec", "Upscattering cross sections nu + target -> N + target in cm^2, per process."),
        new("generate", "Generate weighted events (VEGAS) for a model point and a flux; write CSV, HepMC3 or .dsev."),
        new("spectrum", "Mass spectrum, mixings, vertices and lifetimes derived from a model's Lagrangian parameters."),
        new("recast", "Re-implementations of published pipelines, with their choices as switches (validation)."),
        new("slurm", "Run a scan or sample as a Slurm job array with a dependent merge job; report progress."),
    ];

    /// <summary>Space-separated path from the root, e.g. "decay".</summary>
    public virtual string Path => path;

    /// <summary>One-line description for --help.</summary>
    public virtual string Description => description;
}
