using System.Globalization;
using System.Reflection;

namespace DarkSector.Physics.Targets;

/// <summary>
/// Reader of the embedded AME2020 atomic mass table (<c>mass.mas20</c>: W.J. Huang et al., Chinese Phys. C 45,
/// 030002 (2021); M. Wang et al., Chinese Phys. C 45, 030003 (2021)).
/// </summary>
/// <remarks>
/// Fixed-width Fortran format given in the file header:
/// <c>a1,i3,i5,i5,i5,1x,a3,a4,1x,f14.6,f12.6,f13.5,1x,f10.5,1x,a2,f13.5,f11.5,1x,i3,1x,f13.6,f12.6</c>
/// (control, N−Z, N, Z, A, element, origin, mass excess, ..., atomic mass as an integer part in u followed by
/// the fraction in micro-u). A '#' in place of the decimal point marks an estimated (non-experimental) value;
/// it is read like a decimal point. The data start after a header whose last line holds the column units.
/// </remarks>
internal static class AtomicMassTable
{
    /// <summary>One row of the table.</summary>
    internal readonly record struct Row(int Z, int A, string Symbol, double AtomicMassU, bool Estimated);

    /// <summary>Logical name of the embedded resource (declared in DarkSector.Physics.csproj).</summary>
    internal const string ResourceName = "DarkSector.Physics.Data.ame2020_mass.txt";

    // 0-based column ranges from the Fortran format above.
    private const int ZStart = 9, ZLength = 5;
    private const int AStart = 14, ALength = 5;
    private const int SymbolStart = 20, SymbolLength = 3;
    private const int MassIntStart = 106, MassIntLength = 3;
    private const int MassFracStart = 110, MassFracLength = 13;

    /// <summary>Reads every row of the embedded table.</summary>
    /// <exception cref="DarkSectorException">The resource is missing or a row is malformed.</exception>
    internal static List<Row> Load()
    {
        using var stream = typeof(AtomicMassTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new DarkSectorException($"embedded resource '{ResourceName}' is missing from {typeof(AtomicMassTable).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Parses the table from <paramref name="reader"/>.</summary>
    internal static List<Row> Parse(TextReader reader)
    {
        var rows = new List<Row>(3600);
        bool inData = false;
        int lineNumber = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (!inData)
            {
                // The last header line is the units line "(keV) ... (micro-u)".
                if (line.Contains("(micro-u)", StringComparison.Ordinal)) inData = true;
                continue;
            }
            if (line.Length < MassFracStart + 6) continue; // blank separator lines
            try
            {
                int z = int.Parse(line.AsSpan(ZStart, ZLength), NumberStyles.Integer, CultureInfo.InvariantCulture);
                int a = int.Parse(line.AsSpan(AStart, ALength), NumberStyles.Integer, CultureInfo.InvariantCulture);
                string symbol = line.Substring(SymbolStart, SymbolLength).Trim();
                int massInt = int.Parse(line.AsSpan(MassIntStart, MassIntLength), NumberStyles.Integer, CultureInfo.InvariantCulture);
                string fraction = line.Substring(MassFracStart, Math.Min(MassFracLength, line.Length - MassFracStart)).Trim();
                bool estimated = fraction.Contains('#');
                double microU = double.Parse(fraction.Replace('#', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);
                rows.Add(new Row(z, a, symbol, massInt + 1e-6 * microU, estimated));
            }
            catch (FormatException e)
            {
                throw new DarkSectorException($"AME2020 table, line {lineNumber}: malformed row '{line.Trim()}'", e);
            }
        }
        if (rows.Count == 0) throw new DarkSectorException("AME2020 table: no data rows found");
        return rows;
    }
}
