using System.Globalization;
using DarkSector.Physics;

namespace DarkSector.Sampling;

/// <summary>Refuses, before any work, a request whose arrays would not fit in memory: the estimate is compared with the
/// memory the runtime may use (<see cref="GCMemoryInfo.TotalAvailableMemoryBytes"/>: physical memory or the container
/// or GC heap limit), and the refusal names the request, the estimate and what is available.</summary>
/// <remarks>Estimates count the arrays a request allocates (a lower bound of its peak), so a refusal is never a
/// false alarm of the estimate; requests close to the limit may still fail later. Thread-safe.</remarks>
internal static class MemoryGuard
{
    /// <summary>The bytes the runtime may use.</summary>
    public static long Available => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    /// <summary>Throws when <paramref name="bytes"/> exceed <paramref name="available"/> (default: <see cref="Available"/>).</summary>
    /// <param name="bytes">The estimate (may be +∞ or NaN for an overflowing product: refused).</param>
    /// <param name="what">The request, as the message says it ("generate: 1e10 events (--events)").</param>
    /// <param name="available">The limit; null for <see cref="Available"/>.</param>
    /// <exception cref="DarkSectorException">The estimate exceeds the limit.</exception>
    public static void Require(double bytes, string what, long? available = null)
    {
        long limit = available ?? Available;
        if (bytes <= limit) return;
        throw new DarkSectorException(string.Create(CultureInfo.InvariantCulture,
            $"{what} would need about {Size(bytes)} of memory, more than the {Size(limit)} available; ask for less"));
    }

    /// <summary>"1.5 GB", "321 MB", "12 TB" (decimal units, at least 3 significant digits, at most 2 decimals).</summary>
    internal static string Size(double bytes)
    {
        if (!double.IsFinite(bytes)) return "more than 1e18 bytes";
        string[] units = ["bytes", "kB", "MB", "GB", "TB", "PB", "EB"];
        int k = 0;
        while (bytes >= 1000 && k < units.Length - 1)
        {
            bytes /= 1000;
            k++;
        }
        return (bytes >= 100 ? Math.Round(bytes) : bytes >= 10 ? Math.Round(bytes, 1) : Math.Round(bytes, 2)).ToString("0.##", CultureInfo.InvariantCulture) + " " + units[k];
    }
}
