using System.Globalization;

namespace DarkSector.Experiments.MiniBooNE.Data;

/// <summary>Opens the plugin's embedded data files (copies under the repository's data/ folder, embedded by the build).</summary>
internal static class EmbeddedData
{
    private const string Prefix = "DarkSector.Experiments.MiniBooNE.Data.";

    /// <summary>Opens the embedded file <paramref name="name"/> as text.</summary>
    /// <exception cref="InvalidOperationException">No such resource (a build problem).</exception>
    public static TextReader Open(string name)
    {
        var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"embedded resource '{Prefix + name}' is missing from {typeof(EmbeddedData).Assembly.GetName().Name}");
        return new StreamReader(stream);
    }

    /// <summary>All whitespace-separated numbers of a text (lines starting with '#' skipped), row by row.</summary>
    /// <exception cref="FormatException">A field is not a finite number.</exception>
    public static List<double[]> ReadRows(TextReader reader, string description)
    {
        var rows = new List<double[]>();
        int number = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            string content = line.Trim();
            if (content.Length == 0 || content[0] == '#') continue;
            var fields = content.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var row = new double[fields.Length];
            for (int i = 0; i < fields.Length; i++)
                if (!double.TryParse(fields[i], NumberStyles.Float, CultureInfo.InvariantCulture, out row[i]) || !double.IsFinite(row[i]))
                    throw new FormatException($"{description}, line {number}: '{fields[i]}' is not a finite number");
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>Reads the embedded file <paramref name="name"/> as rows of numbers.</summary>
    public static List<double[]> Rows(string name)
    {
        using var reader = Open(name);
        return ReadRows(reader, name);
    }

    /// <summary>Reads the embedded one-line vector <paramref name="name"/>, checking its length.</summary>
    /// <exception cref="FormatException">Not exactly one row of <paramref name="length"/> numbers.</exception>
    public static double[] Vector(string name, int length)
    {
        var rows = Rows(name);
        if (rows.Count != 1 || rows[0].Length != length)
            throw new FormatException($"{name}: expected one row of {length} numbers, found {rows.Count} rows ({string.Join(", ", rows.Select(r => r.Length))} numbers)");
        return rows[0];
    }
}
