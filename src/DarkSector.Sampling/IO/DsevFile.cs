using System.Runtime.InteropServices;
using System.Text;
using DarkSector.Physics;
using DarkSector.Sampling.Events;

namespace DarkSector.Sampling.IO;

/// <summary>
/// The compact binary event format ".dsev": an exact, columnar image of an <see cref="EventSample"/> and its metadata.
/// </summary>
/// <remarks>
/// Layout, little-endian: magic "DSEV\r\n\x1a\n" (8 bytes; catches text-mode mangling), format version (uint16, = 1),
/// metadata (length-prefixed UTF-8 strings, integers and doubles, see source), event count (int64), column count (int32),
/// then per column: name (length-prefixed UTF-8), storage type (byte: 1 float32, 2 float64, 3 int8, 4 uint8) and
/// count × size raw bytes; finally the end marker "DSEVEND\n". Column names and order must match what the metadata
/// implies, so a reader rejects files from an incompatible writer rather than misreading them. A read gives back exactly
/// the bits written. Files are written atomically. Thread-safe (no shared state).
/// </remarks>
public static class DsevFile
{
    internal static readonly byte[] Magic = "DSEV\r\n\x1a\n"u8.ToArray();
    private static readonly byte[] EndMarker = "DSEVEND\n"u8.ToArray();
    private const ushort Version = 1;

    /// <summary>Writes <paramref name="sample"/> to <paramref name="path"/> atomically.</summary>
    /// <exception cref="DarkSectorException">The folder does not exist.</exception>
    public static void Write(EventSample sample, string path)
    {
        ArgumentNullException.ThrowIfNull(sample);
        AtomicFile.Write(path, s => Write(sample, s));
    }

    /// <summary>Writes <paramref name="sample"/> to a stream (left open).</summary>
    public static void Write(EventSample sample, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("the .dsev writer requires a little-endian machine");
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Version);
        WriteMetadata(w, sample.Metadata);
        w.Write((long)sample.Count);
        var columns = sample.Columns();
        w.Write(columns.Count);
        foreach (var c in columns)
        {
            w.Write(c.Name);
            w.Write((byte)c.Kind);
            w.Write(RawBytes(c, sample.Count));
        }
        w.Write(EndMarker);
    }

    /// <summary>Reads a sample written by <see cref="Write(EventSample, string)"/>.</summary>
    /// <exception cref="FormatException">The file is not a .dsev file, has an unsupported version, is truncated or malformed (the message says which).</exception>
    public static EventSample Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Read(stream, path);
    }

    /// <summary>Reads a sample from a stream; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="FormatException">Not a .dsev stream, unsupported version, truncated or malformed.</exception>
    public static EventSample Read(Stream stream, string source = "stream")
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            var magic = r.ReadBytes(Magic.Length);
            if (magic.AsSpan().SequenceEqual(JointSampleFile.Magic)) throw new FormatException($"{source}: is a joint reweighting sample, not an event file (read it with JointSampleFile)");
            if (!magic.AsSpan().SequenceEqual(Magic)) throw new FormatException($"{source}: not a .dsev event file (bad magic number)");
            ushort version = r.ReadUInt16();
            if (version != Version) throw new FormatException($"{source}: .dsev format version {version} is not supported (this reader reads version {Version})");
            var metadata = ReadMetadata(r, source);
            long count = r.ReadInt64();
            if (count < 0 || count > Array.MaxLength) throw new FormatException($"{source}: event count {count} is invalid");
            var sample = new EventSample(metadata);
            sample.ResetForReading((int)count);
            var columns = sample.Columns();
            int columnCount = r.ReadInt32();
            if (columnCount != columns.Count) throw new FormatException($"{source}: {columnCount} columns, expected {columns.Count}");
            foreach (var c in columns)
            {
                string name = r.ReadString();
                var kind = (EventColumnKind)r.ReadByte();
                if (name != c.Name || kind != c.Kind) throw new FormatException($"{source}: column '{name}' ({kind}) found where '{c.Name}' ({c.Kind}) was expected");
                var bytes = RawBytes(c, (int)count);
                int read = r.Read(bytes);
                while (read < bytes.Length)
                {
                    int more = r.Read(bytes[read..]);
                    if (more == 0) throw new FormatException($"{source}: truncated in column '{c.Name}'");
                    read += more;
                }
            }
            var end = r.ReadBytes(EndMarker.Length);
            if (!end.AsSpan().SequenceEqual(EndMarker)) throw new FormatException($"{source}: missing end marker (file truncated or corrupted)");
            if (stream.CanSeek && stream.Position != stream.Length) throw new FormatException($"{source}: unexpected data after the end marker");
            return sample;
        }
        catch (EndOfStreamException e)
        {
            throw new FormatException($"{source}: truncated .dsev file", e);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"{source}: malformed .dsev metadata: {e.Message}", e);
        }
    }

    private static Span<byte> RawBytes(EventColumn c, int count) => c.Data switch
    {
        float[] f => MemoryMarshal.AsBytes(f.AsSpan(0, count)),
        double[] d => MemoryMarshal.AsBytes(d.AsSpan(0, count)),
        sbyte[] s => MemoryMarshal.AsBytes(s.AsSpan(0, count)),
        byte[] b => b.AsSpan(0, count),
        _ => throw new InvalidOperationException("unknown column type"),
    };

    private static void WriteMetadata(BinaryWriter w, EventSampleMetadata m)
    {
        w.Write(m.Model);
        w.Write(m.Seed);
        w.Write(m.Flux);
        w.Write(m.Exposure);
        w.Write(m.SoftwareVersion);
        w.Write(m.NeutrinoPdgCode);
        w.Write(m.HnlPdgCode);
        w.Write(m.Integral);
        w.Write(m.IntegralError);
        w.Write(m.DecayChannels.Count);
        foreach (var c in m.DecayChannels)
        {
            w.Write(c.Name);
            w.Write(c.ProductPdgCodes.Count);
            foreach (int pdg in c.ProductPdgCodes) w.Write(pdg);
        }
        w.Write(m.Targets.Count);
        foreach (var t in m.Targets)
        {
            w.Write(t.Name);
            w.Write(t.PdgCode);
            w.Write(t.MassGeV);
        }
        w.Write(m.ParameterNames.Count);
        foreach (string p in m.ParameterNames) w.Write(p);
    }

    private static EventSampleMetadata ReadMetadata(BinaryReader r, string source)
    {
        string model = r.ReadString();
        ulong seed = r.ReadUInt64();
        string flux = r.ReadString(), exposure = r.ReadString(), version = r.ReadString();
        int nu = r.ReadInt32(), hnl = r.ReadInt32();
        double integral = r.ReadDouble(), error = r.ReadDouble();
        var channels = new DecayChannelInfo[BinaryFields.Count(r, 0, 256, "decay channels", source)];
        for (int i = 0; i < channels.Length; i++)
        {
            string name = r.ReadString();
            var pdg = new int[BinaryFields.Count(r, 0, 3, "decay products", source)];
            for (int k = 0; k < pdg.Length; k++) pdg[k] = r.ReadInt32();
            channels[i] = new DecayChannelInfo(name, pdg);
        }
        var targets = new TargetInfo[BinaryFields.Count(r, 0, 256, "targets", source)];
        for (int i = 0; i < targets.Length; i++) targets[i] = new TargetInfo(r.ReadString(), r.ReadInt32(), r.ReadDouble());
        var parameters = new string[BinaryFields.Count(r, 0, 4, "parameters", source)];
        for (int i = 0; i < parameters.Length; i++) parameters[i] = r.ReadString();
        return new EventSampleMetadata
        {
            Model = model, Seed = seed, Flux = flux, Exposure = exposure, SoftwareVersion = version,
            NeutrinoPdgCode = nu, HnlPdgCode = hnl, Integral = integral, IntegralError = error,
            DecayChannels = channels, Targets = targets, ParameterNames = parameters,
        };
    }
}
