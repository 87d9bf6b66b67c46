namespace DarkSector.Experiments.MINERvA.Data;

/// <summary>Opens the plugin's embedded data files (copies under the repository's data/ folder, embedded by the build).</summary>
internal static class EmbeddedData
{
    private const string Prefix = "DarkSector.Experiments.MINERvA.Data.";

    /// <summary>Opens the embedded file <paramref name="name"/> as text.</summary>
    /// <exception cref="InvalidOperationException">No such resource (a build problem).</exception>
    public static TextReader Open(string name)
    {
        var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"embedded resource '{Prefix + name}' is missing from {typeof(EmbeddedData).Assembly.GetName().Name}");
        return new StreamReader(stream);
    }
}
