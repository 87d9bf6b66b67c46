using System.Globalization;
using System.Text;
using DarkSector.Sampling.Events;

namespace DarkSector.Sampling.IO;

/// <summary>
/// Event samples as CSV: one header line naming each column with its unit in brackets (e.g. <c>nu_E[GeV]</c>,
/// <c>prod_z[cm]</c>, <c>w_generator[cm2]</c>), then one line per event.
/// </summary>
/// <remarks>
/// Numbers use the invariant culture and shortest round-trip formatting, so reading a file back reproduces every stored
/// value exactly. The CSV holds only the columns: channel and target are indices into tables that only .dsev keeps, so
/// <see cref="Read(string, EventSampleMetadata?)"/> takes the metadata to attach (parameter names come from the
/// <c>theta_*</c> header columns). Files are written atomically. Thread-safe (no shared state).
/// </remarks>
public static class EventCsvFile
{
    /// <summary>Writes <paramref name="sample"/> as CSV to <paramref name="path"/> atomically.</summary>
    public static void Write(EventSample sample, string path)
    {
        ArgumentNullException.ThrowIfNull(sample);
        AtomicFile.Write(path, s => Write(sample, s));
    }

    /// <summary>Writes <paramref name="sample"/> as CSV to a stream (left open).</summary>
    public static void Write(EventSample sample, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(sample);
        using var w = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        var columns = sample.Columns();
        w.WriteLine(string.Join(',', columns.Select(c => $"{c.Name}[{c.Unit}]")));
        var line = new StringBuilder(1024);
        for (int i = 0; i < sample.Count; i++)
        {
            line.Clear();
            for (int k = 0; k < columns.Count; k++)
            {
                if (k > 0) line.Append(',');
                switch (columns[k].Data)
                {
                    case float[] f: line.Append(f[i].ToString("R", CultureInfo.InvariantCulture)); break;
                    case double[] d: line.Append(d[i].ToString("R", CultureInfo.InvariantCulture)); break;
                    // The CLR lets a byte[] pass for an sbyte[] (and back): test the exact type, or 200 prints as -56.
                    case byte[] b when b.GetType() == typeof(byte[]): line.Append(b[i].ToString(CultureInfo.InvariantCulture)); break;
                    case sbyte[] s: line.Append(s[i].ToString(CultureInfo.InvariantCulture)); break;
                }
            }
            w.WriteLine(line);
        }
    }

    /// <summary>Reads a CSV written by <see cref="Write(EventSample, string)"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="metadata">Metadata to attach (channel and target tables); its parameter names are replaced by the header's.</param>
    /// <exception cref="FormatException">Header or a line is malformed (the message names the line and column).</exception>
    public static EventSample Read(string path, EventSampleMetadata? metadata = null)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader, metadata, path);
    }

    /// <summary>Reads CSV text; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="FormatException">Header or a line is malformed.</exception>
    public static EventSample Read(TextReader reader, EventSampleMetadata? metadata = null, string source = "csv")
    {
        ArgumentNullException.ThrowIfNull(reader);
        string header = reader.ReadLine() ?? throw new FormatException($"{source}: empty file (no header line)");
        var names = header.Split(',');
        var parameterNames = names.Where(n => n.StartsWith("theta_", StringComparison.Ordinal))
            .Select(n => n["theta_".Length..(n.IndexOf('[') is int b and >= 0 ? b : n.Length)]).ToArray();
        var meta = (metadata ?? new EventSampleMetadata()) with { ParameterNames = parameterNames };
        var rows = new List<string>();
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
            if (line.Length > 0) rows.Add(line);
        var sample = new EventSample(meta);
        sample.ResetForReading(rows.Count);
        var columns = sample.Columns();
        string expected = string.Join(',', columns.Select(c => $"{c.Name}[{c.Unit}]"));
        if (header != expected) throw new FormatException($"{source}: header does not match the event columns; expected '{expected}'");
        for (int i = 0; i < rows.Count; i++)
        {
            var fields = rows[i].Split(',');
            if (fields.Length != columns.Count)
                throw new FormatException($"{source}, line {i + 2}: {fields.Length} fields, expected {columns.Count} (file truncated?)");
            for (int k = 0; k < columns.Count; k++)
            {
                bool ok = columns[k].Data switch
                {
                    float[] f => float.TryParse(fields[k], NumberStyles.Float, CultureInfo.InvariantCulture, out f[i]),
                    double[] d => double.TryParse(fields[k], NumberStyles.Float, CultureInfo.InvariantCulture, out d[i]),
                    byte[] b when b.GetType() == typeof(byte[]) => byte.TryParse(fields[k], NumberStyles.Integer, CultureInfo.InvariantCulture, out b[i]),
                    sbyte[] s => sbyte.TryParse(fields[k], NumberStyles.Integer, CultureInfo.InvariantCulture, out s[i]),
                    _ => false,
                };
                if (!ok) throw new FormatException($"{source}, line {i + 2}, column {columns[k].Name}: '{fields[k]}' is not a valid {columns[k].Kind} value");
            }
        }
        return sample;
    }
}
