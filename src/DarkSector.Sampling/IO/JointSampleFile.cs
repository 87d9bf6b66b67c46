using System.Runtime.InteropServices;
using DarkSector.Sampling.Reweighting;

namespace DarkSector.Sampling.IO;

/// <summary>
/// The binary joint-sample format (extension ".dsev" like event files, told apart by its magic number): an exact image of
/// a <see cref="JointSample"/>, i.e. its <see cref="JointSampleMetadata"/> and <see cref="ReweightingEvents"/>.
/// </summary>
/// <remarks>
/// <para>Layout: the shared envelope (<see cref="EnvelopeWriter"/>: magic "DSJS\r\n\x1a\n" — an event file starts
/// "DSEV\r\n\x1a\n" —, format version 2, blocks each with its length and CRC-32C, end marker "DSJSEND\n"). Block
/// "header": experiment id, analysis id, family, software version (length-prefixed UTF-8), seed (uint64), events per point
/// and number of points (int32), axis count (int32) and per axis name, minimum, maximum (float64), fixed parameter count
/// (int32) and per parameter name and value (float64, in ordinal name order); prior measure (byte), bin count (int32),
/// event count n and crossing count c (int64); the mass placement (byte, <see cref="MassPlacement"/>) and its coefficients
/// (int32 count ≤ 15, float64 each; a header that ends before the placement is read as a discrete sample). Then one block per column as a raw little-endian array: θ (n·d float64,
/// row-major), weight (n float64), prior (n float64), bin (n uint16), crossing offsets (n + 1 int32), proper-time entry
/// and exit distances a/βγ, b/βγ (c float32 each, cm) and efficiencies (c float32). Size: 8d + 22 bytes per event and
/// 12 bytes per crossing, plus a header of a few hundred bytes and 12 bytes per block.</para>
/// <para>A read gives back exactly the bits written. The reader checks every block's checksum (a truncated or
/// bit-flipped file is refused naming the block), then every value (θ inside the box, weights, priors, bins, monotone
/// offsets, crossings, efficiencies), so a file from a faulty writer is rejected with the reason rather than misread.
/// Version 1 files (no checksums) are refused with a message saying to write them again. Files are written atomically
/// (<see cref="AtomicFile"/>). Thread-safe (no shared state).</para>
/// </remarks>
public static class JointSampleFile
{
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
        var m = sample.Metadata;
        var e = sample.Events;
        var envelope = EnvelopeWriter.Begin(stream, EnvelopeFormat.JointSample);
        envelope.Block(w =>
        {
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
            w.Write((byte)m.Placement);
            w.Write(m.PlacementCoefficients.Count);
            foreach (double c in m.PlacementCoefficients) w.Write(c);
        });
        envelope.Raw(MemoryMarshal.AsBytes(e.Theta));
        envelope.Raw(MemoryMarshal.AsBytes(e.Weight));
        envelope.Raw(MemoryMarshal.AsBytes(e.Prior));
        envelope.Raw(MemoryMarshal.AsBytes(e.Bin));
        envelope.Raw(MemoryMarshal.AsBytes(e.Offset));
        envelope.Raw(MemoryMarshal.AsBytes(e.ProperEntry));
        envelope.Raw(MemoryMarshal.AsBytes(e.ProperExit));
        envelope.Raw(MemoryMarshal.AsBytes(e.Efficiency));
        envelope.End();
    }

    /// <summary>The sample's file image (what <see cref="Write(JointSample, Stream)"/> writes), e.g. a shard part's payload.</summary>
    /// <param name="sample">The sample.</param>
    public static byte[] ToBytes(JointSample sample)
    {
        using var buffer = new MemoryStream();
        Write(sample, buffer);
        return buffer.ToArray();
    }

    /// <summary>The joint sample whose mass points are <paramref name="points"/> (each the file image of one point's sample,
    /// <see cref="ToBytes"/>), stacked in point order: the sample a single run writes.</summary>
    /// <param name="points">One image per mass point, in point order.</param>
    /// <param name="source">Names the images in error messages.</param>
    /// <exception cref="FormatException">An image is damaged, the points' metadata differ, or points are missing.</exception>
    public static JointSample Stack(IReadOnlyList<byte[]> points, string source)
    {
        ArgumentNullException.ThrowIfNull(points);
        JointSample? first = null;
        ReweightingEvents? all = null;
        for (int p = 0; p < points.Count; p++)
        {
            using var buffer = new MemoryStream(points[p], writable: false);
            var point = Read(buffer, $"{source}, mass point {p}");
            first ??= point;
            all ??= new ReweightingEvents(point.Metadata.Axes.Count, point.Events.BinCount);
            if (!point.Metadata.Equals(first.Metadata)) throw new FormatException($"{source}: mass point {p} was generated with other metadata than point 0");
            all.AddRange(point.Events);
        }
        if (first is null || all is null || points.Count != first.Metadata.PointCount)
            throw new FormatException($"{source}: {points.Count} mass points, but the sample has {first?.Metadata.PointCount ?? 0}");
        return new JointSample(first.Metadata, all);
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
    /// <exception cref="FormatException">Not a joint-sample stream, unsupported version, truncated, damaged or malformed
    /// (one line, starting with <paramref name="source"/>).</exception>
    public static JointSample Read(Stream stream, string source = "stream")
    {
        var envelope = EnvelopeReader.Open(stream, EnvelopeFormat.JointSample, source);
        var (metadata, measure, bins, n, c) = envelope.Block("header", r =>
        {
            string experiment = r.ReadString(), analysis = r.ReadString(), family = r.ReadString(), software = r.ReadString();
            ulong seed = r.ReadUInt64();
            int eventsPerPoint = r.ReadInt32(), points = r.ReadInt32();
            var axes = new JointSampleAxis[BinaryFields.Count(r, 1, 4, "axes")];
            for (int k = 0; k < axes.Length; k++) axes[k] = new JointSampleAxis(r.ReadString(), r.ReadDouble(), r.ReadDouble());
            var fixedValues = new Dictionary<string, double>(StringComparer.Ordinal);
            int fixedCount = BinaryFields.Count(r, 0, JointSampleMetadata.MaxFixed, "fixed parameters");
            for (int k = 0; k < fixedCount; k++)
            {
                string name = r.ReadString();
                if (!fixedValues.TryAdd(name, r.ReadDouble())) throw new FormatException($"fixed parameter '{name}' appears twice");
            }
            var metadata = new JointSampleMetadata
            {
                ExperimentId = experiment, AnalysisId = analysis, Family = family, SoftwareVersion = software, Seed = seed,
                EventsPerPoint = eventsPerPoint, PointCount = points, Axes = axes, FixedParameters = fixedValues,
            };
            var measure = (PriorMeasure)r.ReadByte();
            if (!Enum.IsDefined(measure)) throw new FormatException($"prior measure {(int)measure} is not defined");
            int bins = BinaryFields.Count(r, 1, ushort.MaxValue, "bins");
            long n = r.ReadInt64(), c = r.ReadInt64();
            if (n < 0 || n > Array.MaxLength / 8 / axes.Length || c < 0 || c > int.MaxValue)
                throw new FormatException($"event count {n} or crossing count {c} is invalid");
            if (r.BaseStream.Position < r.BaseStream.Length)
            {
                // The mass placement (issue 27); a header that ends before it is a discrete sample.
                var placement = (MassPlacement)r.ReadByte();
                if (!Enum.IsDefined(placement)) throw new FormatException($"mass placement {(int)placement} is not defined");
                var coefficients = new double[BinaryFields.Count(r, 0, 15, "placement coefficients")];
                for (int k = 0; k < coefficients.Length; k++) coefficients[k] = r.ReadDouble();
                metadata = metadata with { Placement = placement, PlacementCoefficients = coefficients };
            }
            return (metadata, measure, bins, n, c);
        });
        var axes = metadata.Axes.ToArray();
        int d = axes.Length;
        var theta = envelope.Array<double>("theta", n * d);
        var weight = envelope.Array<double>("weight", n);
        var prior = envelope.Array<double>("prior", n);
        var bin = envelope.Array<ushort>("bin", n);
        var offset = envelope.Array<int>("offset", n + 1);
        var entry = envelope.Array<float>("entry", c);
        var exit = envelope.Array<float>("exit", c);
        var efficiency = envelope.Array<float>("efficiency", c);
        envelope.End();
        Validate(source, axes, bins, theta, weight, prior, bin, offset, entry, exit, efficiency);
        var events = ReweightingEvents.FromTrustedColumns(d, bins, measure, theta, weight, prior, bin, offset, entry, exit, efficiency);
        return new JointSample(metadata, events);
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
}
