using DarkSector.Sampling.Events;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Tests.Events;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;

namespace DarkSector.Sampling.Tests.IO;

public sealed class JointSampleFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dsjs-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    internal static JointSampleMetadata Metadata(int axes = 2) => new()
    {
        ExperimentId = "t2k-nd280",
        AnalysisId = "fgd-mee",
        Family = "dark-photon",
        Axes = axes == 2 ? [new("m-n", 0.01, 0.5), new("mzprime", 0.1, 2.0)] : [.. Enumerable.Range(0, axes).Select(k => new JointSampleAxis($"p{k}", 0.01, 0.5))],
        FixedParameters = new Dictionary<string, double> { ["v-mu-n2"] = 1e-7, ["alpha-d"] = 0.25, ["epsilon"] = 1e-3 },
        Seed = 0xDEADBEEFCAFEUL,
        EventsPerPoint = 500,
        PointCount = 30,
    };

    /// <summary>Random events inside the metadata's box: 0 to 3 crossings each (some clipped at 0, some empty), random
    /// efficiencies, several bins.</summary>
    internal static JointSample RandomSample(int seed, int n, int axes = 2, int bins = 4, PriorMeasure measure = PriorMeasure.LogParameters)
    {
        var random = new System.Random(seed);
        var metadata = Metadata(axes);
        var events = new ReweightingEvents(axes, bins, measure);
        var theta = new double[axes];
        for (int i = 0; i < n; i++)
        {
            for (int k = 0; k < axes; k++)
            {
                var axis = metadata.Axes[k];
                theta[k] = axis.Minimum * Math.Exp(axis.LogWidth * random.NextDouble());
            }
            int crossings = random.Next(4);
            var segments = new RaySegment[crossings];
            var efficiencies = new float[crossings];
            double start = 400 * random.NextDouble() - 30;
            for (int j = 0; j < crossings; j++)
            {
                segments[j] = new RaySegment(start, start + 1 + 100 * random.NextDouble());
                start = segments[j].Exit + 10 * random.NextDouble();
                efficiencies[j] = (float)random.NextDouble();
            }
            events.Add(theta, random.NextDouble() * 1e-3, 0.1 + random.NextDouble(), random.Next(bins), 0.3 + 30 * random.NextDouble(),
                segments, random.Next(2) == 0 ? efficiencies : default);
        }
        return new JointSample(metadata, events);
    }

    /// <summary>Every column bit for bit, shapes and metadata equal.</summary>
    private static void AssertIdentical(JointSample expected, JointSample actual)
    {
        Assert.Equal(expected.Metadata, actual.Metadata);
        var (a, b) = (expected.Events, actual.Events);
        Assert.Equal((a.ParameterCount, a.BinCount, a.Measure, a.Count, a.CrossingCount), (b.ParameterCount, b.BinCount, b.Measure, b.Count, b.CrossingCount));
        Assert.True(Bits(a.Theta).SequenceEqual(Bits(b.Theta)), "theta differs");
        Assert.True(Bits(a.Weight).SequenceEqual(Bits(b.Weight)), "weight differs");
        Assert.True(Bits(a.Prior).SequenceEqual(Bits(b.Prior)), "prior differs");
        Assert.True(a.Bin.SequenceEqual(b.Bin), "bin differs");
        Assert.True(a.Offset.SequenceEqual(b.Offset), "crossing offsets differ");
        Assert.True(Bits(a.ProperEntry).SequenceEqual(Bits(b.ProperEntry)), "crossing entries differ");
        Assert.True(Bits(a.ProperExit).SequenceEqual(Bits(b.ProperExit)), "crossing exits differ");
        Assert.True(Bits(a.Efficiency).SequenceEqual(Bits(b.Efficiency)), "efficiencies differ");
    }

    private static long[] Bits(ReadOnlySpan<double> x)
    {
        var bits = new long[x.Length];
        for (int i = 0; i < x.Length; i++) bits[i] = BitConverter.DoubleToInt64Bits(x[i]);
        return bits;
    }

    private static int[] Bits(ReadOnlySpan<float> x)
    {
        var bits = new int[x.Length];
        for (int i = 0; i < x.Length; i++) bits[i] = BitConverter.SingleToInt32Bits(x[i]);
        return bits;
    }

    internal static byte[] Bytes(JointSample sample)
    {
        var stream = new MemoryStream();
        JointSampleFile.Write(sample, stream);
        return stream.ToArray();
    }

    [Fact] // every column bit-identical (θ, weights, priors, bins, crossing offsets, entry/exit, efficiencies), metadata equal
    public void RoundTrip_IsExactIncludingCrossings()
    {
        var sample = RandomSample(1, 2000);
        Assert.True(sample.Events.CrossingCount > 1000);
        JointSampleFile.Write(sample, PathOf("joint.dsev"));
        var back = JointSampleFile.Read(PathOf("joint.dsev"));
        AssertIdentical(sample, back);
        // ... and so is what it predicts: the lifetime-reweighted signal at a point equals bit for bit.
        var (mu1, mu2) = (new double[4], new double[4]);
        sample.Events.PredictAtSampledPoint(0.7, 123.0, mu1, default);
        back.Events.PredictAtSampledPoint(0.7, 123.0, mu2, default);
        Assert.Equal(mu1, mu2);
    }

    [Fact] // the documented size: header + (8d + 22) B per event + 12 B per crossing
    public void FileSize_IsEightDPlusTwentyTwoBytesPerEventAndTwelvePerCrossing()
    {
        var sample = RandomSample(2, 777);
        long header = Bytes(RandomSample(2, 0)).Length;
        Assert.Equal(header + 777L * (8 * 2 + 22) + 12L * sample.Events.CrossingCount, Bytes(sample).Length);
    }

    [Fact] // no events, and 1 to 4 axes with either prior measure, round-trip too
    public void RoundTrip_IsExactForEmptySamplesAndEveryShape()
    {
        AssertIdentical(RandomSample(3, 0), JointSampleFile.Read(new MemoryStream(Bytes(RandomSample(3, 0)))));
        for (int d = 1; d <= 4; d++)
        {
            var sample = RandomSample(4 + d, 50, d, bins: d, d % 2 == 0 ? PriorMeasure.Parameters : PriorMeasure.LogParameters);
            AssertIdentical(sample, JointSampleFile.Read(new MemoryStream(Bytes(sample))));
        }
    }

    [Property(MaxTest = 50)] // property: any random sample (size, seed, shape, measure) reads back bit for bit
    public Property RoundTrip_IsExact_ForRandomSamples() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 1_000_000)), Arb.From(Gen.Choose(0, 300)), Arb.From(Gen.Choose(1, 4)), (seed, n, d) =>
        {
            var sample = RandomSample(seed, n, d, bins: 1 + seed % 5, seed % 2 == 0 ? PriorMeasure.LogParameters : PriorMeasure.Parameters);
            AssertIdentical(sample, JointSampleFile.Read(new MemoryStream(Bytes(sample)), "random.dsev"));
        });

    [Fact] // cut anywhere (magic, header, every column, end marker) → FormatException naming the source and truncation
    public void TruncatedFiles_AreRejected()
    {
        var bytes = Bytes(RandomSample(6, 100));
        foreach (int cut in new[] { 0, 5, 9, 30, 80, 150, bytes.Length / 3, bytes.Length / 2, bytes.Length - 9, bytes.Length - 1 })
        {
            var ex = Assert.Throws<FormatException>(() => JointSampleFile.Read(new MemoryStream(bytes[..cut]), "cut.dsev"));
            Assert.StartsWith("cut.dsev", ex.Message);
            Assert.True(ex.Message.Contains("truncated") || ex.Message.Contains("magic"), ex.Message);
        }
        // A stream that cannot seek (no length check up front) is caught in the columns.
        var partial = new NonSeekableStream(bytes[..(bytes.Length / 2)]);
        Assert.Contains("truncated", Assert.Throws<FormatException>(() => JointSampleFile.Read(partial, "pipe")).Message);
    }

    [Fact] // a plain event .dsev, a wrong magic, version, trailing data or a damaged value → one clear FormatException each
    public void MalformedFiles_AreRejectedWithReason()
    {
        DsevFile.Write(SampleFactory.Random(20), PathOf("events.dsev"));
        Assert.Contains("is an event .dsev file, not a joint reweighting sample",
            Assert.Throws<FormatException>(() => JointSampleFile.Read(PathOf("events.dsev"))).Message);
        JointSampleFile.Write(RandomSample(7, 10), PathOf("joint.dsev"));
        Assert.Contains("is a joint reweighting sample", Assert.Throws<FormatException>(() => DsevFile.Read(PathOf("joint.dsev"))).Message);

        var bytes = Bytes(RandomSample(7, 10));
        var wrongMagic = (byte[])bytes.Clone();
        wrongMagic[2] = (byte)'X';
        Assert.Contains("bad magic", Assert.Throws<FormatException>(() => JointSampleFile.Read(new MemoryStream(wrongMagic))).Message);
        var wrongVersion = (byte[])bytes.Clone();
        wrongVersion[8] = 7;
        Assert.Contains("version 7", Assert.Throws<FormatException>(() => JointSampleFile.Read(new MemoryStream(wrongVersion))).Message);
        Assert.Contains("after the end marker",
            Assert.Throws<FormatException>(() => JointSampleFile.Read(new MemoryStream([.. bytes, 1, 2]))).Message);
        // The last event's bin set to 65535 (outside the 4 bins) with the bin block's checksum recomputed, as a faulty
        // writer would leave it: the checksum passes and the value check refuses it. Blocks after "bin": offsets
        // (n + 1 int32) and three crossing columns (c float32 each), each with 8 + 4 bytes of length and checksum.
        int n = 10, c = RandomSample(7, 10).Events.CrossingCount;
        int binEnd = bytes.Length - 8 - 3 * (12 + 4 * c) - (12 + 4 * (n + 1)) - 4;
        int binStart = binEnd - 2 * n - 8;
        var badBin = (byte[])bytes.Clone();
        badBin[binEnd - 2] = badBin[binEnd - 1] = 0xFF;
        BitConverter.TryWriteBytes(badBin.AsSpan(binEnd), Crc32C.Compute(badBin.AsSpan(binStart, binEnd - binStart)));
        Assert.Contains("bin 65535 is outside [0, 3]", Assert.Throws<FormatException>(() => JointSampleFile.Read(new MemoryStream(badBin))).Message);
        Assert.Throws<FileNotFoundException>(() => JointSampleFile.Read(PathOf("missing.dsev")));
    }

    [Fact] // θ outside the box, an axis also fixed, a non-finite fixed value or a bad count are refused where they are made
    public void Metadata_AndSample_RejectInconsistentInput()
    {
        var events = new ReweightingEvents(2, 1);
        events.Add([0.6, 1.0], 1, 1, 0, 1, [new RaySegment(0, 1)]);
        Assert.Contains("m-n = 0.6 is outside the box [0.01, 0.5]", Assert.Throws<ArgumentException>(() => new JointSample(Metadata(), events)).Message);
        Assert.Contains("both a sampled axis and a fixed parameter", Assert.Throws<ArgumentException>(() =>
            new JointSample(Metadata() with { FixedParameters = new Dictionary<string, double> { ["m-n"] = 0.1 } }, new ReweightingEvents(2, 1))).Message);
        Assert.Contains("FixedParameters[epsilon]", Assert.Throws<ArgumentOutOfRangeException>(() =>
            Metadata() with { FixedParameters = new Dictionary<string, double> { ["epsilon"] = double.NaN } }).Message);
        Assert.Contains("PointCount = 0", Assert.Throws<ArgumentOutOfRangeException>(() => Metadata() with { PointCount = 0 }).Message);
        Assert.Contains("appears twice", Assert.Throws<ArgumentException>(() => Metadata() with { Axes = [new("m-n", 0.1, 1), new("m-n", 0.1, 1)] }).Message);
        Assert.Contains("maximum of 'm-n' = 0.1", Assert.Throws<ArgumentOutOfRangeException>(() => new JointSampleAxis("m-n", 0.1, 0.1)).Message);
        Assert.Throws<ArgumentException>(() => new JointSample(Metadata(), new ReweightingEvents(1, 1)));
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
