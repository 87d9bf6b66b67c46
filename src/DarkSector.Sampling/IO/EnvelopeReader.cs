using System.Buffers.Binary;
using System.Text;

namespace DarkSector.Sampling.IO;

/// <summary>Reads the envelope written by <see cref="EnvelopeWriter"/> (layout there). Every failure is a
/// <see cref="FormatException"/> with a one-line message that starts with the source (the file) and says what is wrong:
/// another format, an unsupported version, truncation, a checksum mismatch in a named block, a malformed block, a
/// missing end marker or trailing data. A block's content is handed out only after its checksum matched.</summary>
/// <remarks>Not thread-safe (one reader per stream).</remarks>
internal sealed class EnvelopeReader
{
    /// <summary>Largest structured block accepted from a stream whose length is unknown (headers are a few kB).</summary>
    private const long MaxUnboundedBlock = 64L << 20;

    private readonly Stream stream;
    private readonly EnvelopeFormat format;
    private readonly string source;

    private EnvelopeReader(Stream stream, EnvelopeFormat format, string source) => (this.stream, this.format, this.source) = (stream, format, source);

    /// <summary>Checks the magic number and version of <paramref name="format"/> at the start of <paramref name="stream"/>.</summary>
    /// <exception cref="FormatException">Another or no known format, another version, or too short.</exception>
    public static EnvelopeReader Open(Stream stream, EnvelopeFormat format, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException($"reading {format.Name} requires a little-endian machine");
        Span<byte> head = stackalloc byte[10];
        int got = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var magic = head[..Math.Min(got, 8)].ToArray();
        if (!magic.AsSpan().SequenceEqual(format.Magic))
        {
            var other = EnvelopeFormat.All.FirstOrDefault(f => magic.AsSpan().SequenceEqual(f.Magic));
            if (other is not null) throw new FormatException($"{source}: is {other.Name}, not {format.Name}");
            throw new FormatException(got < 8 && format.Magic.AsSpan().StartsWith(magic)
                ? $"{source}: truncated {format.Name} ({got} bytes)"
                : $"{source}: not {format.Name} (bad magic number)");
        }
        if (got < 10) throw new FormatException($"{source}: truncated {format.Name} ({got} bytes)");
        ushort version = BinaryPrimitives.ReadUInt16LittleEndian(head[8..]);
        if (version != format.Version)
            throw new FormatException(version <= EnvelopeFormat.LastUnchecked
                ? $"{source}: format version {version} (without checksums) is no longer read; write the file again with this version of DarkSector (it reads version {format.Version})"
                : $"{source}: format version {version} is not supported (this reader reads version {format.Version})");
        return new EnvelopeReader(stream, format, source);
    }

    /// <summary>Reads the next structured block, checks its checksum, then parses it with <paramref name="parse"/>,
    /// which must consume it exactly.</summary>
    /// <param name="name">Names the block in errors.</param>
    /// <param name="parse">Parses the payload; the <see cref="FormatException"/>, <see cref="ArgumentException"/>,
    /// <see cref="IOException"/> and <see cref="OverflowException"/> it throws become one-line errors naming the block.</param>
    public T Block<T>(string name, Func<BinaryReader, T> parse)
    {
        long length = ReadLength(name, expected: null);
        var payload = new byte[length];
        ReadPayload(name, length, payload);
        using var r = new BinaryReader(new MemoryStream(payload, writable: false), Encoding.UTF8);
        T value;
        try { value = parse(r); }
        catch (EndOfStreamException) { throw Malformed(name, "it ends early"); }
        catch (Exception e) when (e is ArgumentException or IOException or OverflowException or FormatException)
        {
            throw Malformed(name, OneLine(e.Message));
        }
        if (r.BaseStream.Position != length) throw Malformed(name, $"{length - r.BaseStream.Position} bytes left unread");
        return value;
    }

    /// <summary>Reads the next block, which must hold exactly <paramref name="destination"/>'s bytes, into it and
    /// checks its checksum.</summary>
    public void Raw(string name, Span<byte> destination)
    {
        ReadLength(name, destination.Length);
        ReadPayload(name, destination.Length, destination);
    }

    /// <summary>Reads the next block as an array of <paramref name="count"/> values; the array is allocated only after
    /// the block's length field matched and, on a seekable stream, the bytes are there.</summary>
    public T[] Array<T>(string name, long count) where T : unmanaged
    {
        long bytes = count * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        if (count < 0 || bytes / System.Runtime.CompilerServices.Unsafe.SizeOf<T>() != count || bytes > System.Array.MaxLength)
            throw new FormatException($"{source}: block '{name}' of {count} values is impossible (damaged {Plain})");
        ReadLength(name, bytes);
        var array = new T[count];
        ReadPayload(name, bytes, System.Runtime.InteropServices.MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }

    /// <summary>Bytes left in the stream, when it can tell.</summary>
    public long? Remaining => stream.CanSeek ? stream.Length - stream.Position : null;

    /// <summary>Checks the end marker and, on a seekable stream, that nothing follows it.</summary>
    public void End()
    {
        Span<byte> end = stackalloc byte[8];
        int got = stream.ReadAtLeast(end, 8, throwOnEndOfStream: false);
        if (got < 8 || !end.SequenceEqual(format.EndMarker))
            throw new FormatException($"{source}: missing end marker (truncated or damaged {Plain})");
        if (stream.CanSeek && stream.Position != stream.Length) throw new FormatException($"{source}: unexpected data after the end marker");
    }

    private string Plain => format.Name[(format.Name.IndexOf(' ') + 1)..];

    private uint state;

    private long ReadLength(string name, long? expected)
    {
        Span<byte> field = stackalloc byte[8];
        if (stream.ReadAtLeast(field, 8, throwOnEndOfStream: false) < 8) throw Truncated(name);
        long length = BinaryPrimitives.ReadInt64LittleEndian(field);
        state = Crc32C.Append(Crc32C.Initial, field);
        long? room = stream.CanSeek ? stream.Length - stream.Position - 4 : null;
        if (expected is long e && length != e)
            throw room is long r && r < e
                ? Truncated(name)
                : new FormatException($"{source}: block '{name}' is {length} bytes long, expected {e} (damaged {Plain})");
        if (length < 0 || length > (room ?? MaxUnboundedBlock) || length > System.Array.MaxLength)
            throw room is long r2 && length > r2 && length <= System.Array.MaxLength && length >= 0
                ? Truncated(name)
                : new FormatException($"{source}: block '{name}' length {length} is impossible (damaged {Plain})");
        return length;
    }

    private void ReadPayload(string name, long length, Span<byte> destination)
    {
        var payload = destination[..(int)length];
        if (stream.ReadAtLeast(payload, payload.Length, throwOnEndOfStream: false) < payload.Length) throw Truncated(name);
        state = Crc32C.Append(state, payload);
        Span<byte> field = stackalloc byte[4];
        if (stream.ReadAtLeast(field, 4, throwOnEndOfStream: false) < 4) throw Truncated(name);
        if (BinaryPrimitives.ReadUInt32LittleEndian(field) != Crc32C.Finish(state))
            throw new FormatException($"{source}: checksum mismatch in block '{name}' (damaged {Plain})");
    }

    private FormatException Truncated(string name) => new($"{source}: truncated {Plain} (in block '{name}')");

    private FormatException Malformed(string name, string why) => new($"{source}: malformed block '{name}' of {Plain}: {why}");

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
