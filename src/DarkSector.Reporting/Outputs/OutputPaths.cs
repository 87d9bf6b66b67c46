namespace DarkSector.Reporting.Outputs;

/// <summary>Checks the output paths a command will write before any computation starts: a typo in a path is a one-line
/// error in the first second, not after minutes of simulation. (The files themselves are written atomically by the library.)</summary>
public static class OutputPaths
{
    /// <summary>Checks that <paramref name="path"/> (when given) can be written: a file name (not a folder) with one of
    /// <paramref name="extensions"/> (when any), in an existing folder that accepts a new file.</summary>
    /// <exception cref="ArgumentException">Empty path, wrong extension, or a folder.</exception>
    /// <exception cref="IOException">The folder does not exist or cannot be written.</exception>
    /// <param name="option">The option that names the path, for the message.</param>
    /// <param name="path">The path, or null (nothing to check).</param>
    /// <param name="extensions">Allowed extensions (with the dot), or none for any.</param>
    public static void Check(string option, string? path, params string[] extensions)
    {
        if (path is null) return;
        if (string.IsNullOrWhiteSpace(path)) throw new ArgumentException($"{option}: empty path");
        if (extensions.Length > 0 && !extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            throw new ArgumentException($"{option} = '{path}': the extension must be {string.Join(" or ", extensions)}");
        string full = Path.GetFullPath(path), folder = Path.GetDirectoryName(full) ?? ".";
        if (Directory.Exists(full)) throw new ArgumentException($"{option} = '{path}' is a folder; give a file name");
        if (!Directory.Exists(folder)) throw new IOException($"{option} = '{path}': folder '{folder}' does not exist");
        ProbeWritable(option, path, folder);
    }

    /// <summary>Creates <paramref name="folder"/> if needed and checks that it accepts new files.</summary>
    /// <exception cref="IOException">It is a file, or cannot be created or written.</exception>
    /// <param name="option">The option that names the folder, for the message.</param>
    /// <param name="folder">The folder.</param>
    public static void EnsureFolder(string option, string folder)
    {
        if (string.IsNullOrWhiteSpace(folder)) throw new ArgumentException($"{option}: empty path");
        if (File.Exists(folder)) throw new IOException($"{option} = '{folder}' is a file, not a folder");
        try { Directory.CreateDirectory(folder); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new IOException($"{option} = '{folder}': cannot create the folder ({e.Message})", e); }
        ProbeWritable(option, folder, Path.GetFullPath(folder));
    }

    private static void ProbeWritable(string option, string given, string folder)
    {
        try { using (new FileStream(Path.Combine(folder, $".darksector-probe.{Environment.ProcessId}.{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose)) { } }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new IOException($"{option} = '{given}': folder '{folder}' cannot be written ({e.GetType().Name})", e); }
    }
}
