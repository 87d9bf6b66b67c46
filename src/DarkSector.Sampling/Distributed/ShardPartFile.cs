using DarkSector.Sampling.IO;

namespace DarkSector.Sampling.Distributed;

/// <summary>The binary part format of sharded and checkpointed jobs (conventionally "OUT.shard-i-of-n" next to the
/// job's output OUT): an exact image of a <see cref="ShardPart"/>.</summary>
/// <remarks>
/// <para>Layout: the shared envelope (<see cref="EnvelopeWriter"/>: magic "DSPT\r\n\x1a\n", format version 2, blocks
/// each with its length and CRC-32C, end marker "DSPTEND\n"). Block "header": kind and software version
/// (length-prefixed UTF-8), argument count (int32) and arguments; shard index, shard count, unit count, finished unit
/// count (int32). Then one block per finished unit in increasing order: unit index (int32) and payload.</para>
/// <para>Files are written atomically (<see cref="AtomicFile"/>), so a checkpoint killed mid-write leaves the previous
/// one intact. The reader checks every block's checksum and the structure (ranges, ownership, order, end marker) and
/// rejects a damaged file with a one-line reason; version 1 parts (no checksums) are refused with a message saying to
/// run the shard again. Thread-safe (no shared state).</para>
/// </remarks>
public static class ShardPartFile
{
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
        var envelope = EnvelopeWriter.Begin(stream, EnvelopeFormat.ShardPart);
        envelope.Block(w =>
        {
            w.Write(part.Request.Kind);
            w.Write(part.Request.SoftwareVersion);
            w.Write(part.Request.Arguments.Count);
            foreach (string a in part.Request.Arguments) w.Write(a);
            w.Write(part.Shard.Index);
            w.Write(part.Shard.Count);
            w.Write(part.UnitCount);
            w.Write(part.Units.Count);
        });
        foreach (var (unit, payload) in part.Units)
            envelope.Block(w =>
            {
                w.Write(unit);
                w.Write(payload);
            });
        envelope.End();
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
        return stream.ReadAtLeast(head, 8, throwOnEndOfStream: false) == 8 && head.SequenceEqual(EnvelopeFormat.ShardPart.Magic);
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
    /// <exception cref="FormatException">Not a part, truncated, damaged or malformed (one line, starting with
    /// <paramref name="source"/>).</exception>
    public static ShardPart Read(Stream stream, string source = "stream")
    {
        var envelope = EnvelopeReader.Open(stream, EnvelopeFormat.ShardPart, source);
        var (request, shard, unitCount, finished) = envelope.Block("header", r =>
        {
            string kind = r.ReadString(), software = r.ReadString();
            var arguments = new string[BinaryFields.Count(r, 0, 100_000, "arguments")];
            for (int i = 0; i < arguments.Length; i++) arguments[i] = r.ReadString();
            int index = r.ReadInt32(), count = r.ReadInt32();
            if (count is < 1 or > Shard.MaxCount || index < 0 || index >= count)
                throw new FormatException($"shard {index}/{count} is not a valid shard");
            var shard = new Shard(index, count);
            int unitCount = BinaryFields.Count(r, 0, int.MaxValue, "units");
            var (start, end) = shard.Range(unitCount);
            int finished = BinaryFields.Count(r, 0, end - start, "finished units");
            return (new JobRequest(kind, arguments, software), shard, unitCount, finished);
        });
        var part = ShardPart.Empty(request, shard, unitCount);
        var (first, last) = shard.Range(unitCount);
        int previous = first - 1;
        for (int k = 0; k < finished; k++)
        {
            var (unit, payload) = envelope.Block($"unit #{k}", r =>
            {
                int unit = r.ReadInt32();
                if (unit <= previous || unit >= last)
                    throw new FormatException($"unit {unit} is out of order or not owned by shard {shard} (units [{first}, {last}))");
                return (unit, r.ReadBytes((int)(r.BaseStream.Length - r.BaseStream.Position)));
            });
            part = part.With(unit, payload);
            previous = unit;
        }
        envelope.End();
        return part;
    }
}
