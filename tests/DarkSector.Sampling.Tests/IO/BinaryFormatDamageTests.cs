using System.Text;
using DarkSector.Sampling.Distributed;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Tests.Events;
using DarkSector.Tests;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DarkSector.Sampling.Tests.IO;

/// <summary>The shared envelope of the binary formats (.dsev events, joint samples, shard parts and checkpoints): every
/// truncation and every single-bit flip of a small file is refused with a one-line <see cref="FormatException"/> that
/// starts with the file's name — never a silently different result.</summary>
public sealed class BinaryFormatDamageTests
{
    /// <summary>A small file of each format, its reader and the format's name in messages.</summary>
    public static TheoryData<string> Formats => ["events", "joint", "part"];

    private static (byte[] Bytes, Action<Stream, string> Read) Format(string format)
    {
        var stream = new MemoryStream();
        switch (format)
        {
            case "events":
                DsevFile.Write(SampleFactory.Random(3), stream);
                return (stream.ToArray(), (s, source) => DsevFile.Read(s, source));
            case "joint":
                JointSampleFile.Write(JointSampleFileTests.RandomSample(11, 4), stream);
                return (stream.ToArray(), (s, source) => JointSampleFile.Read(s, source));
            default:
                var part = ShardPart.Empty(new JobRequest("scan", ["t2k-nd280", "--seed", "7"], "1.2.3"), new Shard(1, 3), 9)
                    .With(3, [1, 2, 3, 4, 5]).With(5, Encoding.UTF8.GetBytes("payload of unit five"));
                ShardPartFile.Write(part, stream);
                return (stream.ToArray(), (s, source) => ShardPartFile.Read(s, source));
        }
    }

    private static void AssertRefused(Action<Stream, string> read, byte[] bytes, string what)
    {
        var e = Assert.Throws<FormatException>(() => read(new MemoryStream(bytes, writable: false), "damaged.bin"));
        Assert.True(e.Message.StartsWith("damaged.bin: ", StringComparison.Ordinal), $"{what}: {e.Message}");
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact] // the iSCSI check value (RFC 3720 §B.4 / the CRC catalogue): CRC-32C("123456789") = 0xE3069283
    public void Crc32C_MatchesTheCheckValue()
    {
        Assert.Equal(0xE3069283u, Crc32C.Compute("123456789"u8));
        Assert.Equal(0u, Crc32C.Compute([]));
        // RFC 3720 §B.4: 32 bytes of zeros → 0x8A9136AA; 32 bytes of 0xFF → 0x62A8AB43.
        Assert.Equal(0x8A9136AAu, Crc32C.Compute(new byte[32]));
        Assert.Equal(0x62A8AB43u, Crc32C.Compute(Enumerable.Repeat((byte)0xFF, 32).ToArray()));
    }

    [Property(MaxTest = 200)] // appending in pieces gives the checksum of the whole, wherever the cut
    public Property Crc32C_IsIncremental() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))), Arb.From(Gen.Choose(0, 1000)), (data, at) =>
        {
            int cut = data.Length == 0 ? 0 : at % (data.Length + 1);
            Assert.Equal(Crc32C.Compute(data), Crc32C.Finish(Crc32C.Append(Crc32C.Append(Crc32C.Initial, data.AsSpan(0, cut)), data.AsSpan(cut))));
        });

    [Theory, MemberData(nameof(Formats))] // the undamaged file reads
    public void UndamagedFile_Reads(string format)
    {
        var (bytes, read) = Format(format);
        read(new MemoryStream(bytes), "fine.bin");
    }

    [Theory, MemberData(nameof(Formats))] // cut at every byte offset → refused, one line naming the file
    public void Truncation_AtEveryOffset_IsRefused(string format)
    {
        var (bytes, read) = Format(format);
        for (int cut = 0; cut < bytes.Length; cut++) AssertRefused(read, bytes[..cut], $"cut at {cut} of {bytes.Length}");
    }

    [Theory, MemberData(nameof(Formats))] // every single-bit flip → refused (checksum, magic, version, length or end marker)
    public void EverySingleBitFlip_IsRefused(string format)
    {
        var (bytes, read) = Format(format);
        for (int bit = 0; bit < 8 * bytes.Length; bit++)
        {
            var damaged = (byte[])bytes.Clone();
            damaged[bit / 8] ^= (byte)(1 << (bit % 8));
            AssertRefused(read, damaged, $"bit {bit} of {8 * bytes.Length}");
        }
    }

    private static readonly string[] FormatNames = ["events", "joint", "part"];

    [Property(MaxTest = 300)] // random damage: 1 to 6 distinct flipped bits anywhere, in any format
    public Property RandomBitFlips_AreRefused() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, FormatNames.Length - 1).SelectMany(f =>
            Gen.ListOf(Gen.Choose(0, 8 * Format(FormatNames[f]).Bytes.Length - 1))
                .Where(l => l.Count is >= 1 and <= 6 && l.Distinct().Count() == l.Count)
                .Select(bits => (Format: FormatNames[f], Bits: bits)))), c =>
        {
            var (bytes, read) = Format(c.Format);
            var damaged = (byte[])bytes.Clone();
            foreach (int bit in c.Bits) damaged[bit / 8] ^= (byte)(1 << (bit % 8));
            AssertRefused(read, damaged, $"{c.Format}: bits {string.Join(",", c.Bits)}");
        });

    [Property(MaxTest = 300)] // random damage: one byte overwritten anywhere, in any format
    public Property RandomByteOverwrites_AreRefused() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, FormatNames.Length - 1)), Arb.From(Gen.Choose(0, 1 << 20)), Arb.From(Gen.Choose(0, 255)), (f, position, value) =>
        {
            var (bytes, read) = Format(FormatNames[f]);
            int at = position % bytes.Length;
            if (bytes[at] == value) return;
            var damaged = (byte[])bytes.Clone();
            damaged[at] = (byte)value;
            AssertRefused(read, damaged, $"{FormatNames[f]}: byte {at} = {value}");
        });

    [Theory, MemberData(nameof(Formats))] // a version-1 file (before checksums) is refused with what to do
    public void Version1_IsRefusedWithWhatToDo(string format)
    {
        var (bytes, read) = Format(format);
        var old = (byte[])bytes.Clone();
        old[8] = 1;
        old[9] = 0;
        var e = Assert.Throws<FormatException>(() => read(new MemoryStream(old), "old.bin"));
        Assert.Equal("old.bin: format version 1 (without checksums) is no longer read; write the file again with this version of DarkSector (it reads version 2)", e.Message);
    }

    [Fact] // a file of one format opened as another names what it is
    public void AnotherFormat_IsNamed()
    {
        var (part, _) = Format("part");
        var (_, readEvents) = Format("events");
        Assert.Equal("x: is a shard part, not an event .dsev file", Assert.Throws<FormatException>(() => readEvents(new MemoryStream(part), "x")).Message);
        var (events, _) = Format("events");
        Assert.Equal("x: is an event .dsev file, not a shard part",
            Assert.Throws<FormatException>(() => ShardPartFile.Read(new MemoryStream(events), "x")).Message);
    }

    [Fact] // a damaged column names its block
    public void ChecksumMismatch_NamesTheBlock()
    {
        var (bytes, read) = Format("joint");
        var damaged = (byte[])bytes.Clone();
        damaged[^20] ^= 0x10;   // inside the last column (efficiency)
        var e = Assert.Throws<FormatException>(() => read(new MemoryStream(damaged), "j.dsev"));
        Assert.Equal("j.dsev: checksum mismatch in block 'efficiency' (damaged joint reweighting sample)", e.Message);
    }
}
