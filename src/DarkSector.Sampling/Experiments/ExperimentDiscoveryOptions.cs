using System.Reflection;

namespace DarkSector.Sampling.Experiments;

/// <summary>Where <see cref="ExperimentCatalog"/> looks for experiment plugins.</summary>
/// <remarks>Mutable options object (configure, then discover); not thread-safe while being configured.</remarks>
public sealed class ExperimentDiscoveryOptions
{
    /// <summary>Environment variable with extra plugin folders, separated by <see cref="Path.PathSeparator"/>.</summary>
    public const string EnvironmentVariable = "DARKSECTOR_PLUGINS";

    /// <summary>Whether to load the built-in plugins: assemblies named <c>DarkSector.Experiments.*.dll</c> in
    /// <see cref="BuiltInDirectory"/>. Default true.</summary>
    public bool IncludeBuiltIn { get; set; } = true;

    /// <summary>Folder of the built-in plugins; default the host's base directory.</summary>
    public string BuiltInDirectory { get; set; } = AppContext.BaseDirectory;

    /// <summary>Folders whose assemblies (*.dll, top level) are loaded as third-party plugins, each in its own
    /// load context sharing the DarkSector core assemblies.</summary>
    public IList<string> PluginDirectories { get; } = new List<string>();

    /// <summary>Whether to add the folders listed in <see cref="EnvironmentVariable"/>. Default true.</summary>
    public bool UseEnvironmentVariable { get; set; } = true;

    /// <summary>Assemblies already loaded by the host to scan as well (e.g. an experiment referenced directly).</summary>
    public IList<Assembly> Assemblies { get; } = new List<Assembly>();
}
