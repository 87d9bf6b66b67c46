using System.Runtime.InteropServices;
using System.Text;
using DarkSector.Sampling.Reweighting;

namespace DarkSector.Sampling.IO;

/// <summary>
/// The binary joint-sample format (extension ".dsev" like event files, told apart by its magic number): an exact image of
/// a <see cref="JointSample"/>, i.e. its <see cref="JointSampleMetadata"/> and <see cref="ReweightingEvents"/>.
/// </summary>
/// <remarks>
/// <para>Layout, little-endian: magic "DSJS\r\n\x1a\n" (8 bytes; an event file starts "DSEV\r\n\x1a\n"), format version
/// (uint16, = 1); metadata: experiment id, analysis id, family, software version (length-prefixed UTF-8), seed (uint64),
/// events per point and number of points (int32), axis count (int32) and per axis name, minimum, maximum (float64), fixed
/// parameter count (int32) and per parameter name and value (float64, in ordinal name order); events: prior measure
/// (byte), bin count (int32), event count n and crossing count c (int64); columns as raw arrays: θ (n·d float64, row-major),
/// weight (n float64), prior (n float64), bin (n uint16), crossing offsets (n + 1 int32), proper-time entry and exit
/// distances a/βγ, b/βγ (c float32 each, cm) and efficiencies (c float32); end marker "DSJSEND\n". Size: 8d + 22 bytes
/// per event and 12 bytes per crossing, plus a header of a few hundred bytes.</para>
/// <para>A read gives back exactly the bits written. The reader checks the structure (magic, version, counts against
/// the stream length, end marker) and every value (θ inside the box, weights, priors, bins, monotone offsets, crossings,
/// efficiencies), so a damaged file is rejected with the reason rather than misread. Files are written atomically
/// (<see cref="AtomicFile"/>). Thread-safe (no shared state).</para>
/// </remarks>
public static class JointSampleFile
{
    internal static readonly byte[] Magic = "DSJS\r\n\x1a\n"u8.ToArray();
    private static readonly byte[] EndMarker = "DSJSEND\n"u8.ToArray();
    private const ushort Version = 1;

    /// <summary>Writes <paramref name="sample"/> to <paramref name="path"/> atomically.</summary>
    /// <exception cref="Physics.DarkSectorException">The folder does not exist.</exception>
    public static void Write(JointSample sample, string path)
    {
        ArgumentNullException.ThrowIfNull(sample);
        AtomicFile.Write(path, s => Write(sample, s));
    }

    /// <summary>Writes <paramref name="sample"/> to a stream (left open).</summary>
    public static void Write(JointSample sample, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(stream);
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("the joint-sample writer requires a little-endian machine");
        var m = sample.Metadata;
        var e = sample.Events;
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Version);
        w.Write(m.ExperimentId);
        w.Write(m.AnalysisId);
        w.Write(m.Family);
        w.Write(m.SoftwareVersion);
        w.Write(m.Seed);
        w.Write(m.EventsPerPoint);
        w.Write(m.PointCount);
        w.Write(m.Axes.Count);
        foreach (var axis in m.Axes)
        {
            w.Write(axis.Name);
            w.Write(axis.Minimum);
            w.Write(axis.Maximum);
        }
        w.Write(m.FixedParameters.Count);
        foreach (var (name, value) in m.FixedParameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(name);
            w.Write(value);
        }
        w.Write((byte)e.Measure);
        w.Write(e.BinCount);
        w.Write((long)e.Count);
        w.Write((long)e.CrossingCount);
        w.Write(MemoryMarshal.AsBytes(e.Theta));
        w.Write(MemoryMarshal.AsBytes(e.Weight));
        w.Write(MemoryMarshal.AsBytes(e.Prior));
        w.Write(MemoryMarshal.AsBytes(e.Bin));
        w.Write(MemoryMarshal.AsBytes(e.Offset));
        w.Write(MemoryMarshal.AsBytes(e.ProperEntry));
        w.Write(MemoryMarshal.AsBytes(e.ProperExit));
        w.Write(MemoryMarshal.AsBytes(e.Efficiency));
        w.Write(EndMarker);
    }

    /// <summary>Reads a sample written by <see cref="Write(JointSample, string)"/>.</summary>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="FormatException">Not a joint-sample file (e.g. an event .dsev file), an unsupported version, truncated or
    /// malformed (the message names the file and says which).</exception>
    public static JointSample Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Read(stream, path);
    }

    /// <summary>Reads a sample from a stream; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="FormatException">Not a joint-sample stream, unsupported version, truncated or malformed.</exception>
    public static JointSample Read(Stream stream, string source = "stream")
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("the joint-sample reader requires a little-endian machine");
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            var magic = r.ReadBytes(Magic.Length);
            if (magic.AsSpan().SequenceEqual(DsevFile.Magic))
                throw new FormatException($"{source}: is an event .dsev file, not a joint reweighting sample");
            if (!magic.AsSpan().SequenceEqual(Magic)) throw new FormatException($"{source}: not a joint reweighting sample (bad magic number)");
            ushort version = r.ReadUInt16();
            if (version != Version) throw new FormatException($"{source}: joint-sample format version {version} is not supported (this reader reads version {Version})");
            string experiment = r.ReadString(), analysis = r.ReadString(), family = r.ReadString(), software = r.ReadString();
            ulong seed = r.ReadUInt64();
            int eventsPerPoint = r.ReadInt32(), points = r.ReadInt32();
            var axes = new JointSampleAxis[BinaryFields.Count(r, 1, 4, "axes", source)];
            for (int k = 0; k < axes.Length; k++) axes[k] = new JointSampleAxis(r.ReadString(), r.ReadDouble(), r.ReadDouble());
            var fixedValues = new Dictionary<string, double>(StringComparer.Ordinal);
            int fixedCount = BinaryFields.Count(r, 0, JointSampleMetadata.MaxFixed, "fixed parameters", source);
            for (int k = 0; k < fixedCount; k++)
            {
                string name = r.ReadString();
                if (!fixedValues.TryAdd(name, r.ReadDouble())) throw new FormatException($"{source}: fixed parameter '{name}' appears twice");
            }
            var metadata = new JointSampleMetadata
            {
                ExperimentId = experiment, AnalysisId = analysis, Family = family, SoftwareVersion = software, Seed = seed,
                EventsPerPoint = eventsPerPoint, PointCount = points, Axes = axes, FixedParameters = fixedValues,
            };
            var measure = (PriorMeasure)r.ReadByte();
            if (!Enum.IsDefined(measure)) throw new FormatException($"{source}: prior measure {(int)measure} is not defined");
            int bins = BinaryFields.Count(r, 1, ushort.MaxValue, "bins", source);
            long n = r.ReadInt64(), c = r.ReadInt64();
            int d = axes.Length;
            if (n < 0 || n > Array.MaxLength / 8 / d || c < 0 || c > int.MaxValue)
                throw new FormatException($"{source}: event count {n} or crossing count {c} is invalid");
            long needed = n * (8L * d + 8 + 8 + 2 + 4) + 4 + 12 * c + EndMarker.Length;
            if (stream.CanSeek && stream.Length - stream.Position != needed)
                throw new FormatException(stream.Length - stream.Position < needed
                    ? $"{source}: truncated joint-sample file ({stream.Length - stream.Position} bytes of event data; {n} events and {c} crossings need {needed})"
                    : $"{source}: unexpected data after the end marker");
            var theta = ReadArray<double>(r, n * d, "theta", source);
            var weight = ReadArray<double>(r, n, "weight", source);
            var prior = ReadArray<double>(r, n, "prior", source);
            var bin = ReadArray<ushort>(r, n, "bin", source);
            var offset = ReadArray<int>(r, n + 1, "offset", source);
            var entry = ReadArray<float>(r, c, "entry", source);
            var exit = ReadArray<float>(r, c, "exit", source);
            var efficiency = ReadArray<float>(r, c, "efficiency", source);
            var end = r.ReadBytes(EndMarker.Length);
            if (!end.AsSpan().SequenceEqual(EndMarker)) throw new FormatException($"{source}: missing end marker (file truncated or corrupted)");
            if (stream.CanSeek && stream.Position != stream.Length) throw new FormatException($"{source}: unexpected data after the end marker");
            Validate(source, axes, bins, theta, weight, prior, bin, offset, entry, exit, efficiency);
            var events = ReweightingEvents.FromTrustedColumns(d, bins, measure, theta, weight, prior, bin, offset, entry, exit, efficiency);
            return new JointSample(metadata, events);
        }
        catch (EndOfStreamException e)
        {
            throw new FormatException($"{source}: truncated joint-sample file", e);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"{source}: malformed joint-sample header: {e.Message}", e);
        }
    }

    private static void Validate(string source, JointSampleAxis[] axes, int bins, double[] theta, double[] weight, double[] prior, ushort[] bin,
        int[] offset, float[] entry, float[] exit, float[] efficiency)
    {
        int n = weight.Length, d = axes.Length;
        for (int i = 0; i < n; i++)
        {
            for (int k = 0; k < d; k++)
                if (!axes[k].Contains(theta[i * d + k]))
                    throw new FormatException($"{source}: event {i}: {axes[k].Name} = {theta[i * d + k]:R} is outside the box [{axes[k].Minimum:R}, {axes[k].Maximum:R}]");
            if (!double.IsFinite(weight[i]) || weight[i] < 0) throw new FormatException($"{source}: event {i}: weight = {weight[i]:R} must be finite and >= 0");
            if (!double.IsFinite(prior[i]) || !(prior[i] > 0)) throw new FormatException($"{source}: event {i}: prior = {prior[i]:R} must be finite and > 0");
            if (bin[i] >= bins) throw new FormatException($"{source}: event {i}: bin {bin[i]} is outside [0, {bins - 1}]");
        }
        if (offset[0] != 0 || offset[n] != entry.Length)
            throw new FormatException($"{source}: crossing offsets run from {offset[0]} to {offset[n]}; expected 0 to {entry.Length}");
        for (int i = 0; i < n; i++)
            if (offset[i + 1] < offset[i]) throw new FormatException($"{source}: event {i}: crossing offsets decrease ({offset[i]} to {offset[i + 1]})");
        for (int j = 0; j < entry.Length; j++)
        {
            if (!(entry[j] >= 0 && exit[j] >= entry[j]) || !float.IsFinite(exit[j]))
                throw new FormatException($"{source}: crossing {j}: entry {entry[j]:R} and exit {exit[j]:R} cm must satisfy 0 <= entry <= exit < infinity");
            if (!(efficiency[j] >= 0 && efficiency[j] <= 1)) throw new FormatException($"{source}: crossing {j}: efficiency {efficiency[j]:R} is outside [0, 1]");
        }
    }

    private static T[] ReadArray<T>(BinaryReader r, long count, string column, string source) where T : unmanaged
    {
        var array = new T[count];
        var bytes = MemoryMarshal.AsBytes(array.AsSpan());
        int read = 0;
        while (read < bytes.Length)
        {
            int more = r.Read(bytes[read..]);
            if (more == 0) throw new FormatException($"{source}: truncated joint-sample file (in column '{column}')");
            read += more;
        }
        return array;
    }
}
