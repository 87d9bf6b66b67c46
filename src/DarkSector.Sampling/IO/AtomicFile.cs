using DarkSector.Physics;

namespace DarkSector.Sampling.IO;

/// <summary>Writes a file atomically: into a temporary file in the same folder, then renamed over the target, so readers
/// never see a half-written file and a failed write leaves any previous file intact.</summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/> atomically.</summary>
    /// <param name="path">The file to write (its folder must exist).</param>
    /// <param name="write">Writes the content to the stream it is given.</param>
    /// <exception cref="DarkSectorException">The folder does not exist.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder)) throw new DarkSectorException($"cannot write '{path}': folder '{folder}' does not exist");
        string temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            try { File.Delete(temporary); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            throw;
        }
    }
}
