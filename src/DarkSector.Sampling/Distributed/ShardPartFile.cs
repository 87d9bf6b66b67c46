using System.Collections.Immutable;
using System.Text;
using DarkSector.Sampling.IO;

namespace DarkSector.Sampling.Distributed;

/// <summary>The binary part format of sharded and checkpointed jobs (conventionally "OUT.shard-i-of-n" next to the
/// job's output OUT): an exact image of a <see cref="ShardPart"/>.</summary>
/// <remarks>
/// <para>Layout, little-endian: magic "DSPT\r\n\x1a\n" (8 bytes), format version (uint16, = 1); kind and software
/// version (length-prefixed UTF-8), argument count (int32) and arguments; shard index, shard count, unit count, finished
/// unit count (int32); per finished unit in increasing order: unit index (int32), payload length (int32), payload; end
/// marker "DSPTEND\n".</para>
/// <para>Files are written atomically (<see cref="AtomicFile"/>), so a checkpoint killed mid-write leaves the previous
/// one intact. The reader checks the structure (magic, version, ranges, ownership, order, end marker) and rejects a
/// damaged file with the reason. Thread-safe (no shared state).</para>
/// </remarks>
public static class ShardPartFile
{
    internal static readonly byte[] Magic = "DSPT\r\n\x1a\n"u8.ToArray();
    private static readonly byte[] EndMarker = "DSPTEND\n"u8.ToArray();
    private const ushort Version = 1;

    /// <summary>Writes <paramref name="part"/> to <paramref name="path"/> atomically.</summary>
    /// <exception cref="Physics.DarkSectorException">The folder does not exist.</exception>
    public static void Write(ShardPart part, string path)
    {
        ArgumentNullException.ThrowIfNull(part);
        AtomicFile.Write(path, s => Write(part, s));
    }

    /// <summary>Writes <paramref name="part"/> to a stream (left open).</summary>
    public static void Write(ShardPart part, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Version);
        w.Write(part.Request.Kind);
        w.Write(part.Request.SoftwareVersion);
        w.Write(part.Request.Arguments.Count);
        foreach (string a in part.Request.Arguments) w.Write(a);
        w.Write(part.Shard.Index);
        w.Write(part.Shard.Count);
        w.Write(part.UnitCount);
        w.Write(part.Units.Count);
        foreach (var (unit, payload) in part.Units)
        {
            w.Write(unit);
            w.Write(payload.Length);
            w.Write(payload);
        }
        w.Write(EndMarker);
    }

    /// <summary>The part a run of <paramref name="request"/>'s shard starts from: the checkpoint at
    /// <paramref name="path"/> when <paramref name="resume"/> is set and the file exists, otherwise an empty part.</summary>
    /// <param name="path">The checkpoint (the shard's part file).</param>
    /// <param name="request">The job about to run.</param>
    /// <param name="shard">Its shard.</param>
    /// <param name="unitCount">Its units.</param>
    /// <param name="resume">Whether to continue an existing checkpoint.</param>
    /// <exception cref="ArgumentException">The checkpoint belongs to another job or shard (the message names the mismatch).</exception>
    /// <exception cref="FormatException">The checkpoint is damaged.</exception>
    public static ShardPart OpenCheckpoint(string path, JobRequest request, Shard shard, int unitCount, bool resume)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!resume || !File.Exists(path)) return ShardPart.Empty(request, shard, unitCount);
        var part = Read(path);
        part.CheckBelongsTo(request, shard, unitCount, $"--resume: {path}");
        return part;
    }

    /// <summary>Whether the file at <paramref name="path"/> starts with the part magic number.</summary>
    public static bool IsPart(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[8];
        return stream.ReadAtLeast(head, 8, throwOnEndOfStream: false) == 8 && head.SequenceEqual(Magic);
    }

    /// <summary>Reads a part file.</summary>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="FormatException">Not a part file, truncated or malformed (the message names the file).</exception>
    public static ShardPart Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads a part from a stream.</summary>
    /// <param name="stream">The stream, at the magic number.</param>
    /// <param name="source">Names the stream in errors.</param>
    /// <exception cref="FormatException">Not a part, truncated or malformed.</exception>
    public static ShardPart Read(Stream stream, string source = "stream")
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (!r.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
                throw new FormatException($"{source}: not a DarkSector shard part (bad magic number)");
            ushort version = r.ReadUInt16();
            if (version != Version) throw new FormatException($"{source}: shard-part format version {version} is not supported (expected {Version})");
            string kind = r.ReadString(), software = r.ReadString();
            int argumentCount = BinaryFields.Count(r, 0, 100_000, "arguments", source);
            var arguments = new string[argumentCount];
            for (int i = 0; i < argumentCount; i++) arguments[i] = r.ReadString();
            int index = r.ReadInt32(), count = r.ReadInt32();
            if (count is < 1 or > Shard.MaxCount || index < 0 || index >= count)
                throw new FormatException($"{source}: shard {index}/{count} is not a valid shard");
            var shard = new Shard(index, count);
            int unitCount = BinaryFields.Count(r, 0, int.MaxValue, "units", source);
            var (start, end) = shard.Range(unitCount);
            int finished = BinaryFields.Count(r, 0, end - start, "finished units", source);
            var units = ImmutableSortedDictionary.CreateBuilder<int, byte[]>();
            int previous = start - 1;
            for (int k = 0; k < finished; k++)
            {
                int unit = r.ReadInt32();
                if (unit <= previous || unit >= end)
                    throw new FormatException($"{source}: unit {unit} is out of order or not owned by shard {shard} (units [{start}, {end}))");
                int length = BinaryFields.Count(r, 0, int.MaxValue, "payload bytes", source);
                if (length > stream.Length - stream.Position) throw new FormatException($"{source}: truncated shard part (in unit {unit})");
                units[unit] = r.ReadBytes(length);
                previous = unit;
            }
            if (!r.ReadBytes(EndMarker.Length).AsSpan().SequenceEqual(EndMarker))
                throw new FormatException($"{source}: missing end marker (truncated or damaged shard part)");
            var part = ShardPart.Empty(new JobRequest(kind, arguments, software), shard, unitCount);
            foreach (var (unit, payload) in units) part = part.With(unit, payload);
            return part;
        }
        catch (EndOfStreamException)
        {
            throw new FormatException($"{source}: truncated shard part");
        }
    }
}
