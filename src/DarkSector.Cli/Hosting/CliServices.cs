using DarkSector.Cli.Commands;
using DarkSector.Cli.Commands.Generate;
using DarkSector.Cli.Commands.Recast;
using DarkSector.Cli.Commands.Slurm;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSector.Cli.Hosting;

/// <summary>The tool's composition root (Microsoft.Extensions.DependencyInjection): the groups (<see cref="CliGroup.Builtin"/>
/// and subclasses), every <see cref="CliCommand"/> subclass of this assembly and the adapter instances (report and generate commands), and DarkSector's services (<c>AddDarkSector()</c>: the
/// experiment catalog over the built-in plugins, <c>DARKSECTOR_PLUGINS</c> and the command's <c>--plugins</c> folders).</summary>
internal static class CliServices
{
    /// <summary>The services of the tool's command tree: the groups and commands (singletons, one instance each).</summary>
    public static ServiceProvider Commands()
    {
        var services = new ServiceCollection();
        foreach (var group in CliGroup.Builtin) services.AddSingleton(group);
        var types = typeof(CliServices).Assembly.GetTypes().Where(t => !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null);
        foreach (var type in types.Where(t => t.IsSubclassOf(typeof(CliGroup)))) services.AddSingleton(typeof(CliGroup), type);
        foreach (var type in types.Where(t => t.IsSubclassOf(typeof(CliCommand)))) services.AddSingleton(typeof(CliCommand), type);
        foreach (var command in ReportCommands.Create().Concat(GenerateCommand.Create()).Concat(SlurmSubmitCommand.Create()).Append(Liu2025RecastCommand.Create())) services.AddSingleton(command);
        return services.BuildServiceProvider();
    }

    /// <summary>The experiment catalog of one invocation: <c>AddDarkSector()</c> with the built-in plugins, the environment's
    /// folders and <paramref name="pluginFolders"/> (a folder that does not exist is an ArgumentException).</summary>
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
