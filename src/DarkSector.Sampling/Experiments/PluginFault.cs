using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using DarkSector.Physics;

namespace DarkSector.Sampling.Experiments;

/// <summary>
/// Names the plugin and the member behind an exception that escaped from experiment code at run time (its geometry,
/// flux, selection, likelihood, …), so a host reports "the plugin X failed in IEventSelection.Efficiency: …" in one
/// line instead of an internal error. The plugin assemblies are those an <see cref="ExperimentCatalog"/> discovered
/// (built-ins, host assemblies, plugin folders), remembered for the process.
/// </summary>
/// <remarks>The member is the plugin frame nearest the throw in the exception's stack trace, named after the
/// DarkSector interface member it implements where there is one. A method the JIT inlined into the core has no frame
/// of its own; its caller is named instead, and an exception with no plugin frame at all is not a plugin fault.
/// Thread-safe.</remarks>
public static class PluginFault
{
    private static readonly ConcurrentDictionary<Assembly, (string Source, bool BuiltIn)> Plugins = new();

    internal static void Register(Assembly assembly, string source, bool builtIn) => Plugins.TryAdd(assembly, (source, builtIn));

    /// <summary>A one-line <see cref="DarkSectorException"/> naming the plugin (its file) and the member that threw
    /// <paramref name="exception"/>, or null when no plugin code threw it, or when a built-in experiment refused bad
    /// input (an <see cref="ArgumentException"/>, <see cref="DarkSectorException"/> or <see cref="FormatException"/>
    /// whose own message already says what is wrong).</summary>
    /// <param name="exception">The exception, possibly wrapped (<see cref="AggregateException"/>,
    /// <see cref="TargetInvocationException"/>, <see cref="TypeInitializationException"/>).</param>
    public static DarkSectorException? Explain(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var e = Unwrap(exception);
        if (e is DarkSectorException && e.Message.StartsWith("experiment plugin ", StringComparison.Ordinal)) return null;
        foreach (var frame in new StackTrace(e, fNeedFileInfo: false).GetFrames())
        {
            if (frame.GetMethod() is not MethodBase method || method.DeclaringType?.Assembly is not Assembly assembly) continue;
            if (!Plugins.TryGetValue(assembly, out var plugin)) continue;
            if (plugin.BuiltIn && e is ArgumentException or DarkSectorException or FormatException) return null;
            return new DarkSectorException($"experiment plugin {plugin.Source} failed in {MemberName(method)}: {e.GetType().Name}: {OneLine(e.Message)}", e);
        }
        return null;
    }

    private static Exception Unwrap(Exception e)
    {
        while (true)
        {
            switch (e)
            {
                case AggregateException a when a.Flatten().InnerExceptions.Count > 0: e = a.Flatten().InnerExceptions[0]; break;
                case TargetInvocationException { InnerException: { } inner }: e = inner; break;
                case TypeInitializationException { InnerException: { } inner }: e = inner; break;
                default: return e;
            }
        }
    }

    /// <summary>"IEventSelection.Efficiency (in MySelection)" for an interface member, else "MyType.Method"; property
    /// accessors by their property.</summary>
    private static string MemberName(MethodBase method)
    {
        var type = method.DeclaringType!;
        string Plain(string name) => name.StartsWith("get_", StringComparison.Ordinal) || name.StartsWith("set_", StringComparison.Ordinal) ? name[4..] : name;
        if (method is MethodInfo info && !type.IsInterface)
            foreach (var face in type.GetInterfaces().Where(i => i.Namespace?.StartsWith("DarkSector.", StringComparison.Ordinal) == true))
            {
                var map = type.GetInterfaceMap(face);
                // By name: for members with 'in' parameters the compiler implements the interface through a bridge
                // method ("IEventSelection.Efficiency") that calls the public one, which is the frame that threw.
                int k = Array.FindIndex(map.TargetMethods, t => t.Name == info.Name || t.Name.EndsWith("." + info.Name, StringComparison.Ordinal));
                if (k >= 0) return $"{face.Name}.{Plain(map.InterfaceMethods[k].Name)} (in {type.Name})";
            }
        return $"{type.Name}.{Plain(method.Name)}";
    }

    private static string OneLine(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message.Replace('\r', ' ').Replace('\n', ' '), @"\s+", " ").Trim();
}
