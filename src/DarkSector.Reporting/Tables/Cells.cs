using System.Globalization;

namespace DarkSector.Reporting.Tables;

/// <summary>Invariant-culture number formatting for report cells and lines.</summary>
public static class Cells
{
    /// <summary><paramref name="value"/> with the .NET format <paramref name="format"/> in the invariant culture, e.g. "0.0000E+00" or "G6".</summary>
    public static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>A table from headers and rows given as string arrays.</summary>
    public static ReportTable Table(string[] headers, IEnumerable<string[]> rows, bool rightAligned = false) =>
        new(headers, [.. rows.Select(r => (IReadOnlyList<string>)r)], rightAligned);
}
