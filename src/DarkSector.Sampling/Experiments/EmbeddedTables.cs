using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace DarkSector.Sampling.Experiments;

/// <summary>
/// A plugin's embedded data files: resources named <c>{assembly name}.Data.{file}</c> (the repository embeds its copies
/// under data/ with that logical name), opened as text or read as rows of numbers.
/// </summary>
/// <remarks>The one reader every plugin uses (the contract allows no I/O but a plugin's own embedded resources).
/// Thread-safe; <see cref="Of{TAnchor}"/> caches one instance per assembly.</remarks>
public sealed class EmbeddedTables
{
    private static readonly ConcurrentDictionary<Assembly, EmbeddedTables> Cache = new();

    private readonly Assembly _assembly;
    private readonly string _prefix;

    /// <summary>The tables of <paramref name="assembly"/> under <paramref name="prefix"/>.</summary>
    /// <param name="assembly">The plugin assembly holding the resources.</param>
    /// <param name="prefix">The logical-name prefix (e.g. "DarkSector.Experiments.T2K.Data.").</param>
    public EmbeddedTables(Assembly assembly, string prefix)
    {
        _assembly = assembly ?? throw new ArgumentNullException(nameof(assembly));
        _prefix = prefix ?? throw new ArgumentNullException(nameof(prefix));
    }

    /// <summary>The tables of the assembly that defines <typeparamref name="TAnchor"/>, prefix "{assembly name}.Data.".</summary>
    public static EmbeddedTables Of<TAnchor>() =>
        Cache.GetOrAdd(typeof(TAnchor).Assembly, a => new EmbeddedTables(a, a.GetName().Name + ".Data."));

    /// <summary>Opens the embedded file <paramref name="name"/> as text.</summary>
    /// <exception cref="InvalidOperationException">No such resource (a build problem).</exception>
    public TextReader Open(string name)
    {
        var stream = _assembly.GetManifestResourceStream(_prefix + name)
            ?? throw new InvalidOperationException($"embedded resource '{_prefix + name}' is missing from {_assembly.GetName().Name}");
        return new StreamReader(stream);
    }

    /// <summary>Reads the embedded file <paramref name="name"/> as rows of numbers (<see cref="ReadRows"/>).</summary>
    /// <exception cref="FormatException">A field is not a finite number.</exception>
    public List<double[]> Rows(string name)
    {
        using var reader = Open(name);
        return ReadRows(reader, name);
    }

    /// <summary>Reads the embedded one-line vector <paramref name="name"/>, checking its length.</summary>
    /// <exception cref="FormatException">Not exactly one row of <paramref name="length"/> numbers.</exception>
    public double[] Vector(string name, int length)
    {
        var rows = Rows(name);
        if (rows.Count != 1 || rows[0].Length != length)
            throw new FormatException($"{name}: expected one row of {length} numbers, found {rows.Count} rows ({string.Join(", ", rows.Select(r => r.Length))} numbers)");
        return rows[0];
    }

    /// <summary>All whitespace-separated numbers of a text (blank lines and lines starting with '#' skipped), row by
    /// row, parsed culture-invariantly.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="description">Names the text in errors.</param>
    /// <exception cref="FormatException">A field is not a finite number (the message names the line and field).</exception>
    public static List<double[]> ReadRows(TextReader reader, string description)
    {
        ArgumentNullException.ThrowIfNull(reader);
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
}
