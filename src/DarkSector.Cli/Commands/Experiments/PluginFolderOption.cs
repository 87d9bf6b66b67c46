namespace DarkSector.Cli.Commands.Experiments;

/// <summary>The <c>--plugins &lt;folder&gt;</c> option shared by the commands that need experiments, and the catalog it configures.</summary>
internal sealed class PluginFolderOption
{
    private readonly Option<string[]> _plugins = new("--plugins")
    {
        Description = $"Folder of third-party experiment plugins (repeatable); {ExperimentDiscoveryOptions.EnvironmentVariable} adds more.",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public void AddTo(Command command) => command.Options.Add(_plugins);

    /// <summary>Discovers the built-in plugins, the --plugins folders and those in the environment variable
    /// (<see cref="CliServices.Catalog"/>: <c>AddDarkSector()</c>).</summary>
    /// <exception cref="ArgumentException">A folder does not exist.</exception>
    public ExperimentCatalog Discover(ParseResult parse) => CliServices.Catalog(parse.GetValue(_plugins) ?? []);
}
