using Parquet;
using Parquet.Schema;

namespace DarkSector.Sampling.IO;

/// <summary>A table of typed columns written as one Apache Parquet row group (Parquet.Net), with file-level key-value
/// metadata; read back by <see cref="Read"/>.</summary>
/// <remarks>Columns are required (non-nullable) and of one of the types double, float, int, sbyte, byte or bool. The file
/// is built in memory and then written atomically (<see cref="AtomicFile"/>). Thread-safe (no shared state).</remarks>
internal sealed class ParquetTable
{
    private readonly List<(DataField Field, Array Data)> _columns = [];

    /// <summary>The number of rows (set by the first column).</summary>
    public int RowCount { get; private set; } = -1;

    /// <summary>File-level key-value metadata (tool version, command line, seed, units).</summary>
    public Dictionary<string, string> Metadata { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds a column; its length must equal the other columns'.</summary>
    /// <exception cref="ArgumentException">A length different from the other columns', or a name given twice.</exception>
    public ParquetTable Add<T>(string name, T[] values) where T : struct
    {
        ArgumentNullException.ThrowIfNull(values);
        if (RowCount >= 0 && values.Length != RowCount)
            throw new ArgumentException($"column '{name}' has {values.Length} rows, the table {RowCount}", nameof(values));
        if (_columns.Any(c => c.Field.Name == name)) throw new ArgumentException($"column '{name}' is given twice", nameof(name));
        RowCount = values.Length;
        _columns.Add((new DataField<T>(name, false), values));
        return this;
    }

    /// <summary>The Parquet file's bytes.</summary>
    public byte[] ToBytes() => ToBytesAsync().GetAwaiter().GetResult();

    /// <summary>Writes the file to <paramref name="path"/> atomically.</summary>
    public void Write(string path)
    {
        byte[] bytes = ToBytes();
        AtomicFile.Write(path, stream => stream.Write(bytes));
    }

    private async Task<byte[]> ToBytesAsync()
    {
        var schema = new ParquetSchema(_columns.Select(c => (Field)c.Field).ToArray());
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream).ConfigureAwait(false))
        {
            writer.CustomMetadata = new Dictionary<string, string>(Metadata, StringComparer.Ordinal);
            using var group = writer.CreateRowGroup();
            foreach (var (field, data) in _columns)
            {
                switch (data)
                {
                    case double[] d: await group.WriteAsync<double>(field, d).ConfigureAwait(false); break;
                    case float[] f: await group.WriteAsync<float>(field, f).ConfigureAwait(false); break;
                    case int[] i: await group.WriteAsync<int>(field, i).ConfigureAwait(false); break;
                    case byte[] b when data.GetType() == typeof(byte[]): await group.WriteAsync<byte>(field, b).ConfigureAwait(false); break;
                    case sbyte[] s when data.GetType() == typeof(sbyte[]): await group.WriteAsync<sbyte>(field, s).ConfigureAwait(false); break;
                    case bool[] b: await group.WriteAsync<bool>(field, b).ConfigureAwait(false); break;
                    default: throw new NotSupportedException($"column '{field.Name}': type {data.GetType().Name} is not supported");
                }
            }
        }
        return stream.ToArray();
    }

    /// <summary>Reads the columns of a Parquet file (all row groups, each column as an array of its clr type) and its
    /// key-value metadata.</summary>
    /// <exception cref="IOException">The file cannot be read or is not Parquet.</exception>
    public static (IReadOnlyDictionary<string, Array> Columns, IReadOnlyDictionary<string, string> Metadata) Read(string path)
        => ReadAsync(path).GetAwaiter().GetResult();

    private static async Task<(IReadOnlyDictionary<string, Array>, IReadOnlyDictionary<string, string>)> ReadAsync(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream).ConfigureAwait(false);
        var columns = new Dictionary<string, Array>(StringComparer.Ordinal);
        foreach (var field in reader.Schema.GetDataFields())
        {
            var parts = new List<Array>();
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                int n = checked((int)group.RowCount);
                parts.Add(field.ClrType switch
                {
                    var t when t == typeof(double) => await ReadColumn<double>(group, field, n).ConfigureAwait(false),
                    var t when t == typeof(float) => await ReadColumn<float>(group, field, n).ConfigureAwait(false),
                    var t when t == typeof(int) => await ReadColumn<int>(group, field, n).ConfigureAwait(false),
                    var t when t == typeof(sbyte) => await ReadColumn<sbyte>(group, field, n).ConfigureAwait(false),
                    var t when t == typeof(byte) => await ReadColumn<byte>(group, field, n).ConfigureAwait(false),
                    var t when t == typeof(bool) => await ReadColumn<bool>(group, field, n).ConfigureAwait(false),
                    var t => throw new InvalidDataException($"{path}: column '{field.Name}' has unsupported type {t.Name}"),
                });
            }
            var all = Array.CreateInstance(field.ClrType, parts.Sum(p => p.Length));
            int at = 0;
            foreach (var part in parts)
            {
                Array.Copy(part, 0, all, at, part.Length);
                at += part.Length;
            }
            columns[field.Name] = all;
        }
        return (columns, new Dictionary<string, string>(reader.CustomMetadata, StringComparer.Ordinal));
    }

    private static async Task<Array> ReadColumn<T>(ParquetRowGroupReader group, DataField field, int rows) where T : struct
    {
        var values = new T[rows];
        await group.ReadAsync<T>(field, values).ConfigureAwait(false);
        return values;
    }
}
