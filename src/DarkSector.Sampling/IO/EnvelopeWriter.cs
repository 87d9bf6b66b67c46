using System.Buffers.Binary;
using System.Text;

namespace DarkSector.Sampling.IO;

/// <summary>
/// Writes the envelope shared by the binary formats (<see cref="DsevFile"/>, <see cref="JointSampleFile"/>,
/// <see cref="Distributed.ShardPartFile"/>): magic number (8 bytes), format version (uint16), a sequence of blocks,
/// end marker (8 bytes). A block is its payload length (int64), the payload and the CRC-32C (<see cref="Crc32C"/>,
/// uint32) of the length field and payload together. All little-endian. <see cref="EnvelopeReader"/> checks every
/// block's checksum before its content is used, so a truncated or bit-flipped file is refused with a one-line error.
/// </summary>
/// <remarks>Not thread-safe (one writer per stream).</remarks>
internal sealed class EnvelopeWriter
{
    private readonly Stream stream;
    private readonly EnvelopeFormat format;

    private EnvelopeWriter(Stream stream, EnvelopeFormat format) => (this.stream, this.format) = (stream, format);

    /// <summary>Writes the magic number and version of <paramref name="format"/> and returns the writer.</summary>
    /// <exception cref="PlatformNotSupportedException">A big-endian machine (raw columns are stored little-endian).</exception>
    public static EnvelopeWriter Begin(Stream stream, EnvelopeFormat format)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException($"writing {format.Name} requires a little-endian machine");
        stream.Write(format.Magic);
        Span<byte> version = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(version, format.Version);
        stream.Write(version);
        return new EnvelopeWriter(stream, format);
    }

    /// <summary>Writes a block whose payload <paramref name="write"/> produces (small structured blocks: headers).</summary>
    public void Block(Action<BinaryWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true)) write(w);
        Raw(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Writes a block with <paramref name="payload"/> (raw columns, written without a copy).</summary>
    public void Raw(ReadOnlySpan<byte> payload)
    {
        Span<byte> length = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(length, payload.Length);
        uint crc = Crc32C.Finish(Crc32C.Append(Crc32C.Append(Crc32C.Initial, length), payload));
        stream.Write(length);
        stream.Write(payload);
        Span<byte> checksum = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(checksum, crc);
        stream.Write(checksum);
    }

    /// <summary>Writes the end marker.</summary>
    public void End() => stream.Write(format.EndMarker);
}
