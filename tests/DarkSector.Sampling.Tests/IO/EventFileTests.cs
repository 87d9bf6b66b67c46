using DarkSector.Physics;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Tests.Events;

namespace DarkSector.Sampling.Tests.IO;

public sealed class EventFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dsev-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    [Fact] // unsigned index columns above 127 print as themselves (a byte[] also passes for an sbyte[] in the CLR)
    public void Csv_IndexColumnsAbove127_AreWrittenUnsigned()
    {
        var targets = Enumerable.Range(0, 201).Select(t => new TargetInfo($"t{t}", 1000060120, 11.1749)).ToArray();
        var sample = new EventSample(SampleFactory.Metadata(false) with { Targets = targets });
        var one = SampleFactory.Random(1, withParameters: false)[0];
        sample.Add(one with { Target = 200 }, []);
        var stream = new MemoryStream();
        EventCsvFile.Write(sample, stream);
        string[] lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        int column = Array.FindIndex(lines[0].Split(','), c => c.StartsWith("target", StringComparison.Ordinal));
        Assert.Equal("200", lines[1].Split(',')[column]);
        var back = EventCsvFile.Read(new StringReader(System.Text.Encoding.UTF8.GetString(stream.ToArray())), sample.Metadata);
        Assert.Equal(200, back[0].Target);
        Assert.Equal(one.HnlHelicity, back[0].HnlHelicity);
    }

    [Theory] // every column bit-identical and metadata equal after write + read
    [InlineData(true)]
    [InlineData(false)]
    public void Dsev_RoundTripsExactly(bool withParameters)
    {
        var sample = SampleFactory.Random(1000, withParameters);
        DsevFile.Write(sample, PathOf("a.dsev"));
        SampleFactory.AssertIdentical(sample, DsevFile.Read(PathOf("a.dsev")));
    }

    [Fact] // an empty sample round-trips too
    public void Dsev_RoundTripsEmptySample()
    {
        var sample = new EventSample(SampleFactory.Metadata(false));
        DsevFile.Write(sample, PathOf("empty.dsev"));
        SampleFactory.AssertIdentical(sample, DsevFile.Read(PathOf("empty.dsev")));
    }

    [Fact] // cut anywhere (header, metadata, columns, end marker) → FormatException naming truncation or a bad field
    public void Dsev_TruncatedFilesAreRejected()
    {
        var stream = new MemoryStream();
        DsevFile.Write(SampleFactory.Random(50), stream);
        var bytes = stream.ToArray();
        foreach (int cut in new[] { 0, 4, 9, 40, 200, bytes.Length / 2, bytes.Length - 9, bytes.Length - 1 })
        {
            var ex = Assert.Throws<FormatException>(() => DsevFile.Read(new MemoryStream(bytes[..cut]), "cut.dsev"));
            Assert.StartsWith("cut.dsev", ex.Message);
        }
        var last = Assert.Throws<FormatException>(() => DsevFile.Read(new MemoryStream(bytes[..(bytes.Length / 2)]), "cut.dsev"));
        Assert.Contains("truncated", last.Message);
    }

    [Fact]
    public void Dsev_MalformedFilesAreRejectedWithReason()
    {
        var stream = new MemoryStream();
        DsevFile.Write(SampleFactory.Random(5), stream);
        var bytes = stream.ToArray();
        var wrongMagic = (byte[])bytes.Clone();
        wrongMagic[0] = (byte)'X';
        Assert.Contains("bad magic", Assert.Throws<FormatException>(() => DsevFile.Read(new MemoryStream(wrongMagic))).Message);
        var wrongVersion = (byte[])bytes.Clone();
        wrongVersion[8] = 9;
        Assert.Contains("version 9", Assert.Throws<FormatException>(() => DsevFile.Read(new MemoryStream(wrongVersion))).Message);
        var extra = bytes.Concat(new byte[] { 1, 2, 3 }).ToArray();
        Assert.Contains("after the end marker", Assert.Throws<FormatException>(() => DsevFile.Read(new MemoryStream(extra))).Message);
        File.WriteAllText(PathOf("text.dsev"), "nu_E[GeV],nu_px[GeV]\n1,2\n");
        Assert.Throws<FormatException>(() => DsevFile.Read(PathOf("text.dsev")));
    }

    [Fact] // every stored value exact after CSV write + read; header names the units
    public void Csv_RoundTripsExactlyWithUnitsInHeader()
    {
        var sample = SampleFactory.Random(300);
        EventCsvFile.Write(sample, PathOf("a.csv"));
        string header = File.ReadLines(PathOf("a.csv")).First();
        Assert.StartsWith("nu_E[GeV],nu_px[GeV]", header);
        Assert.Contains("prod_z[cm]", header);
        Assert.Contains("w_generator[cm2]", header);
        Assert.EndsWith("theta_m_N[GeV],theta_m_Zprime[GeV]", header);
        var back = EventCsvFile.Read(PathOf("a.csv"), sample.Metadata);
        SampleFactory.AssertIdentical(sample, back);
    }

    [Fact]
    public void Csv_MalformedLinesAreRejectedWithLineNumber()
    {
        var sample = SampleFactory.Random(3);
        EventCsvFile.Write(sample, PathOf("b.csv"));
        var lines = File.ReadAllLines(PathOf("b.csv"));
        File.WriteAllLines(PathOf("cut.csv"), lines.Take(3).Append(lines[3][..(lines[3].Length / 2)]));
        Assert.Contains("line 4", Assert.Throws<FormatException>(() => EventCsvFile.Read(PathOf("cut.csv"))).Message);
        lines[2] = lines[2].Replace(lines[2].Split(',')[0], "abc");
        File.WriteAllLines(PathOf("bad.csv"), lines);
        var ex = Assert.Throws<FormatException>(() => EventCsvFile.Read(PathOf("bad.csv")));
        Assert.Contains("line 3, column nu_E: 'abc'", ex.Message);
        File.WriteAllText(PathOf("header.csv"), "x,y\n1,2\n");
        Assert.Contains("header", Assert.Throws<FormatException>(() => EventCsvFile.Read(PathOf("header.csv"))).Message);
    }

    [Fact] // momenta, vertices, weights, helicity and θ identical after HepMC3 write + read; channel/target tables rebuilt from PDG codes
    public void HepMC3_RoundTripsEventContent()
    {
        var sample = SampleFactory.Random(200);
        HepMC3File.Write(sample, PathOf("a.hepmc"));
        var text = File.ReadAllLines(PathOf("a.hepmc"));
        Assert.Equal("HepMC::Asciiv3-START_EVENT_LISTING", text[1]);
        Assert.Equal("W total\\|generator\\|coupling\\|branching\\|decay_in_volume\\|selection\\|exposure", text[2]);
        Assert.Equal("HepMC::Asciiv3-END_EVENT_LISTING", text[^1]);
        var electron = text.First(l => l.StartsWith("P 6 -2 11 ")).Split(' '); // the PDG electron mass, not √(E² − p²) of floats
        Assert.Equal(DarkSector.Physics.PhysicalConstants.ElectronMassGeV, double.Parse(electron[8], System.Globalization.CultureInfo.InvariantCulture));
        var back = HepMC3File.Read(PathOf("a.hepmc"));
        SampleFactory.AssertIdentical(sample, back, compareMetadata: false);
        Assert.Equal([14, 11, -11], back.Metadata.DecayChannels[0].ProductPdgCodes);
        Assert.Equal(1000060120, back.Metadata.Targets[0].PdgCode);
        Assert.Equal(sample.Metadata.Model, back.Metadata.Model);
        Assert.Equal(["m_N", "m_Zprime"], back.Metadata.ParameterNames);
    }

    [Fact]
    public void HepMC3_TruncatedOrMalformedFilesAreRejected()
    {
        HepMC3File.Write(SampleFactory.Random(4), PathOf("b.hepmc"));
        var lines = File.ReadAllLines(PathOf("b.hepmc"));
        File.WriteAllLines(PathOf("cut.hepmc"), lines[..^3]);
        Assert.Contains("truncated", Assert.Throws<FormatException>(() => HepMC3File.Read(PathOf("cut.hepmc"))).Message);
        File.WriteAllLines(PathOf("noversion.hepmc"), lines[1..]);
        Assert.Contains("not a HepMC3 file", Assert.Throws<FormatException>(() => HepMC3File.Read(PathOf("noversion.hepmc"))).Message);
        var broken = (string[])lines.Clone();
        int p = Array.FindIndex(broken, l => l.StartsWith("P 3 "));
        broken[p] = "P 3 -1 5914 1 2";
        Assert.Contains($"line {p + 1}", Assert.Throws<FormatException>(() => HepMC3File.Read(PathOf("x.hepmc").Also(f => File.WriteAllLines(f, broken)))).Message);
    }

    [Fact] // atomic write: overwrite replaces the file, no temporary file is left, a missing folder is a clear error
    public void Writes_AreAtomicAndLeaveNoTemporaryFiles()
    {
        DsevFile.Write(SampleFactory.Random(10), PathOf("c.dsev"));
        DsevFile.Write(SampleFactory.Random(20), PathOf("c.dsev"));
        Assert.Equal(20, DsevFile.Read(PathOf("c.dsev")).Count);
        Assert.Equal(["c.dsev"], Directory.GetFiles(_folder).Select(Path.GetFileName));
        var ex = Assert.Throws<DarkSectorException>(() => EventCsvFile.Write(SampleFactory.Random(1), PathOf("missing/x.csv")));
        Assert.Contains("does not exist", ex.Message);
    }
}

internal static class TestExtensions
{
    public static string Also(this string s, Action<string> action)
    {
        action(s);
        return s;
    }
}
