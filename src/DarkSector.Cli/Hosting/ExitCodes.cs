namespace DarkSector.Cli.Hosting;

/// <summary>Process exit codes of the tool.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>An unexpected internal error (a bug): reported in one line.</summary>
    public const int InternalError = 1;

    /// <summary>Bad input: malformed or unphysical arguments, unknown names, unreadable files.</summary>
    public const int BadInput = 2;
}
