namespace DarkSector.Reporting.Tables;

/// <summary>
/// A report with two forms: JSON (the record's public properties, camelCase keys: the tool's <c>--json</c> output) and
/// text (<see cref="Text"/>: lines and tables, numbers formatted in the invariant culture).
/// </summary>
public interface ITextReport
{
    /// <summary>The text form, block by block.</summary>
    IEnumerable<ReportBlock> Text();
}
