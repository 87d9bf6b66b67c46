using DarkSector.Sampling.Events;

namespace DarkSector.Sampling.IO;

/// <summary>Event files by extension: .csv (<see cref="EventCsvFile"/>), .hepmc/.hepmc3 (<see cref="HepMC3File"/>),
/// .dsev (<see cref="DsevFile"/>) and .parquet (<see cref="EventParquetFile"/>).</summary>
public static class EventFiles
{
    /// <summary>The format of <paramref name="path"/>: "csv", "hepmc", "dsev" or "parquet".</summary>
    /// <exception cref="ArgumentException">Another extension (the message lists the accepted ones).</exception>
    public static string FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => "csv",
        ".hepmc" or ".hepmc3" => "hepmc",
        ".dsev" => "dsev",
        ".parquet" => "parquet",
        var other => throw new ArgumentException($"'{path}': unknown extension '{other}'; use .csv, .hepmc, .dsev or .parquet"),
    };

    /// <summary>Writes <paramref name="events"/> to <paramref name="path"/> in the format of its extension.</summary>
    /// <param name="events">The events.</param>
    /// <param name="path">The file.</param>
    /// <param name="metadata">Key-value metadata (Parquet only; the other formats ignore it).</param>
    /// <exception cref="ArgumentException">An unknown extension.</exception>
    public static void Write(EventSample events, string path, IReadOnlyDictionary<string, string>? metadata = null)
    {
        switch (FormatOf(path))
        {
            case "csv": EventCsvFile.Write(events, path); break;
            case "hepmc": HepMC3File.Write(events, path); break;
            case "parquet": EventParquetFile.Write(events, path, metadata); break;
            default: DsevFile.Write(events, path); break;
        }
    }
}
