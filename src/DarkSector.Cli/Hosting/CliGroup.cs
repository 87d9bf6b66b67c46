namespace DarkSector.Cli.Hosting;

/// <summary>A command that only groups subcommands (for example <c>decay</c> over <c>decay dark-photon</c>).</summary>
/// <remarks>Discovered by reflection: add a sealed subclass with a parameterless constructor.</remarks>
internal abstract class CliGroup
{
    /// <summary>Space-separated path from the root, e.g. "decay".</summary>
    public abstract string Path { get; }

    /// <summary>One-line description for --help.</summary>
    public abstract string Description { get; }
}
