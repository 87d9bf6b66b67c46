using System.Collections.Frozen;
using System.Globalization;
using DarkSector.Physics.Targets;

namespace DarkSector.Physics.FormFactors;

/// <summary>
/// The Fourier-Bessel charge-density coefficients (R in fm, a_1..a_17 in e·fm⁻³) of H. De Vries, C.W. De Jager,
/// C. De Vries, At. Data Nucl. Data Tables 36, 495 (1987), as transcribed from DarkNews (embedded resource).
/// </summary>
/// <remarks>
/// Keys in the file are lower-case element + A. Three keys are misspelt there and mapped here: "t1203" and "t1205"
/// are thallium (Tl203, Tl205, a "1" in place of "l"), and "zr98" is Zr90: its rms radius, 4.258 fm, is below that
/// of the Zr92 entry (4.295 fm) and matches the measured Zr90 value 4.27 fm, while Zr98 would be larger still.
/// Parsed lazily, once, thread-safely; immutable afterwards.
/// </remarks>
internal static class FourierBesselTable
{
    /// <summary>Logical name of the embedded resource (declared in DarkSector.Physics.csproj).</summary>
    internal const string ResourceName = "DarkSector.Physics.Data.fourier_bessel_coefficients.csv";

    /// <summary>Coefficients of one nucleus.</summary>
    internal sealed record Entry(string Key, string NucleusName, double RadiusFm, double[] Coefficients);

    private static readonly FrozenDictionary<string, string> MisspeltKeys = new Dictionary<string, string>
    {
        ["t1203"] = "Tl203",
        ["t1205"] = "Tl205",
        ["zr98"] = "Zr90",
    }.ToFrozenDictionary();

    private static readonly Lazy<FrozenDictionary<string, Entry>> Entries = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>All entries by canonical nucleus name ("C12").</summary>
    internal static FrozenDictionary<string, Entry> All => Entries.Value;

    /// <summary>The entry of <paramref name="nucleusName"/> (canonical name), if tabulated.</summary>
    internal static Entry? Find(string nucleusName) => Entries.Value.GetValueOrDefault(nucleusName);

    private static FrozenDictionary<string, Entry> Load()
    {
        using var stream = typeof(FourierBesselTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new DarkSectorException($"embedded resource '{ResourceName}' is missing");
        using var reader = new StreamReader(stream);
        var result = new Dictionary<string, Entry>(StringComparer.Ordinal);
        int lineNumber = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            string[] fields = line.Split(',');
            if (fields.Length < 3)
                throw new DarkSectorException($"Fourier-Bessel table, line {lineNumber}: expected key, R and coefficients");
            string key = fields[0].Trim();
            string name = MisspeltKeys.GetValueOrDefault(key) ?? Nuclei.Canonical(key)
                ?? throw new DarkSectorException($"Fourier-Bessel table, line {lineNumber}: cannot read nucleus key '{key}'");
            double radius = ParseField(fields[1], lineNumber);
            var coefficients = new double[fields.Length - 2];
            for (int i = 0; i < coefficients.Length; i++) coefficients[i] = ParseField(fields[i + 2], lineNumber);
            if (!result.TryAdd(name, new Entry(key, name, radius, coefficients)))
                throw new DarkSectorException($"Fourier-Bessel table, line {lineNumber}: nucleus {name} appears twice");
        }
        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static double ParseField(string text, int lineNumber) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : throw new DarkSectorException($"Fourier-Bessel table, line {lineNumber}: '{text}' is not a number");
}
