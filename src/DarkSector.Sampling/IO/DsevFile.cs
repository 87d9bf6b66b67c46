using System.Runtime.InteropServices;
using System.Text;
using DarkSector.Physics;
using DarkSector.Sampling.Events;

namespace DarkSector.Sampling.IO;

/// <summary>
/// The compact binary event format ".dsev": an exact, columnar image of an <see cref="EventSample"/> and its metadata.
/// </summary>
/// <remarks>
/// Layout: the shared envelope (<see cref="EnvelopeWriter"/>: magic "DSEV\r\n\x1a\n", format version 2, blocks each
/// with its length and CRC-32C, end marker "DSEVEND\n"); block "header": metadata (length-prefixed UTF-8 strings,
/// integers and doubles, see source), event count (int64), column count (int32) and per column its name
/// (length-prefixed UTF-8) and storage type (byte: 1 float32, 2 float64, 3 int8, 4 uint8); then one block per column
/// with its count × size raw little-endian bytes. Column names and order must match what the metadata implies, so a
/// reader rejects files from an incompatible writer rather than misreading them; a truncated or damaged file fails its
/// block's checksum. Version 1 files (no checksums) are refused with a message saying to write them again. A read
/// gives back exactly the bits written. Files are written atomically. Thread-safe (no shared state).
/// </remarks>
public static class DsevFile
{
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
        var envelope = EnvelopeWriter.Begin(stream, EnvelopeFormat.Events);
        var columns = sample.Columns();
        envelope.Block(w =>
        {
            WriteMetadata(w, sample.Metadata);
            w.Write((long)sample.Count);
            w.Write(columns.Count);
            foreach (var c in columns)
            {
                w.Write(c.Name);
                w.Write((byte)c.Kind);
            }
        });
        foreach (var c in columns) envelope.Raw(RawBytes(c, sample.Count));
        envelope.End();
    }

    /// <summary>Reads a sample written by <see cref="Write(EventSample, string)"/>.</summary>
    /// <exception cref="FormatException">The file is not a .dsev file, has an unsupported version, is truncated or malformed (the message says which).</exception>
    public static EventSample Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Read(stream, path);
    }

    /// <summary>Reads a sample from a stream; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="FormatException">Not a .dsev stream, unsupported version, truncated, damaged or malformed (one line,
    /// starting with <paramref name="source"/>).</exception>
    public static EventSample Read(Stream stream, string source = "stream")
    {
        var envelope = EnvelopeReader.Open(stream, EnvelopeFormat.Events, source);
        var sample = envelope.Block("header", r =>
        {
            var metadata = ReadMetadata(r);
            long count = r.ReadInt64();
            if (count < 0 || count > Array.MaxLength) throw new FormatException($"event count {count} is invalid");
            var read = new EventSample(metadata);
            var expected = read.Columns();
            int columnCount = r.ReadInt32();
            if (columnCount != expected.Count) throw new FormatException($"{columnCount} columns, expected {expected.Count}");
            foreach (var c in expected)
            {
                string name = r.ReadString();
                var kind = (EventColumnKind)r.ReadByte();
                if (name != c.Name || kind != c.Kind) throw new FormatException($"column '{name}' ({kind}) found where '{c.Name}' ({c.Kind}) was expected");
            }
            long perEvent = EventSample.BytesPerEvent(metadata.ParameterNames.Count);
            if (envelope.Remaining is long left && count * perEvent > left)
                throw new FormatException($"{count} events need {count * perEvent} bytes of columns; the file has {left} left (truncated)");
            read.ResetForReading((int)count);
            return read;
        });
        foreach (var c in sample.Columns()) envelope.Raw(c.Name, RawBytes(c, sample.Count));
        envelope.End();
        return sample;
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

    private static EventSampleMetadata ReadMetadata(BinaryReader r)
    {
        string model = r.ReadString();
        ulong seed = r.ReadUInt64();
        string flux = r.ReadString(), exposure = r.ReadString(), version = r.ReadString();
        int nu = r.ReadInt32(), hnl = r.ReadInt32();
        double integral = r.ReadDouble(), error = r.ReadDouble();
        var channels = new DecayChannelInfo[BinaryFields.Count(r, 0, 256, "decay channels")];
        for (int i = 0; i < channels.Length; i++)
        {
            string name = r.ReadString();
            var pdg = new int[BinaryFields.Count(r, 0, 3, "decay products")];
            for (int k = 0; k < pdg.Length; k++) pdg[k] = r.ReadInt32();
            channels[i] = new DecayChannelInfo(name, pdg);
        }
        var targets = new TargetInfo[BinaryFields.Count(r, 0, 256, "targets")];
        for (int i = 0; i < targets.Length; i++) targets[i] = new TargetInfo(r.ReadString(), r.ReadInt32(), r.ReadDouble());
        var parameters = new string[BinaryFields.Count(r, 0, 4, "parameters")];
        for (int i = 0; i < parameters.Length; i++) parameters[i] = r.ReadString();
        return new EventSampleMetadata
        {
            Model = model, Seed = seed, Flux = flux, Exposure = exposure, SoftwareVersion = version,
            NeutrinoPdgCode = nu, HnlPdgCode = hnl, Integral = integral, IntegralError = error,
            DecayChannels = channels, Targets = targets, ParameterNames = parameters,
        };
    }
}
