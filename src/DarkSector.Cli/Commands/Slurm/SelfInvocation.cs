namespace DarkSector.Cli.Commands.Slurm;

/// <summary>How batch jobs call the same <c>darksector</c> that submitted them: the absolute path of the running
/// executable (apphost or .NET tool shim), or <c>dotnet &lt;absolute path of darksector.dll&gt;</c> when the tool runs on
/// the <c>dotnet</c> host (or inside a test host).</summary>
internal static class SelfInvocation
{
    /// <summary>The command words that start this tool.</summary>
    public static IReadOnlyList<string> Command()
    {
        string? process = Environment.ProcessPath;
        string assembly = typeof(SelfInvocation).Assembly.Location;
        if (process is not null && Path.GetFileNameWithoutExtension(process) == Path.GetFileNameWithoutExtension(assembly))
            return [Path.GetFullPath(process)];
        string host = process is not null && Path.GetFileNameWithoutExtension(process) == "dotnet" ? process
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } fromSdk ? fromSdk : "dotnet";
        return [host, Path.GetFullPath(assembly)];
    }
}
