using System.Buffers.Binary;
using System.Numerics;

namespace DarkSector.Sampling.IO;

/// <summary>CRC-32C (Castagnoli polynomial 0x1EDC6F41, reflected 0x82F63B78; initial value and final XOR 0xFFFFFFFF),
/// the checksum of iSCSI (RFC 3720, §12.1; check value of "123456789" = 0xE3069283) and of ext4/Btrfs metadata, computed
/// with <see cref="BitOperations.Crc32C(uint, ulong)"/> (SSE4.2 / ARMv8 CRC32 instructions where available).</summary>
/// <remarks>Detects every error burst of up to 32 bits and any odd number of flipped bits; a random change goes unseen
/// with probability 2⁻³². Thread-safe (pure functions).</remarks>
internal static class Crc32C
{
    /// <summary>The running state before any byte.</summary>
    public const uint Initial = 0xFFFFFFFF;

    /// <summary>The running state after <paramref name="data"/> is appended to <paramref name="state"/>.</summary>
    public static uint Append(uint state, ReadOnlySpan<byte> data)
    {
        int i = 0;
        for (; i + 8 <= data.Length; i += 8) state = BitOperations.Crc32C(state, BinaryPrimitives.ReadUInt64LittleEndian(data[i..]));
        for (; i < data.Length; i++) state = BitOperations.Crc32C(state, data[i]);
        return state;
    }

    /// <summary>The checksum of a running state.</summary>
    public static uint Finish(uint state) => ~state;

    /// <summary>The checksum of <paramref name="data"/>.</summary>
    public static uint Compute(ReadOnlySpan<byte> data) => Finish(Append(Initial, data));
}
