using System.Runtime.InteropServices;

namespace DarkSector.Sampling.Distributed;

/// <summary>Encodes unit payloads of float64 values (e.g. −2 ln L along a scan column) exactly: little-endian IEEE
/// bits, so a value read back is the value written.</summary>
public static class ShardPayload
{
    /// <summary>The bytes of <paramref name="values"/>.</summary>
    public static byte[] FromDoubles(ReadOnlySpan<double> values)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("shard payloads require a little-endian machine");
        return MemoryMarshal.AsBytes(values).ToArray();
    }

    /// <summary>The values encoded in <paramref name="payload"/>.</summary>
    /// <exception cref="FormatException">The length is not a multiple of 8.</exception>
    public static double[] ToDoubles(ReadOnlySpan<byte> payload)
    {
        if (payload.Length % sizeof(double) != 0) throw new FormatException($"a payload of {payload.Length} bytes does not hold float64 values");
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("shard payloads require a little-endian machine");
        return MemoryMarshal.Cast<byte, double>(payload).ToArray();
    }
}
