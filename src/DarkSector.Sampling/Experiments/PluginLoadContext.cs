using System.Reflection;
using System.Runtime.Loader;

namespace DarkSector.Sampling.Experiments;

/// <summary>An isolated load context for one third-party plugin assembly. The DarkSector core and the framework and
/// composition assemblies are shared with the host (so <see cref="IExperiment"/> is the same type on both sides);
/// the plugin's private dependencies are resolved from its deps.json or its folder.</summary>
internal sealed class PluginLoadContext : AssemblyLoadContext
{
    private readonly AssemblyDependencyResolver _resolver;
    private readonly string _directory;

    public PluginLoadContext(string pluginPath) : base($"DarkSector plugin {Path.GetFileName(pluginPath)}", isCollectible: false)
    {
        _resolver = new AssemblyDependencyResolver(pluginPath);
        _directory = Path.GetDirectoryName(pluginPath)!;
    }

    /// <summary>Whether an assembly must come from the host: the DarkSector core (Physics, Sampling), the framework,
    /// System.Composition, Microsoft.Extensions and Math.NET.</summary>
    public static bool IsShared(string? simpleName) => simpleName is not null &&
        (simpleName is "DarkSector.Physics" or "DarkSector.Sampling" or "netstandard" or "mscorlib"
         || simpleName.StartsWith("System.", StringComparison.Ordinal) || simpleName == "System"
         || simpleName.StartsWith("Microsoft.", StringComparison.Ordinal) || simpleName.StartsWith("MathNet.", StringComparison.Ordinal));

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (IsShared(assemblyName.Name)) return null;   // defer to the host's (default) context
        string? path = _resolver.ResolveAssemblyToPath(assemblyName);
        if (path is null)
        {
            string candidate = Path.Combine(_directory, assemblyName.Name + ".dll");
            if (File.Exists(candidate)) path = candidate;
        }
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        string? path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
