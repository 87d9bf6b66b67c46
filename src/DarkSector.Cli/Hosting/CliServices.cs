using DarkSector.Sampling.Experiments;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSector.Cli.Hosting;

/// <summary>
/// The tool's composition root (Microsoft.Extensions.DependencyInjection): every <see cref="CliGroup"/> and
/// <see cref="CliCommand"/> of this assembly, and DarkSector's services (<c>AddDarkSector()</c>: the experiment catalog
/// over the built-in plugins, <c>DARKSECTOR_PLUGINS</c> and the command's <c>--plugins</c> folders).
/// </summary>
internal static class CliServices
{
    /// <summary>The services of the tool's command tree: the groups and commands (singletons, one instance each).</summary>
    public static ServiceProvider Commands()
    {
        var services = new ServiceCollection();
        var types = typeof(CliServices).Assembly.GetTypes().Where(t => !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null);
        foreach (var type in types.Where(t => t.IsSubclassOf(typeof(CliGroup)))) services.AddSingleton(typeof(CliGroup), type);
        foreach (var type in types.Where(t => t.IsSubclassOf(typeof(CliCommand)))) services.AddSingleton(typeof(CliCommand), type);
        return services.BuildServiceProvider();
    }

    /// <summary>The experiment catalog of one invocation: <c>services.AddDarkSector()</c> with the built-in plugins, the
    /// environment's folders and <paramref name="pluginFolders"/>.</summary>
    /// <exception cref="ArgumentException">A folder does not exist (raised by discovery).</exception>
    public static ExperimentCatalog Catalog(IEnumerable<string> pluginFolders)
    {
        var services = new ServiceCollection().AddDarkSector(options =>
        {
            foreach (string folder in pluginFolders) options.PluginDirectories.Add(folder);
        });
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<ExperimentCatalog>();
    }
}
