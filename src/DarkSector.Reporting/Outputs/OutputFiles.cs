using System.Text;
using DarkSector.Sampling.IO;

namespace DarkSector.Reporting.Outputs;

/// <summary>Writes a run's output files: each atomically (<see cref="AtomicFile"/>), after every one of them has been
/// rendered, so a failure while rendering leaves no partial set behind (all or none).</summary>
public static class OutputFiles
{
    /// <summary>Writes every rendered file, in order, each atomically.</summary>
    /// <param name="files">The paths and their bytes, all rendered before this call.</param>
    public static void Write(IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var (path, bytes) in files) AtomicFile.Write(path, stream => stream.Write(bytes));
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> atomically as UTF-8 without a byte-order mark.</summary>
    /// <param name="path">The file.</param>
    /// <param name="text">Its text (written as is).</param>
    public static void WriteText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Write([(path, Utf8(text))]);
    }

    /// <summary><paramref name="text"/> as UTF-8 bytes without a byte-order mark.</summary>
    /// <param name="text">The text.</param>
    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);
}
