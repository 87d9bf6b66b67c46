using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace DarkSector.Cli.Hosting;

/// <summary>Prints the DarkSector version (not the host process's entry assembly, which differs under a test host).</summary>
internal sealed class VersionAction(TextWriter stdout) : SynchronousCommandLineAction
{
    /// <summary>The informational version of the DarkSector.Physics package, e.g. "0.1.0+commit".</summary>
    public static string Version =>
        typeof(DarkSector.Physics.PhysicalConstants).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(DarkSector.Physics.PhysicalConstants).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        stdout.WriteLine(Version);
        return ExitCodes.Success;
    }
}
