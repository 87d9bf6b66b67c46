namespace DarkSector.Cli.Hosting;

/// <summary>Process exit codes of the tool: 0 success, 1 an internal error (a bug), 2 bad input (malformed or unphysical
/// arguments, unknown names, unreadable files).</summary>
internal static class ExitCodes
{
    public const int Success = 0, InternalError = 1, BadInput = 2;
}
