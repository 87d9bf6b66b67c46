namespace DarkSector.Sampling.IO;

/// <summary>One binary format written in the shared <see cref="EnvelopeWriter"/> envelope: its name in messages, magic
/// number, end marker and current version.</summary>
/// <param name="Name">The format with its article, as messages say it ("an event .dsev file").</param>
/// <param name="Magic">The first 8 bytes.</param>
/// <param name="EndMarker">The last 8 bytes.</param>
/// <param name="Version">The version this build writes and reads.</param>
internal sealed record EnvelopeFormat(string Name, byte[] Magic, byte[] EndMarker, ushort Version)
{
    /// <summary>Events (<see cref="DsevFile"/>).</summary>
    public static readonly EnvelopeFormat Events = new("an event .dsev file", "DSEV\r\n\x1a\n"u8.ToArray(), "DSEVEND\n"u8.ToArray(), 2);

    /// <summary>Joint reweighting samples (<see cref="JointSampleFile"/>).</summary>
    public static readonly EnvelopeFormat JointSample = new("a joint reweighting sample", "DSJS\r\n\x1a\n"u8.ToArray(), "DSJSEND\n"u8.ToArray(), 2);

    /// <summary>Shard parts and checkpoints (<see cref="Distributed.ShardPartFile"/>).</summary>
    public static readonly EnvelopeFormat ShardPart = new("a shard part", "DSPT\r\n\x1a\n"u8.ToArray(), "DSPTEND\n"u8.ToArray(), 2);

    /// <summary>Every format, to name the one a file really is when it is opened as another.</summary>
    public static IReadOnlyList<EnvelopeFormat> All { get; } = [Events, JointSample, ShardPart];

    /// <summary>The last version without block checksums (refused with a message saying so).</summary>
    public const ushort LastUnchecked = 1;
}
