using DarkSector.Physics.Models.DarkSeesaw;

namespace DarkSector.Sampling.IO;

/// <summary>Reads a dark-seesaw model card file (docs/model-cards.md): the file I/O edge of
/// <see cref="DarkSeesawCard.Parse(string, string)"/>, which parses text only.</summary>
/// <remarks>Thread-safe.</remarks>
public static class DarkSeesawCardFile
{
    /// <summary>Reads a card file; the format follows the extension (.json, or .yaml/.yml).</summary>
    /// <param name="path">Path of the card file.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="FormatException">Unknown extension, malformed file, unknown or missing key, wrong shape.</exception>
    /// <exception cref="ArgumentException">A value is out of range (the message names the key).</exception>
    public static DarkSeesawParameters Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string extension = Path.GetExtension(path);
        if (extension.ToLowerInvariant() is not (".json" or ".yaml" or ".yml"))
            throw new FormatException($"model card '{path}': extension '{extension}' is not .json, .yaml or .yml");
        return DarkSeesawCard.Parse(File.ReadAllText(path), extension);
    }
}
