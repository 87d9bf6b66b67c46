namespace DarkSector.Cli.Hosting;

/// <summary>Checks the output paths a command will write before any computation starts, so that a typo in a path is a
/// one-line error in the first second, not after minutes of simulation.</summary>
internal static class OutputPaths
{
    /// <summary>Checks that <paramref name="path"/> (when given) can be written: its folder exists and accepts a new file,
    /// the path is not a folder, and its extension is one of <paramref name="extensions"/> (when any are given).</summary>
    /// <param name="option">The option that gave the path (named in the error).</param>
    /// <param name="path">The path, or null when the option was not given.</param>
    /// <param name="extensions">Allowed extensions with the dot, compared case-insensitively; none = any.</param>
    /// <exception cref="ArgumentException">Empty path, wrong extension, or the path is a folder.</exception>
    /// <exception cref="IOException">The folder does not exist or cannot be written.</exception>
    public static void Check(string option, string? path, params string[] extensions)
    {
        if (path is null) return;
        if (string.IsNullOrWhiteSpace(path)) throw new ArgumentException($"{option}: empty path");
        if (extensions.Length > 0 && !extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            throw new ArgumentException($"{option} = '{path}': the extension must be {string.Join(" or ", extensions)}");
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new ArgumentException($"{option} = '{path}' is a folder; give a file name");
        string folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder)) throw new IOException($"{option} = '{path}': folder '{folder}' does not exist");
        ProbeWritable(option, path, folder);
    }

    /// <summary>Creates <paramref name="folder"/> if needed and checks that it accepts new files.</summary>
    /// <exception cref="IOException">It cannot be created or written.</exception>
    public static void EnsureFolder(string option, string folder)
    {
        if (string.IsNullOrWhiteSpace(folder)) throw new ArgumentException($"{option}: empty path");
        if (File.Exists(folder)) throw new IOException($"{option} = '{folder}' is a file, not a folder");
        try { Directory.CreateDirectory(folder); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{option} = '{folder}': cannot create the folder ({e.Message})", e);
        }
        ProbeWritable(option, folder, Path.GetFullPath(folder));
    }

    private static void ProbeWritable(string option, string given, string folder)
    {
        string probe = Path.Combine(folder, $".darksector-probe.{Environment.ProcessId}.{Guid.NewGuid():N}");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose)) { }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{option} = '{given}': folder '{folder}' cannot be written ({e.GetType().Name})", e);
        }
    }
}
